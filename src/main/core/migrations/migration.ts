import type Database from 'better-sqlite3'

/** One step of the schema. Runs inside the migration transaction; must not commit or vacuum. */
export interface Migration {
  version: number
  up(db: Database.Database): void
}
