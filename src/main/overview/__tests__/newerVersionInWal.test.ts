// A workshop a newer Handlekraft has open (or left after a crash) carries that version's migration in its
// -wal, not yet in the file itself. The overview must list it as "made with a newer version", not read the
// older main file beside it as if the -wal were foreign; opening it must refuse it and leave the -wal where
// it is (moving it aside would drop the newer version's last commits).
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { cliTranslator } from '../../cli/context'
import { SCHEMA_VERSION } from '../../core/fileFormat'
import { WorkshopStore } from '../../core/workshopStore'
import { fingerprint, newWorkshop, tempDir } from '../../core/__tests__/helpers'
import { readAreaFile } from '../readOverview'

/** A workshop whose newer-version migration sits only in its -wal, as a newer app that crashed leaves it. */
function newerOnlyInWal(): string {
  const store = newWorkshop()
  store.close()
  const dir = tempDir()
  const db = new Database(store.path)
  db.pragma('journal_mode = WAL')
  db.pragma('wal_autocheckpoint = 0')
  db.exec('CREATE TABLE from_the_future (id TEXT PRIMARY KEY) STRICT')
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
  const file = path.join(dir, 'lokalforum.handlekraft')
  fs.copyFileSync(store.path, file)
  fs.copyFileSync(`${store.path}-wal`, `${file}-wal`)
  db.close()
  return file
}

describe('a workshop whose newer version is still in its -wal', () => {
  it('is listed in the overview as made with a newer Handlekraft, in the reader language', () => {
    const file = newerOnlyInWal()
    const entry = readAreaFile(file, '2026-12-02', cliTranslator('da'))
    expect(entry.ok).toBe(false)
    if (entry.ok) return
    expect(entry.error.code).toBe('newer-version')
    expect(entry.error.message).toContain('nyere version af Handlekraft')
    expect(entry.error.message).not.toMatch(/skadet/i)
  })

  it('is refused on open, and the file and its -wal stay exactly as they were', () => {
    const file = newerOnlyInWal()
    const before = [fingerprint(file), fingerprint(`${file}-wal`)]
    const siblings = fs.readdirSync(path.dirname(file)).sort()
    expect(() => WorkshopStore.open(file)).toThrow(expect.objectContaining({ code: 'newer-version' }))
    expect([fingerprint(file), fingerprint(`${file}-wal`)]).toEqual(before)
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(siblings)
  })
})
