// The method's second layer: the agenda (phases with durations and private facilitator notes), the live
// state of the room (current session and phase, the timer), follow-up updates of action projects per
// session, and an editable list of strategy areas. Existing workshops get the standard agenda.
// The seeds come from the shared defaults, so a file upgraded later gets the same agenda a new file gets.
import { STANDARD_AGENDA } from '@shared/model/defaults'
import type { Migration } from './migration'

/** The starting list as it was when this migration was written (a migration's result never changes). */
const STRATEGY_AREAS_THEN = {
  da: ['Samskabelse', 'Klima', 'Social sammenhængskraft', 'Teknologi'],
  en: ['Co-creation', 'Climate', 'Social cohesion', 'Technology'],
} as const

export const migration0002: Migration = {
  version: 2,
  up(db) {
    db.exec(`
      ALTER TABLE workshop ADD COLUMN strategy_areas TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(strategy_areas));

      CREATE TABLE phase (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('map', 'dream', 'group', 'prioritise', 'plan', 'roundup', 'custom')),
        title TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        position INTEGER NOT NULL,
        facilitator_notes TEXT NOT NULL
      ) STRICT;

      CREATE TABLE project_update (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES project (id),
        session_id TEXT REFERENCES session (id),
        status TEXT NOT NULL CHECK (status IN ('idea', 'running', 'done', 'paused')),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX project_update_project ON project_update (project_id);

      -- Live state of the room; no foreign keys, because it is changed outside the undo history and must
      -- never block an undo that removes a session or a phase.
      CREATE TABLE live_state (
        id TEXT PRIMARY KEY CHECK (id = 'live'),
        current_session_id TEXT,
        current_phase_id TEXT,
        timer_duration_ms INTEGER NOT NULL,
        timer_started_at TEXT,
        timer_remaining_ms INTEGER NOT NULL
      ) STRICT;
    `)
    const workshop = db.prepare('SELECT language FROM workshop').get() as { language: 'da' | 'en' } | undefined
    if (!workshop) return // a file being created: createWorkshop fills everything in
    db.prepare('UPDATE workshop SET strategy_areas = ?').run(JSON.stringify(STRATEGY_AREAS_THEN[workshop.language]))
    const insertPhase = db.prepare(
      "INSERT INTO phase (id, kind, title, duration_minutes, position, facilitator_notes) VALUES (?, ?, '', ?, ?, '')",
    )
    STANDARD_AGENDA.forEach(({ kind, minutes }, position) => insertPhase.run(`phase-${kind}`, kind, minutes, position))
    const firstSession = db.prepare('SELECT id FROM session ORDER BY position LIMIT 1').get() as { id: string } | undefined
    const firstPhaseMs = STANDARD_AGENDA[0].minutes * 60_000
    db.prepare("INSERT INTO live_state VALUES ('live', ?, 'phase-map', ?, NULL, ?)").run(
      firstSession?.id ?? null,
      firstPhaseMs,
      firstPhaseMs,
    )
  },
}
