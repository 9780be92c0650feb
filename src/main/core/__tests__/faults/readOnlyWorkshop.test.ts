// A workshop this user may not change (a read-only share, a CD, an archive; chmod 444 for anyone but root)
// can still be looked at: check and info work on any readable file, and opening it gives a read-only
// workshop (view, present, export, save a copy) that refuses edits and writes nothing beside the file.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { WorkshopStore } from '../../workshopStore'
import { fingerprint, note, tempDir, REPO_ROOT } from '../helpers'
import { cannotMount, mountTmpfs, remountReadOnly, type Mounted } from './mounts'

const tmpfsReason = cannotMount('tmpfs')
if (tmpfsReason) console.warn(`read-only workshop tests skipped: ${tmpfsReason}`)
const secondUserReason =
  process.getuid?.() !== 0
    ? 'not root, so no second user can be made to run as'
    : spawnSync('setpriv', ['--version']).status !== 0
      ? 'setpriv is not installed'
      : null
if (secondUserReason) console.warn(`second-user read-only tests skipped: ${secondUserReason}`)
/** The CLI's source through tsx, as the second user (the built bin needs `npm run build` first). */
const CLI = path.join(REPO_ROOT, 'src/main/cli.ts')
const TSCONFIG = path.join(REPO_ROOT, 'tsconfig.node.json')
const skipped = (reason: string | null) => (reason ? ` (skipped: ${reason})` : '')

const mounts: Mounted[] = []
afterAll(() => {
  for (const mount of mounts) mount.unmount()
})

function workshopIn(dir: string): string {
  const store = WorkshopStore.create(path.join(dir, 'Kollega.handlekraft'), { title: 'Kollegaens workshop', language: 'da' })
  store.apply({ name: 'addNotes', args: { notes: [note('a'), note('b'), note('c')] } })
  store.close()
  return store.path
}

describe('read-only workshops', () => {
  it.skipIf(tmpfsReason !== null)(
    `open read-only on a read-only file system: view, present, save a copy; edits refused; nothing written${skipped(tmpfsReason)}`,
    () => {
      const mount = mountTmpfs(2 * 1024 * 1024)
      mounts.push(mount)
      const file = workshopIn(mount.dir)
      remountReadOnly(mount.dir)
      const before = fingerprint(file)

      const store = WorkshopStore.open(file)
      try {
        expect(store.readOnly).toBe(true)
        expect(store.path).toBe(file)
        expect(Object.keys(store.doc.note).sort()).toEqual(['a', 'b', 'c'])
        expect(store.canUndo()).toBe(false)
        expect(() => store.apply({ name: 'addNotes', args: { notes: [note('d')] } })).toThrow(
          expect.objectContaining({ code: 'read-only', params: { file: 'Kollega.handlekraft' } }),
        )
        expect(() => store.undo()).toThrow(expect.objectContaining({ code: 'read-only' }))
        // Presenting works: the room's timer changes the private copy only.
        store.apply({ name: 'controlTimer', args: { action: 'start' } })
        expect(store.doc.liveState.live?.timerStartedAt).toBeTruthy()

        const copy = store.saveCopy(path.join(tempDir(), 'Min kopi.handlekraft'))
        const editable = WorkshopStore.open(copy)
        expect(editable.readOnly).toBe(false)
        editable.apply({ name: 'addNotes', args: { notes: [note('d')] } })
        expect(Object.keys(editable.doc.note).sort()).toEqual(['a', 'b', 'c', 'd'])
        editable.close()
      } finally {
        store.close()
      }
      expect(fingerprint(file)).toBe(before)
      expect(fs.readdirSync(mount.dir)).toEqual(['Kollega.handlekraft'])
    },
  )

  it.skipIf(secondUserReason !== null)(
    `check and info work for a second user on a chmod 444 file in a folder they cannot write${skipped(secondUserReason)}`,
    () => {
      const dir = tempDir()
      const file = workshopIn(dir)
      fs.chmodSync(file, 0o444)
      fs.chmodSync(dir, 0o755) // readable, not writable, for others
      const before = fingerprint(file)
      const asNobody = (args: string[]) =>
        spawnSync(
          'setpriv',
          ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', 'tsx', CLI, ...args],
          { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '/tmp', LANG: 'en_GB.UTF-8', TSX_TSCONFIG_PATH: TSCONFIG }, cwd: REPO_ROOT },
        )
      const checked = asNobody(['check', file])
      expect(checked.status, checked.stderr).toBe(0)
      expect(checked.stdout).toContain('The workshop file is healthy.')
      const info = asNobody(['info', file, '--json'])
      expect(info.status, info.stderr).toBe(0)
      expect(JSON.parse(info.stdout)).toBeTruthy()
      expect(fingerprint(file)).toBe(before)
      expect(fs.readdirSync(dir)).toEqual(['Kollega.handlekraft'])
    },
    120_000,
  )
})
