// Read-only places: a workshop on a read-only file system is refused with `read-only` before a byte is
// written; a file system that turns read-only under an open workshop (a failing USB stick: ext4 with
// errors=remount-ro) gives a typed error on the next command, and nothing acknowledged before is lost.
// chmod does not stop root, so these use real read-only mounts.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { WorkshopStore } from '../../workshopStore'
import { fingerprint, note, tempDir } from '../helpers'
import { cannotMount, mountExt4, mountTmpfs, remountReadOnly, tryRemountReadOnly, type Mounted } from './mounts'

const tmpfsReason = cannotMount('tmpfs')
const ext4Reason = cannotMount('ext4')
if (tmpfsReason) console.warn(`read-only tmpfs tests skipped: ${tmpfsReason}`)
if (ext4Reason) console.warn(`read-only ext4 tests skipped: ${ext4Reason}`)
const skipped = (reason: string | null) => (reason ? ` (skipped: ${reason})` : '')

const mounts: Mounted[] = []
afterAll(() => {
  for (const mount of mounts) mount.unmount()
})

function workshopOn(dir: string, notes: string[] = []): string {
  const store = WorkshopStore.create(path.join(dir, 'w.handlekraft'), { title: 'Skrivebeskyttet', language: 'da' })
  if (notes.length > 0) store.apply({ name: 'addNotes', args: { notes: notes.map((id) => note(id)) } })
  store.close()
  return store.path
}

describe('read-only file systems', () => {
  it.skipIf(tmpfsReason !== null)(
    `opens a workshop on a read-only file system read-only, writing nothing${skipped(tmpfsReason)}`,
    () => {
      const mount = mountTmpfs(2 * 1024 * 1024)
      mounts.push(mount)
      const file = workshopOn(mount.dir, ['a'])
      const before = fingerprint(file)
      remountReadOnly(mount.dir)
      const store = WorkshopStore.open(file)
      expect(store.readOnly).toBe(true)
      expect(() => store.apply({ name: 'addNotes', args: { notes: [note('b')] } })).toThrow(
        expect.objectContaining({ code: 'read-only' }),
      )
      store.close()
      expect(fingerprint(file)).toBe(before)
      expect(fs.readdirSync(mount.dir)).toEqual(['w.handlekraft'])
    },
  )

  it.skipIf(tmpfsReason !== null)(
    `refuses to create a workshop or save a copy into a read-only folder${skipped(tmpfsReason)}`,
    () => {
      const mount = mountTmpfs(1024 * 1024)
      mounts.push(mount)
      remountReadOnly(mount.dir)
      expect(() =>
        WorkshopStore.create(path.join(mount.dir, 'new.handlekraft'), { title: 'Ny', language: 'da' }),
      ).toThrow(expect.objectContaining({ code: 'read-only' }))
      const store = WorkshopStore.open(workshopOn(tempDir(), ['a']))
      try {
        expect(() => store.saveCopy(path.join(mount.dir, 'copy.handlekraft'))).toThrow(
          expect.objectContaining({ code: 'read-only' }),
        )
      } finally {
        store.close()
      }
      expect(fs.readdirSync(mount.dir)).toEqual([])
    },
  )

  it.skipIf(tmpfsReason !== null)(
    `cannot be made read-only by a plain remount while a workshop is open (the kernel says busy)${skipped(tmpfsReason)}`,
    () => {
      // Why the next test needs ext4: Linux refuses to remount a file system read-only while a file on it is
      // open for writing, so an open workshop only meets a read-only file system through a disk error.
      const mount = mountTmpfs(2 * 1024 * 1024)
      mounts.push(mount)
      const store = WorkshopStore.open(workshopOn(mount.dir))
      try {
        expect(tryRemountReadOnly(mount.dir)).toMatch(/busy/i)
        store.apply({ name: 'addNotes', args: { notes: [note('still-writable')] } })
      } finally {
        store.close()
      }
    },
  )

  it.skipIf(ext4Reason !== null)(
    `an open workshop whose disk fails and turns read-only: typed error, app keeps running, nothing lost${skipped(ext4Reason)}`,
    () => {
      const mount = mountExt4()
      mounts.push(mount)
      const store = WorkshopStore.open(workshopOn(mount.dir))
      const acknowledged: string[] = []
      for (const id of ['a', 'b', 'c']) {
        store.apply({ name: 'addNotes', args: { notes: [note(id)] } })
        acknowledged.push(id)
      }
      mount.failLikeABrokenDisk()
      const revision = store.revision
      let refusal: unknown = null
      try {
        store.apply({ name: 'addNotes', args: { notes: [note('after-failure')] } })
      } catch (error) {
        refusal = error
      }
      expect(refusal).toMatchObject({ code: 'read-only' })
      expect(() => store.undo()).toThrow(expect.objectContaining({ code: 'read-only' }))
      expect(store.revision).toBe(revision)
      expect(Object.keys(store.doc.note).sort()).toEqual(acknowledged)
      // The way out the UI offers: save a copy somewhere else, through the open connection.
      const rescue = store.saveCopy(path.join(tempDir(), 'rescued.handlekraft'))
      store.close()
      const reopened = WorkshopStore.open(rescue)
      expect(reopened.integrityProblems()).toEqual([])
      expect(Object.keys(reopened.doc.note).sort()).toEqual(acknowledged)
      reopened.close()
      // And the workshop on the failed disk still opens for reading elsewhere: refused as read-only, not corrupt.
      expect(() => WorkshopStore.open(store.path)).toThrow(expect.objectContaining({ code: 'read-only' }))
    },
  )
})
