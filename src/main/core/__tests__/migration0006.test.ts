// Migration 0006 gives projects a typed owner name (an owner who is not on the participants list): a
// version-5 file opens (after a backup) with its projects unchanged and '' as their typed owner.
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../fileFormat'
import { migrate } from '../migrate'
import { MIGRATIONS } from '../migrations'
import { WorkshopStore } from '../workshopStore'
import { tempDir } from './helpers'

describe('migration 0006 (project owner name)', () => {
  it('upgrades a version-5 workshop: projects keep their owner and get an empty typed name', () => {
    const file = path.join(tempDir(), 'v5.handlekraft')
    const db = new Database(file)
    db.pragma('journal_mode = WAL')
    migrate(
      db,
      file,
      0,
      MIGRATIONS.filter((migration) => migration.version <= 5),
    )
    db.prepare(
      "INSERT INTO workshop VALUES ('workshop', 'Gammel', '', '', 'da', 'blank', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '[]')",
    ).run()
    db.prepare(
      "INSERT INTO participant (id, name, role, created_at) VALUES ('ida', 'Ida Holm', 'citizen', '2026-01-01T00:00:00Z')",
    ).run()
    db.prepare(
      `INSERT INTO project (id, title, goal, owner_id, member_ids, first_step, deadline, resources_needed,
        resources_offered, barriers, success_measure, strategy_area, status, strength_ids, idea_ids, theme_id,
        session_id, x, y, created_at, updated_at)
       VALUES ('p1', 'Skolevej', '', 'ida', '[]', '', NULL, '', '', '', '', '', 'idea', '[]', '[]', NULL, NULL, 0, 0,
        '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    ).run()
    db.close()

    const store = WorkshopStore.open(file)
    expect(store.schemaVersion).toBe(SCHEMA_VERSION)
    expect(store.migrationBackup).not.toBeNull()
    expect(store.doc.project.p1).toMatchObject({ title: 'Skolevej', ownerId: 'ida', ownerName: '' })
    expect(store.integrityProblems()).toEqual([])
    // The new column is written and read like any other field.
    store.apply({ name: 'updateProject', args: { id: 'p1', ownerName: 'Jens fra vejafdelingen' } })
    store.close()
    const reopened = WorkshopStore.open(file)
    expect(reopened.doc.project.p1).toMatchObject({ ownerId: null, ownerName: 'Jens fra vejafdelingen' })
    reopened.close()
  })
})
