// A project's owner may be someone who is not on the participants list (issue 10): their name as typed.
// '' for every existing project, whose owner is a participant or nobody.
import type { Migration } from './migration'

export const migration0006: Migration = {
  version: 6,
  up(db) {
    db.exec(`ALTER TABLE project ADD COLUMN owner_name TEXT NOT NULL DEFAULT ''`)
  },
}
