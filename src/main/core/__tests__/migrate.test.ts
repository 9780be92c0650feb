import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../fileFormat'
import { migrate } from '../migrate'
import { MIGRATIONS, type Migration } from '../migrations'
import { migration0001 } from '../migrations/0001-initial'
import { newWorkshop, tempDir } from './helpers'

describe('migrations', () => {
  it('are numbered 1, 2, 3 … without gaps, and the last is the schema version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length)
  })

  it('0001 creates every table and index of the first schema', () => {
    const db = new Database(':memory:')
    migrate(db, ':memory:', 0, [migration0001])
    const names = (db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name)
    expect(names.sort()).toEqual(
      ['category', 'connector', 'history', 'meta', 'note', 'note_theme', 'participant', 'project', 'session', 'theme', 'vote', 'vote_round', 'voting_round', 'workshop', 'zone'].sort(),
    )
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    db.close()
  })

  it('backs the file up before upgrading it, and upgrades in one transaction', () => {
    const store = newWorkshop()
    store.close()
    const db = new Database(store.path)
    const next: Migration = { version: SCHEMA_VERSION + 1, up: (d) => d.exec("ALTER TABLE note ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0") }
    const backup = migrate(db, store.path, SCHEMA_VERSION, [...MIGRATIONS, next])
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1)
    db.close()
    expect(backup).not.toBeNull()
    const saved = new Database(backup!, { readonly: true })
    expect(saved.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    saved.close()
  })

  it('leaves the file as it was when a migration fails half-way', () => {
    const dir = tempDir()
    const store = newWorkshop(dir)
    store.close()
    const db = new Database(store.path)
    const good: Migration = { version: SCHEMA_VERSION + 1, up: (d) => d.exec('CREATE TABLE extra (id TEXT PRIMARY KEY) STRICT') }
    const bad: Migration = { version: SCHEMA_VERSION + 2, up: (d) => d.exec('ALTER TABLE nowhere ADD COLUMN x') }
    expect(() => migrate(db, store.path, SCHEMA_VERSION, [...MIGRATIONS, good, bad])).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'extra'").get()).toEqual({ n: 0 })
    db.close()
    expect(fs.readdirSync(dir).some((name) => name.includes('-backup-'))).toBe(true)
    expect(path.extname(store.path)).toBe('.handlekraft')
  })
})
