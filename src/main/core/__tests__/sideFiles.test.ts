// Side files beside a workshop are judged for what they are. A hot journal that SQLite rolls back cleanly is
// recovered (proven on a private copy first; the original is untouched until SQLite itself rolls it back on
// open); a -wal of another database is moved aside with a message naming it; a damaged workshop is still
// "corrupt".
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { cli } from '../../cli/__tests__/helpers'
import { WorkshopStore } from '../workshopStore'
import { fingerprint, newWorkshop, tempDir } from './helpers'

const NOTES = 140

function workshopWithNotes(dir = tempDir()): string {
  const store = newWorkshop(dir)
  const notes = Array.from({ length: NOTES }, (_, i) => ({ id: `n${i}`, text: `idé ${i} `.repeat(30), x: i, y: i }))
  store.apply({ name: 'addNotes', args: { notes } })
  store.close()
  return store.path
}

/**
 * The files as a crash in the middle of a write leaves them: a transaction with a tiny page cache spills
 * half-made pages into the workshop file while the journal holds the originals; both are copied then.
 */
function interruptedWrite(): string {
  const source = workshopWithNotes()
  const db = new Database(source)
  db.pragma('journal_mode = DELETE')
  db.pragma('cache_size = 5')
  db.exec('BEGIN')
  db.exec('DELETE FROM note WHERE rowid % 2 = 0')
  db.exec('UPDATE note SET text = text || text')
  const dir = tempDir()
  const file = path.join(dir, 'crashed.handlekraft')
  fs.copyFileSync(source, file)
  fs.copyFileSync(`${source}-journal`, `${file}-journal`)
  db.exec('ROLLBACK')
  db.close()
  return file
}

/** A -wal with uncheckpointed commits of some other SQLite database, copied beside `workshop`. */
function foreignWalBeside(workshop: string): void {
  const other = path.join(tempDir(), 'other.db')
  const db = new Database(other)
  db.pragma('journal_mode = WAL')
  db.pragma('wal_autocheckpoint = 0')
  db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)')
  db.pragma('application_id = 1234')
  for (let i = 0; i < 50; i++) db.prepare('INSERT INTO customers (name) VALUES (?)').run(`kunde ${i}`)
  fs.copyFileSync(`${other}-wal`, `${workshop}-wal`)
  db.close()
}

describe('side files', () => {
  it('a hot journal SQLite rolls back cleanly: check says healthy, open recovers every note', () => {
    const file = interruptedWrite()
    const before = fingerprint(file)
    const checked = cli(['check', file])
    expect(checked.code, checked.err).toBe(0)
    expect(checked.out).toContain(`${NOTES} notes`)
    expect(checked.out).toContain('The workshop file is healthy.')
    expect(fingerprint(file)).toBe(before) // check proved it on a copy, the original is as it was

    const store = WorkshopStore.open(file)
    expect(Object.keys(store.doc.note)).toHaveLength(NOTES)
    expect(store.integrityProblems()).toEqual([])
    store.close()
    expect(fs.existsSync(`${file}-journal`)).toBe(false)
  })

  it('a -wal of another database is moved aside with its name, and the workshop opens whole', () => {
    const file = workshopWithNotes()
    foreignWalBeside(file)
    const walBytes = fs.readFileSync(`${file}-wal`)

    const checked = cli(['check', file])
    expect(checked.code, checked.err).toBe(0)
    expect(checked.out).toContain('The side file test.handlekraft-wal next to it belongs to another database')
    expect(fs.readFileSync(`${file}-wal`)).toEqual(walBytes) // check changes nothing

    const store = WorkshopStore.open(file)
    expect(store.movedAside).toEqual([
      { file: 'test.handlekraft-wal', movedTo: expect.stringMatching(/^test\.handlekraft-wal\.not-this-workshop-/) },
    ])
    expect(Object.keys(store.doc.note)).toHaveLength(NOTES)
    expect(store.integrityProblems()).toEqual([])
    store.close()
    // Kept, not deleted: its bytes are in the moved file.
    expect(fs.readFileSync(path.join(path.dirname(file), store.movedAside[0]!.movedTo))).toEqual(walBytes)
  }, 120_000) // five SQLite checks of private copies: slow on a loaded 2-core machine

  it('a workshop that is itself damaged is still "corrupt", side file or not', () => {
    const file = interruptedWrite()
    fs.rmSync(`${file}-journal`) // the journal that could have repaired it is gone
    expect(() => WorkshopStore.open(file)).toThrow(expect.objectContaining({ code: 'corrupt' }))
  })
})
