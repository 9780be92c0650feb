// The first schema: one STRICT table per record kind (column names are the record fields in snake_case,
// see ../recordTables.ts), the undo history and a little metadata.
import { APPLICATION_ID } from '../applicationId'
import type { Migration } from './migration'

export const migration0001: Migration = {
  version: 1,
  up(db) {
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE workshop (
        id TEXT PRIMARY KEY CHECK (id = 'workshop'),
        title TEXT NOT NULL,
        place TEXT NOT NULL,
        facilitator TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('da', 'en')),
        template TEXT NOT NULL CHECK (template IN ('blank', 'strengths-map', 'action-projects')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE participant (
        id TEXT PRIMARY KEY,
        name TEXT,
        role TEXT NOT NULL CHECK (role IN ('citizen', 'politician', 'staff', 'other')),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE session (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE category (
        id TEXT PRIMARY KEY,
        name TEXT,
        color TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE theme (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        color TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE note (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('strength', 'idea', 'other')),
        category_id TEXT REFERENCES category (id),
        color TEXT NOT NULL,
        x REAL NOT NULL,
        y REAL NOT NULL,
        width REAL NOT NULL,
        height REAL NOT NULL,
        author_id TEXT REFERENCES participant (id),
        session_id TEXT REFERENCES session (id),
        theme_id TEXT REFERENCES theme (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX note_theme ON note (theme_id);

      CREATE TABLE zone (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        category_id TEXT REFERENCES category (id),
        color TEXT NOT NULL,
        x REAL NOT NULL,
        y REAL NOT NULL,
        width REAL NOT NULL,
        height REAL NOT NULL
      ) STRICT;

      -- Ends may be notes or zones, so they are checked by the commands, not by foreign keys.
      CREATE TABLE connector (
        id TEXT PRIMARY KEY,
        from_id TEXT NOT NULL,
        to_id TEXT NOT NULL,
        label TEXT NOT NULL
      ) STRICT;

      CREATE TABLE voting_round (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        target TEXT NOT NULL CHECK (target IN ('themes', 'notes')),
        option_ids TEXT NOT NULL CHECK (json_valid(option_ids)),
        dots_per_participant INTEGER NOT NULL CHECK (dots_per_participant > 0),
        max_per_item INTEGER NOT NULL CHECK (max_per_item > 0),
        status TEXT NOT NULL CHECK (status IN ('open', 'revealed', 'closed')),
        session_id TEXT REFERENCES session (id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE vote (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES voting_round (id),
        item_id TEXT NOT NULL,
        participant_id TEXT REFERENCES participant (id),
        role TEXT NOT NULL CHECK (role IN ('citizen', 'politician', 'staff', 'other')),
        count INTEGER NOT NULL CHECK (count > 0),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX vote_round ON vote (round_id);

      CREATE TABLE project (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        goal TEXT NOT NULL,
        owner_id TEXT REFERENCES participant (id),
        member_ids TEXT NOT NULL CHECK (json_valid(member_ids)),
        first_step TEXT NOT NULL,
        deadline TEXT,
        resources_needed TEXT NOT NULL,
        resources_offered TEXT NOT NULL,
        barriers TEXT NOT NULL,
        success_measure TEXT NOT NULL,
        strategy_area TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('idea', 'running', 'done', 'paused')),
        strength_ids TEXT NOT NULL CHECK (json_valid(strength_ids)),
        idea_ids TEXT NOT NULL CHECK (json_valid(idea_ids)),
        theme_id TEXT REFERENCES theme (id),
        session_id TEXT REFERENCES session (id),
        x REAL NOT NULL,
        y REAL NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Every applied command with its patch; undone = 1 marks the redo tail.
      CREATE TABLE history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        command TEXT NOT NULL,
        patch TEXT NOT NULL CHECK (json_valid(patch)),
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
    `)
  },
}
