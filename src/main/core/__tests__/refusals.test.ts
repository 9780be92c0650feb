// Every kind of file that is not a healthy workshop of ours is refused with a typed error, and the file
// is left exactly as it was (same bytes, same modification time).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { ErrorCode } from '@shared/errors'
import { APPLICATION_ID, SCHEMA_VERSION } from '../fileFormat'
import { lockPathFor } from '../fileLock'
import { WorkshopStore } from '../workshopStore'
import { fingerprint, newWorkshop, tempDir } from './helpers'

function expectRefused(file: string, code: ErrorCode) {
  const before = fs.existsSync(file) && fs.statSync(file).isFile() ? fingerprint(file) : null
  const siblingsBefore = fs.readdirSync(path.dirname(file)).sort()
  expect(() => WorkshopStore.open(file)).toThrow(expect.objectContaining({ code }))
  if (before) expect(fingerprint(file)).toBe(before)
  expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(siblingsBefore)
}

function closedWorkshopFile(): string {
  const store = newWorkshop()
  store.close()
  return store.path
}

describe('opening refuses', () => {
  it('a file that does not exist', () => {
    expectRefused(path.join(tempDir(), 'nothing.handlekraft'), 'not-found')
  })

  it('a zero-byte file', () => {
    const file = path.join(tempDir(), 'empty.handlekraft')
    fs.writeFileSync(file, '')
    expectRefused(file, 'empty-file')
  })

  it('a folder named like a workshop', () => {
    const file = path.join(tempDir(), 'folder.handlekraft')
    fs.mkdirSync(file)
    expectRefused(file, 'is-directory')
  })

  it('a text file', () => {
    const file = path.join(tempDir(), 'notes.handlekraft')
    fs.writeFileSync(file, 'Dette er ikke en workshop\n'.repeat(50))
    expectRefused(file, 'not-sqlite')
  })

  it('a SQLite file of another application', () => {
    const file = path.join(tempDir(), 'other.handlekraft')
    const db = new Database(file)
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)')
    db.pragma('application_id = 1234')
    db.close()
    expectRefused(file, 'foreign-file')
  })

  it('a plain SQLite file with no application id', () => {
    const file = path.join(tempDir(), 'plain.handlekraft')
    const db = new Database(file)
    db.exec('CREATE TABLE t (x)')
    db.close()
    expectRefused(file, 'foreign-file')
  })

  it('a workshop from a newer version', () => {
    const file = closedWorkshopFile()
    const db = new Database(file)
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    expectRefused(file, 'newer-version')
  })

  it('a workshop whose header is damaged', () => {
    const file = closedWorkshopFile()
    const bytes = fs.readFileSync(file)
    bytes.writeUInt16BE(3, 16) // page size 3: impossible
    fs.writeFileSync(file, bytes)
    expectRefused(file, 'corrupt')
  })

  it('a workshop with damaged pages', () => {
    const store = newWorkshop()
    store.apply({
      name: 'addNotes',
      args: { notes: Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, text: `idé nummer ${i} `.repeat(20), x: i, y: i })) },
    })
    store.close()
    const bytes = fs.readFileSync(store.path)
    const pageSize = bytes.readUInt16BE(16)
    for (let page = 2; page * pageSize < bytes.length; page += 3) bytes.fill(0xa5, page * pageSize + 8, page * pageSize + 200)
    fs.writeFileSync(store.path, bytes)
    expectRefused(store.path, 'corrupt')
  })

  it('a truncated workshop', () => {
    const store = newWorkshop()
    store.apply({ name: 'addNotes', args: { notes: Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, text: 'x'.repeat(300), x: 0, y: 0 })) } })
    store.close()
    fs.truncateSync(store.path, Math.floor(fs.statSync(store.path).size / 2))
    expectRefused(store.path, 'corrupt')
  })

  it('a truncated header', () => {
    const file = path.join(tempDir(), 'short.handlekraft')
    fs.writeFileSync(file, 'SQLite format 3\u0000abc')
    expectRefused(file, 'corrupt')
  })

  it('a workshop already open (lock held)', () => {
    const store = newWorkshop()
    expect(() => WorkshopStore.open(store.path)).toThrow(expect.objectContaining({ code: 'already-open' }))
    store.close()
    WorkshopStore.open(store.path).close()
  })

  it('a file nobody may write (chmod 444) opens read-only, for root too', () => {
    const file = closedWorkshopFile()
    fs.chmodSync(file, 0o444)
    const before = fingerprint(file)
    const store = WorkshopStore.open(file)
    expect(store.readOnly).toBe(true)
    store.close()
    expect(fingerprint(file)).toBe(before)
  })

  it('takes over a lock left by a process that no longer runs', () => {
    const file = closedWorkshopFile()
    fs.writeFileSync(lockPathFor(file), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), since: '' }))
    const store = WorkshopStore.open(file)
    expect(store.doc.workshop.workshop?.title).toBe('Landsbyen mødes')
    store.close()
    expect(fs.existsSync(lockPathFor(file))).toBe(false)
  })

  it('keeps the application id constant', () => {
    expect(APPLICATION_ID).toBe(0x484b5753)
  })
})
