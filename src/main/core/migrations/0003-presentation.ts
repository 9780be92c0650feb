// Present (issue 6): what the projector shows — presenting or not, follow or spotlight, frozen, high
// contrast, and the facilitator's last published board view. Live state like the timer: one row, no
// foreign keys (a spotlighted zone may be deleted and undone without this row blocking it), written only
// by commands outside the undo history. Every file gets the default row, new files included (migrations
// run before createWorkshop), so the projector of a reopened workshop resumes where it was.
import type { Migration } from './migration'

export const migration0003: Migration = {
  version: 3,
  up(db) {
    db.exec(`
      CREATE TABLE presentation (
        id TEXT PRIMARY KEY CHECK (id = 'presentation'),
        presenting INTEGER NOT NULL CHECK (presenting IN (0, 1)),
        mode TEXT NOT NULL CHECK (mode IN ('follow', 'spotlight')),
        spotlight TEXT NOT NULL CHECK (json_valid(spotlight)),
        frozen INTEGER NOT NULL CHECK (frozen IN (0, 1)),
        frozen_view TEXT NOT NULL CHECK (json_valid(frozen_view)),
        facilitator_view TEXT NOT NULL CHECK (json_valid(facilitator_view)),
        high_contrast INTEGER NOT NULL CHECK (high_contrast IN (0, 1))
      ) STRICT;
      INSERT INTO presentation VALUES ('presentation', 0, 'follow', 'null', 0, 'null', 'null', 0);
    `)
  },
}
