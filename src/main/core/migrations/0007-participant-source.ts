// The room (issue 13): a participant either was added by the facilitator or joined from their own phone. The
// results say how many dots came from phones, and the participants list shows who joined by phone. Every
// participant of an older file was added by hand.
import type { Migration } from './migration'

export const migration0007: Migration = {
  version: 7,
  up(db) {
    db.exec(
      `ALTER TABLE participant ADD COLUMN source TEXT NOT NULL DEFAULT 'facilitator' CHECK (source IN ('facilitator', 'phone'))`,
    )
  },
}
