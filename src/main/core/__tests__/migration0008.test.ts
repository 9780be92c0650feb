// Migration 0008 (issue 14): a project's strategy areas become a list of the workshop's areas and follow-ups
// may carry a progress. A version-7 file opens after its backup with every typed area kept: "Klima; Bosætning"
// becomes two areas, and "Bosætning", which the workshop's list lacked, joins that list.
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../fileFormat'
import { migrate } from '../migrate'
import { MIGRATIONS } from '../migrations'
import { WorkshopStore } from '../workshopStore'
import { tempDir } from './helpers'

const T = '2026-01-01T00:00:00Z'

function versionSevenFile(): string {
  const file = path.join(tempDir(), 'v7.handlekraft')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  migrate(
    db,
    file,
    0,
    MIGRATIONS.filter((migration) => migration.version <= 7),
  )
  db.prepare(`INSERT INTO workshop VALUES ('workshop', 'Gammel', '', '', 'da', 'blank', ?, ?, ?)`).run(
    T,
    T,
    JSON.stringify(['Samskabelse', 'Klima']),
  )
  db.prepare("INSERT INTO session VALUES ('s50', 'Dag 50', '2026-02-20', 0)").run()
  const project = db.prepare(
    `INSERT INTO project (id, title, goal, owner_id, member_ids, first_step, deadline, resources_needed,
      resources_offered, barriers, success_measure, strategy_area, status, strength_ids, idea_ids, theme_id,
      session_id, x, y, created_at, updated_at, owner_name)
     VALUES (?, ?, '', NULL, '[]', '', NULL, '', '', '', '', ?, 'running', '[]', '[]', NULL, NULL, 0, 0, ?, ?, '')`,
  )
  project.run('p1', 'Skolevej', ' Klima ; Bosætning;Klima', T, T)
  project.run('p2', 'Fællesspisning', '', T, T)
  db.prepare("INSERT INTO project_update VALUES ('u1', 'p1', 's50', 'running', 'Godt i gang', ?)").run(T)
  db.close()
  return file
}

describe('migration 0008 (strategy areas as a list, progress on follow-ups)', () => {
  it('opens a version-7 workshop after a backup: typed areas become a list, unknown names join the workshop list', () => {
    const store = WorkshopStore.open(versionSevenFile())
    try {
      expect(store.schemaVersion).toBe(SCHEMA_VERSION)
      expect(store.migrationBackup).not.toBeNull()
      expect(new Database(store.migrationBackup!, { readonly: true }).pragma('user_version', { simple: true })).toBe(7)
      expect(store.doc.project.p1!.strategyAreas).toEqual(['Klima', 'Bosætning'])
      expect(store.doc.project.p2!.strategyAreas).toEqual([])
      expect(store.doc.workshop.workshop!.strategyAreas).toEqual(['Samskabelse', 'Klima', 'Bosætning'])
      expect(store.doc.projectUpdate.u1).toMatchObject({ status: 'running', text: 'Godt i gang', progress: null })
      expect(store.integrityProblems()).toEqual([])
    } finally {
      store.close()
    }
  })

  it('then keeps a chosen list and a follow-up with progress durably', () => {
    const file = versionSevenFile()
    const store = WorkshopStore.open(file)
    store.apply({ name: 'updateProject', args: { id: 'p2', strategyAreas: ['Klima', 'Samskabelse'] } })
    store.apply({
      name: 'addProjectUpdate',
      args: { id: 'u2', projectId: 'p1', sessionId: 's50', status: 'running', text: '', progress: 55 },
    })
    store.close()
    const reopened = WorkshopStore.open(file)
    try {
      expect(reopened.migrationBackup).toBeNull()
      // The workshop's order, whatever order they were ticked in.
      expect(reopened.doc.project.p2!.strategyAreas).toEqual(['Samskabelse', 'Klima'])
      expect(reopened.doc.projectUpdate.u2!.progress).toBe(55)
    } finally {
      reopened.close()
    }
  })

  it('refuses a progress outside 0–100 in the file itself', () => {
    const file = versionSevenFile()
    WorkshopStore.open(file).close()
    const db = new Database(file)
    expect(() => db.prepare('UPDATE project_update SET progress = 140').run()).toThrow(/CHECK/)
    db.close()
  })
})
