// Migration 0004 adds the projector's blank screen (B) to its live state: an older file opens not blanked,
// the flag survives close and reopen, and it stays out of the undo history.
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PRESENTATION } from '@shared/commands/presentationState'
import { SCHEMA_VERSION } from '../fileFormat'
import { migrate } from '../migrate'
import { migration0001 } from '../migrations/0001-initial'
import { migration0002 } from '../migrations/0002-agenda-and-follow-up'
import { migration0003 } from '../migrations/0003-presentation'
import { WorkshopStore } from '../workshopStore'
import { newWorkshop, note, tempDir } from './helpers'

describe('migration 0004 (projector blank)', () => {
  it('opens a version-3 file that was presenting, not blanked, after a backup', () => {
    const file = path.join(tempDir(), 'v3.handlekraft')
    const db = new Database(file)
    db.pragma('journal_mode = WAL')
    migrate(db, file, 0, [migration0001, migration0002, migration0003])
    db.prepare(
      "INSERT INTO workshop VALUES ('workshop', 'Gammel', '', '', 'da', 'blank', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '[]')",
    ).run()
    db.prepare("UPDATE presentation SET presenting = 1, high_contrast = 1 WHERE id = 'presentation'").run()
    db.close()
    const store = WorkshopStore.open(file)
    expect(store.schemaVersion).toBe(SCHEMA_VERSION)
    expect(store.migrationBackup).not.toBeNull()
    expect(store.doc.presentation.presentation).toEqual({
      ...DEFAULT_PRESENTATION,
      presenting: true,
      highContrast: true,
      blanked: false,
    })
    expect(store.integrityProblems()).toEqual([])
    store.close()
  })

  it('stores blanked durably and keeps it out of undo', () => {
    const store = newWorkshop()
    store.apply({ name: 'addNotes', args: { notes: [note('a')] } })
    store.apply({ name: 'setPresentation', args: { presenting: true, blanked: true } })
    store.undo() // the note goes; the projector stays dark
    expect(store.doc.note.a).toBeUndefined()
    expect(store.doc.presentation.presentation!.blanked).toBe(true)
    const file = store.path
    store.close()
    const reopened = WorkshopStore.open(file)
    expect(reopened.doc.presentation.presentation!.blanked).toBe(true)
    expect(() => reopened.apply({ name: 'setPresentation', args: { blanked: 'yes' as unknown as boolean } })).toThrow()
    reopened.close()
  })
})
