// The workshop's files changing under an open store. SQLite keeps writing through its open handles even
// when the files are gone from the folder, so without a check these commands were acknowledged and then
// lost (found while writing these tests: a moved workshop lost every change since the last checkpoint,
// a crash after the -wal was deleted lost even changes made before the deletion).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { WorkshopStore } from '../../workshopStore'
import { newWorkshop, note, REPO_ROOT, tempDir } from '../helpers'

function noteIds(file: string): string[] {
  const store = WorkshopStore.open(file)
  try {
    expect(store.integrityProblems()).toEqual([])
    return Object.keys(store.doc.note).sort()
  } finally {
    store.close()
  }
}

describe('files changing while a workshop is open', () => {
  it('refuses the next write with not-found when the file is deleted, and "Save a copy" still rescues everything', () => {
    const store = newWorkshop()
    store.apply({ name: 'addNotes', args: { notes: [note('before')] } })
    fs.rmSync(store.path)
    const revision = store.revision
    expect(() => store.apply({ name: 'addNotes', args: { notes: [note('after')] } })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    )
    expect(() => store.undo()).toThrow(expect.objectContaining({ code: 'not-found' }))
    expect(store.revision).toBe(revision)
    expect(Object.keys(store.doc.note)).toEqual(['before'])
    const rescue = store.saveCopy(path.join(path.dirname(store.path), 'rescued.handlekraft'))
    store.close()
    expect(noteIds(rescue)).toEqual(['before'])
  })

  it('refuses the next write when the file is moved, and nothing acknowledged is lost', () => {
    const store = newWorkshop()
    store.apply({ name: 'addNotes', args: { notes: [note('before')] } })
    const moved = path.join(path.dirname(store.path), 'moved.handlekraft')
    fs.renameSync(store.path, moved)
    expect(() => store.apply({ name: 'addNotes', args: { notes: [note('after')] } })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    )
    const rescue = store.saveCopy(path.join(path.dirname(store.path), 'rescued.handlekraft'))
    store.close()
    expect(noteIds(rescue)).toEqual(['before'])
  })

  it('refuses the next write when another file was put in its place', () => {
    const store = newWorkshop()
    const other = newWorkshop(tempDir(), 'Another')
    other.close()
    fs.rmSync(store.path)
    fs.copyFileSync(other.path, store.path)
    expect(() => store.apply({ name: 'addNotes', args: { notes: [note('x')] } })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    )
    store.close()
  })

  it('heals a deleted -wal: later commands are still durable, and so are the earlier ones', () => {
    const store = newWorkshop()
    store.apply({ name: 'addNotes', args: { notes: [note('before')] } })
    fs.rmSync(`${store.path}-wal`)
    store.apply({ name: 'addNotes', args: { notes: [note('after')] } })
    expect(fs.existsSync(`${store.path}-wal`)).toBe(true)
    // Copy the files as a crash would leave them (no close, so no final checkpoint), then open the copy.
    const crashDir = tempDir()
    for (const suffix of ['', '-wal'])
      fs.copyFileSync(`${store.path}${suffix}`, path.join(crashDir, `c.handlekraft${suffix}`))
    store.close()
    expect(noteIds(path.join(crashDir, 'c.handlekraft'))).toEqual(['after', 'before'])
    expect(noteIds(store.path)).toEqual(['after', 'before'])
  })

  it('heals a deleted -wal even when the process is then killed with SIGKILL', () => {
    const dir = tempDir()
    const file = path.join(dir, 'k.handlekraft')
    const fixture = path.join(__dirname, 'fixtures/killAfterWalDelete.ts')
    const child = spawnSync(process.execPath, ['--import', 'tsx', fixture, file], { cwd: REPO_ROOT })
    expect(child.signal, String(child.stderr)).toBe('SIGKILL')
    expect(noteIds(file)).toEqual(['after', 'before'])
  })
})
