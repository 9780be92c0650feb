// Migration 0007 (issue 13) says where each participant came from: a version-6 file opens after its backup with
// every participant kept and marked as added by hand, then stores people who joined from a phone.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { MIGRATIONS } from '../migrations'
import { WorkshopStore } from '../workshopStore'
import { tempDir } from './helpers'

const T = '2026-01-01T00:00:00Z'

function versionSixFile(): string {
  const file = path.join(tempDir(), 'v6.handlekraft')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  migrate(db, file, 0, MIGRATIONS.filter((migration) => migration.version <= 6))
  db.prepare(`INSERT INTO workshop VALUES ('workshop', 'Gammel', '', '', 'da', 'strengths-map', ?, ?, '[]')`).run(T, T)
  db.prepare("INSERT INTO participant VALUES ('pia', 'Pia', 'citizen', ?)").run(T)
  db.prepare("INSERT INTO participant VALUES ('ole', NULL, 'politician', ?)").run(T)
  db.close()
  return file
}

describe('migration 0007 (participant source)', () => {
  it('opens a version-6 workshop after a backup; its participants were added by hand', () => {
    const file = versionSixFile()
    const store = WorkshopStore.open(file)
    try {
      expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)!.version)
      expect(store.migrationBackup).not.toBeNull()
      expect(fs.existsSync(store.migrationBackup!)).toBe(true)
      expect(new Database(store.migrationBackup!, { readonly: true }).pragma('user_version', { simple: true })).toBe(6)
      expect(store.doc.participant.pia).toEqual({ id: 'pia', name: 'Pia', role: 'citizen', createdAt: T, source: 'facilitator' })
      expect(store.doc.participant.ole).toMatchObject({ name: null, role: 'politician', source: 'facilitator' })
      expect(store.integrityProblems()).toEqual([])
    } finally {
      store.close()
    }
  })

  it('then stores a participant who joined from a phone durably', () => {
    const file = versionSixFile()
    const store = WorkshopStore.open(file)
    store.apply({ name: 'addParticipants', args: { participants: [{ id: 'tlf', name: null, role: 'staff', source: 'phone' }] } })
    store.close()
    const reopened = WorkshopStore.open(file)
    try {
      expect(reopened.migrationBackup).toBeNull()
      expect(reopened.doc.participant.tlf).toMatchObject({ role: 'staff', source: 'phone' })
      expect(reopened.doc.participant.pia?.source).toBe('facilitator')
    } finally {
      reopened.close()
    }
  })
})
