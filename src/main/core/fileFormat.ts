// The identity of a .handlekraft file: SQLite's application_id (so `file(1)` and we ourselves can tell our
// files from other SQLite databases) and the schema version kept in user_version.
import { MIGRATIONS } from './migrations'

export { APPLICATION_ID } from './applicationId'
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
export const FILE_EXTENSION = '.handlekraft'
export const SQLITE_MAGIC = 'SQLite format 3\u0000'
