// A full disk while the facilitator works: the command that does not fit is refused with `no-space`, the
// app keeps running, and every command acknowledged before it is in the file once there is room again.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { WorkshopStore } from '../../workshopStore'
import { cannotMount, fillUp, mountTmpfs, type Mounted } from './mounts'

const reason = cannotMount('tmpfs')
if (reason) console.warn(`disk-full tests skipped: ${reason}`)
const mounts: Mounted[] = []
afterAll(() => {
  for (const mount of mounts) mount.unmount()
})

const bigNote = (id: string) => ({ id, text: `${id} `.repeat(1500).slice(0, 9000), x: 0, y: 0 })

describe('disk full', () => {
  it.skipIf(reason !== null)(
    `refuses the command that does not fit with no-space and loses nothing${reason ? ` (skipped: ${reason})` : ''}`,
    () => {
      const mount = mountTmpfs(4 * 1024 * 1024)
      mounts.push(mount)
      const file = path.join(mount.dir, 'full.handlekraft')
      const store = WorkshopStore.create(file, { title: 'Fuld disk', language: 'da', template: 'strengths-map' })
      const ballast = fillUp(mount.dir, 256 * 1024)

      const acknowledged: string[] = []
      let refusal: unknown = null
      for (let i = 0; i < 500 && refusal === null; i++) {
        try {
          store.apply({ name: 'addNotes', args: { notes: [bigNote(`n${i}`)] } })
          acknowledged.push(`n${i}`)
        } catch (error) {
          refusal = error
        }
      }
      expect(refusal).toMatchObject({ code: 'no-space' })
      expect(acknowledged.length).toBeGreaterThan(0)
      // The refused command left no trace in memory, and the store still answers (with the same typed error).
      expect(Object.keys(store.doc.note).sort()).toEqual([...acknowledged].sort())
      expect(() => store.apply({ name: 'addNotes', args: { notes: [bigNote('again')] } })).toThrow(
        expect.objectContaining({ code: 'no-space' }),
      )
      store.close()

      fs.rmSync(ballast) // the facilitator makes room
      const reopened = WorkshopStore.open(file)
      expect(reopened.integrityProblems()).toEqual([])
      expect(Object.keys(reopened.doc.note).sort()).toEqual([...acknowledged].sort())
      reopened.apply({ name: 'addNotes', args: { notes: [bigNote('after')] } })
      reopened.close()
    },
  )

  it.skipIf(reason !== null)(
    `refuses to create a workshop on a full disk and leaves no half-made file${reason ? ` (skipped: ${reason})` : ''}`,
    () => {
      const mount = mountTmpfs(1024 * 1024)
      mounts.push(mount)
      fillUp(mount.dir, 0)
      const file = path.join(mount.dir, 'new.handlekraft')
      expect(() => WorkshopStore.create(file, { title: 'Ny', language: 'da' })).toThrow(
        expect.objectContaining({ code: 'no-space' }),
      )
      expect(fs.readdirSync(mount.dir)).toEqual(['ballast.bin'])
    },
  )

  it.skipIf(reason !== null)(
    `"Save a copy" to a full disk is no-space and leaves no partial copy${reason ? ` (skipped: ${reason})` : ''}`,
    () => {
      const mount = mountTmpfs(1024 * 1024)
      mounts.push(mount)
      fillUp(mount.dir, 0)
      const source = WorkshopStore.create(
        path.join(fs.mkdtempSync(path.join(mount.dir, '..', 'hk-src-')), 'a.handlekraft'),
        {
          title: 'Kilde',
          language: 'da',
          template: 'strengths-map',
        },
      )
      try {
        expect(() => source.saveCopy(path.join(mount.dir, 'copy.handlekraft'))).toThrow(
          expect.objectContaining({ code: 'no-space' }),
        )
        expect(fs.readdirSync(mount.dir)).toEqual(['ballast.bin'])
      } finally {
        source.close()
        fs.rmSync(path.dirname(source.path), { recursive: true, force: true })
      }
    },
  )
})
