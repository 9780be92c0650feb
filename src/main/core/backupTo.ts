// A consistent copy of an open database in a new file, written beside the destination and renamed into
// place, so a failure (disk full, pulled USB stick) never leaves a half-written copy under the real name.
import fs from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'

export function backupTo(db: Database.Database, destination: string): void {
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${randomUUID()}.tmp`)
  try {
    db.prepare('VACUUM INTO ?').run(temporary)
    fs.renameSync(temporary, destination)
  } finally {
    fs.rmSync(temporary, { force: true })
  }
}
