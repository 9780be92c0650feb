// Brings a file up to this build's schema: a backup copy first (Signal-style), then every pending
// migration in ONE transaction, so a failure leaves the file exactly as it was.
import path from 'node:path'
import type Database from 'better-sqlite3'
import { MIGRATIONS, type Migration } from './migrations'
import { backupTo } from './backupTo'

export function backupPathFor(filePath: string, fromVersion: number, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return path.join(path.dirname(filePath), `${path.basename(filePath)}.v${fromVersion}-backup-${stamp}`)
}

/** Returns the path of the backup copy, or null when nothing needed doing (or the file was new). */
export function migrate(
  db: Database.Database,
  filePath: string,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): string | null {
  const pending = migrations.filter((migration) => migration.version > fromVersion)
  if (pending.length === 0) return null
  const backup = fromVersion > 0 ? backupPathFor(filePath, fromVersion, new Date()) : null
  if (backup) backupTo(db, backup)
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }
  })()
  return backup
}
