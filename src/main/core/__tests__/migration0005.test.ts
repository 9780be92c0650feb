// Migration 0005 (issue 15) brings actors, sharing links, needs and offers and matches to a workshop made
// before them: a version-4 file opens after its backup with every note and line kept, then takes the new kinds.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { MIGRATIONS } from '../migrations'
import { WorkshopStore } from '../workshopStore'
import { tempDir } from './helpers'

const T = '2026-01-01T00:00:00Z'

function versionFourFile(): string {
  const file = path.join(tempDir(), 'v4.handlekraft')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  migrate(db, file, 0, MIGRATIONS.filter((migration) => migration.version <= 4))
  db.prepare(`INSERT INTO workshop VALUES ('workshop', 'Gammel', '', '', 'da', 'strengths-map', ?, ?, '["Klima"]')`).run(T, T)
  db.prepare("INSERT INTO category VALUES ('people', NULL, '#f4a261', 0)").run()
  db.prepare("INSERT INTO participant VALUES ('pia', 'Pia', 'citizen', ?)").run(T)
  const insertNote = db.prepare(
    "INSERT INTO note VALUES (?, ?, ?, ?, '#fff3b0', 1, 2, 180, 120, 'pia', NULL, NULL, ?, ?)",
  )
  insertNote.run('n1', 'Hallen', 'strength', 'people', T, T)
  insertNote.run('n2', 'Cykelsti', 'idea', null, T, T)
  db.prepare("INSERT INTO connector VALUES ('c1', 'n1', 'n2', 'støtter')").run()
  db.close()
  return file
}

describe('migration 0005 (sharing and the market)', () => {
  it('opens a version-4 workshop after a backup, keeping its notes and lines', () => {
    const file = versionFourFile()
    const store = WorkshopStore.open(file)
    try {
      expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)!.version)
      expect(store.migrationBackup).not.toBeNull()
      expect(fs.existsSync(store.migrationBackup!)).toBe(true)
      expect(new Database(store.migrationBackup!, { readonly: true }).pragma('user_version', { simple: true })).toBe(4)
      expect(store.doc.workshop.workshop).toMatchObject({ title: 'Gammel', template: 'strengths-map', strategyAreas: ['Klima'] })
      expect(store.doc.note.n1).toMatchObject({ text: 'Hallen', kind: 'strength', categoryId: 'people', authorId: 'pia', actorId: null, marketCategory: null, exchange: null })
      expect(store.doc.connector.c1).toEqual({ id: 'c1', fromId: 'n1', toId: 'n2', label: 'støtter', flow: null, direction: 'gives' })
      expect(store.doc.actor).toEqual({})
      expect(store.doc.match).toEqual({})
      expect(store.integrityProblems()).toEqual([])
    } finally {
      store.close()
    }
  })

  it('then stores actors, sharing links, needs, offers, and matches durably', () => {
    const file = versionFourFile()
    const store = WorkshopStore.open(file)
    store.apply({ name: 'addActors', args: { actors: [{ id: 'a1', name: 'Skolen', type: 'education', x: 0, y: 0 }, { id: 'a2', name: 'Hallen', type: 'association', x: 300, y: 0 }] } })
    store.apply({ name: 'addConnector', args: { id: 'l1', fromId: 'a1', toId: 'a2', flow: 'energy', direction: 'both' } })
    store.apply({
      name: 'addNotes',
      args: {
        notes: [
          { id: 'need', text: 'Lokale', kind: 'need', authorId: 'pia', marketCategory: 'premises', x: 0, y: 0 },
          { id: 'offer', text: 'Gymnastiksal', kind: 'offer', actorId: 'a1', marketCategory: 'premises', exchange: 'swapped', x: 0, y: 0 },
        ],
      },
    })
    store.apply({ name: 'addMatch', args: { id: 'm1', offerId: 'offer', needId: 'need' } })
    store.apply({ name: 'setMatchStatus', args: { id: 'm1', status: 'agreed' } })
    store.apply({ name: 'makeProjectFromMatch', args: { matchId: 'm1', projectId: 'p1' } })
    const before = store.doc
    store.close()
    const reopened = WorkshopStore.open(file)
    try {
      expect(reopened.migrationBackup).toBeNull()
      for (const kind of ['workshop', 'actor', 'connector', 'note', 'match', 'project'] as const) {
        expect(reopened.doc[kind], kind).toEqual(before[kind])
      }
      expect(reopened.doc.match.m1).toMatchObject({ status: 'agreed', projectId: 'p1' })
      expect(reopened.integrityProblems()).toEqual([])
      reopened.undo() // the project goes, the match forgets it
      expect(reopened.doc.project.p1).toBeUndefined()
      expect(reopened.doc.match.m1?.projectId).toBeNull()
      expect(reopened.integrityProblems()).toEqual([])
    } finally {
      reopened.close()
    }
  })
})
