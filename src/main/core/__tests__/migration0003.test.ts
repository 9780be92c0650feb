// Migration 0003 gives every workshop the projector's state; it survives close and reopen and stays out
// of the undo history.
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PRESENTATION } from '@shared/commands/presentationState'
import { SCHEMA_VERSION } from '../fileFormat'
import { migrate } from '../migrate'
import { migration0001 } from '../migrations/0001-initial'
import { migration0002 } from '../migrations/0002-agenda-and-follow-up'
import { WorkshopStore } from '../workshopStore'
import { newWorkshop, note, tempDir } from './helpers'

describe('migration 0003 (presentation)', () => {
  it('upgrades a version-2 workshop with the default presentation row', () => {
    const file = path.join(tempDir(), 'v2.handlekraft')
    const db = new Database(file)
    db.pragma('journal_mode = WAL')
    migrate(db, file, 0, [migration0001, migration0002])
    db.prepare(
      "INSERT INTO workshop VALUES ('workshop', 'Gammel', '', '', 'da', 'blank', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '[]')",
    ).run()
    db.close()
    const store = WorkshopStore.open(file)
    expect(store.schemaVersion).toBe(SCHEMA_VERSION)
    expect(store.migrationBackup).not.toBeNull()
    expect(store.doc.presentation.presentation).toEqual(DEFAULT_PRESENTATION)
    expect(store.integrityProblems()).toEqual([])
    store.close()
  })

  it('gives a new workshop the row, stores changes durably and keeps them out of undo', () => {
    const store = newWorkshop()
    expect(store.doc.presentation.presentation).toEqual(DEFAULT_PRESENTATION)
    store.apply({ name: 'addNotes', args: { notes: [note('a')] } })
    const view = { x: -12.5, y: 40, scale: 0.75, width: 1280, height: 720 }
    store.apply({ name: 'publishViewport', args: view })
    store.apply({ name: 'setPresentation', args: { presenting: true, frozen: true, highContrast: true } })
    expect(store.canUndo()).toBe(true)
    store.undo() // the note goes; the projector's state stays
    expect(store.doc.note.a).toBeUndefined()
    expect(store.canUndo()).toBe(false)
    const expected = { ...DEFAULT_PRESENTATION, presenting: true, frozen: true, frozenView: view, facilitatorView: view, highContrast: true }
    expect(store.doc.presentation.presentation).toEqual(expected)
    const file = store.path
    store.close()
    const reopened = WorkshopStore.open(file)
    expect(reopened.doc.presentation.presentation).toEqual(expected)
    expect(reopened.integrityProblems()).toEqual([])
    reopened.close()
  })
})
