// Opening a version-1 file upgrades it: backup first, then the agenda, live state and strategy areas.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { migration0001 } from '../migrations/0001-initial'
import { WorkshopStore } from '../workshopStore'
import { tempDir } from './helpers'

function versionOneFile(dir: string, language: 'da' | 'en'): string {
  const file = path.join(dir, 'old.handlekraft')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  migrate(db, file, 0, [migration0001])
  db.prepare(
    "INSERT INTO workshop VALUES ('workshop', 'Gammel workshop', 'Hallen', 'Mette', ?, 'blank', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
  ).run(language)
  db.prepare("INSERT INTO session VALUES ('s1', 'Kick-off', '2026-01-10', 0)").run()
  db.prepare(
    "INSERT INTO note (id, text, kind, category_id, color, x, y, width, height, author_id, session_id, theme_id, created_at, updated_at) VALUES ('n1', 'Hallen', 'strength', NULL, '#ffffff', 0, 0, 180, 120, NULL, 's1', NULL, '', '')",
  ).run()
  db.close()
  return file
}

describe('migration 0002', () => {
  it('upgrades a version-1 workshop, keeping its content and a backup of the old file', () => {
    const dir = tempDir()
    const file = versionOneFile(dir, 'da')
    const store = WorkshopStore.open(file)
    expect(store.schemaVersion).toBeGreaterThanOrEqual(2) // later migrations (0003) follow on open
    expect(store.migrationBackup).not.toBeNull()
    expect(store.doc.note.n1?.text).toBe('Hallen')
    expect(store.doc.workshop.workshop?.strategyAreas).toEqual(['Samskabelse', 'Klima', 'Social sammenhængskraft', 'Teknologi'])
    const phases = Object.values(store.doc.phase).sort((a, b) => a.position - b.position)
    expect(phases.map((p) => p.kind)).toEqual(['map', 'dream', 'group', 'prioritise', 'plan', 'roundup'])
    expect(store.doc.liveState.live).toMatchObject({ currentSessionId: 's1', currentPhaseId: 'phase-map', timerStartedAt: null })
    expect(store.integrityProblems()).toEqual([])
    store.close()

    const backup = new Database(store.migrationBackup!, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(1)
    expect(backup.prepare('SELECT text FROM note').get()).toEqual({ text: 'Hallen' })
    backup.close()
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('gives a new workshop the same agenda and its language\'s strategy areas', () => {
    const store = WorkshopStore.create(path.join(tempDir(), 'new.handlekraft'), { title: 'New', language: 'en', template: 'blank' })
    expect(Object.keys(store.doc.phase)).toHaveLength(6)
    // Vejle's four strategy areas, the starting list of every new workshop (issue 14).
    expect(store.doc.workshop.workshop?.strategyAreas).toEqual(['Co-creation', 'Climate', 'Social cohesion', 'New technology'])
    expect(store.doc.liveState.live?.currentPhaseId).toBe('phase-map')
    store.close()
  })
})
