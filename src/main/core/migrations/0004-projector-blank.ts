// Presenter keys (issue 10): B blanks the projector, as presentation software does, and B again brings the
// room's picture back. A column of the projector's live state, so a reloaded projector window stays dark
// while the facilitator has it dark; every existing file starts not blanked.
import type { Migration } from './migration'

export const migration0004: Migration = {
  version: 4,
  up(db) {
    db.exec(`ALTER TABLE presentation ADD COLUMN blanked INTEGER NOT NULL DEFAULT 0 CHECK (blanked IN (0, 1))`)
  },
}
