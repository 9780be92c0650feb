// Sharing and the needs-and-offers market (issue 15): actors on the board, sharing links (a connector says
// what flows along it and in which direction), notes of kind need and offer with who says them, a category
// and how an offer is exchanged, matches between an offer and a need, and the two new templates.
// SQLite cannot widen a CHECK constraint in place, so the workshop and note tables are rebuilt (nothing
// refers to them by foreign key, so a copy, drop and rename keeps every row and every other table intact).
import type { Migration } from './migration'

export const migration0005: Migration = {
  version: 5,
  up(db) {
    db.exec(`
      CREATE TABLE workshop_v4 (
        id TEXT PRIMARY KEY CHECK (id = 'workshop'),
        title TEXT NOT NULL,
        place TEXT NOT NULL,
        facilitator TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('da', 'en')),
        template TEXT NOT NULL CHECK (template IN ('blank', 'strengths-map', 'action-projects', 'symbiosis-map', 'needs-offers')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        strategy_areas TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(strategy_areas))
      ) STRICT;
      INSERT INTO workshop_v4 (id, title, place, facilitator, language, template, created_at, updated_at, strategy_areas)
        SELECT id, title, place, facilitator, language, template, created_at, updated_at, strategy_areas FROM workshop;
      DROP TABLE workshop;
      ALTER TABLE workshop_v4 RENAME TO workshop;

      CREATE TABLE actor (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('institution', 'education', 'firm', 'association', 'citizen-group', 'authority', 'other')),
        contact TEXT NOT NULL,
        x REAL NOT NULL,
        y REAL NOT NULL,
        width REAL NOT NULL,
        height REAL NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE note_v4 (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('strength', 'idea', 'other', 'need', 'offer')),
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
        updated_at TEXT NOT NULL,
        actor_id TEXT REFERENCES actor (id),
        market_category TEXT CHECK (market_category IN ('skills', 'contacts', 'premises', 'funding', 'mentoring', 'materials', 'other')),
        exchange TEXT CHECK (exchange IN ('given', 'swapped', 'paid'))
      ) STRICT;
      INSERT INTO note_v4 (id, text, kind, category_id, color, x, y, width, height, author_id, session_id, theme_id, created_at, updated_at)
        SELECT id, text, kind, category_id, color, x, y, width, height, author_id, session_id, theme_id, created_at, updated_at FROM note;
      DROP TABLE note;
      ALTER TABLE note_v4 RENAME TO note;
      CREATE INDEX note_theme ON note (theme_id);

      -- A plain line (flow NULL) keeps drawing as before; existing lines become one-way, as they were drawn.
      ALTER TABLE connector ADD COLUMN flow TEXT CHECK (flow IN ('premises', 'labour', 'knowledge', 'materials', 'energy', 'equipment', 'money', 'other'));
      ALTER TABLE connector ADD COLUMN direction TEXT NOT NULL DEFAULT 'gives' CHECK (direction IN ('gives', 'both'));

      -- MATCH is an SQL keyword, hence the table's longer name.
      CREATE TABLE market_match (
        id TEXT PRIMARY KEY,
        offer_id TEXT NOT NULL REFERENCES note (id),
        need_id TEXT NOT NULL REFERENCES note (id),
        status TEXT NOT NULL CHECK (status IN ('proposed', 'agreed', 'done')),
        project_id TEXT REFERENCES project (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX market_match_need ON market_match (need_id);
      CREATE INDEX market_match_offer ON market_match (offer_id);
    `)
  },
}
