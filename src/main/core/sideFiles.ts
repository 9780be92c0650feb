// A side file (-wal, -journal) of another database beside a healthy workshop (copied there by hand, left by
// a sync tool) would be replayed into the workshop by SQLite and ruin it. Inspection proves it foreign (the
// workshop is sound without it, unsound with it); opening then moves it aside under a name SQLite ignores,
// keeping its bytes, and tells the facilitator where it went.
import fs from 'node:fs'
import path from 'node:path'
import { toAppError } from './sqliteErrors'

export interface MovedSideFile {
  /** The side file's name as it was found, e.g. "Landsbyen.handlekraft-wal". */
  file: string
  /** Its name now, in the same folder. */
  movedTo: string
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

export function moveAsideForeignSideFiles(sideFiles: readonly string[], now = new Date()): MovedSideFile[] {
  return sideFiles.map((side) => {
    const movedTo = `${side}.not-this-workshop-${stamp(now)}`
    try {
      fs.renameSync(side, movedTo)
    } catch (error) {
      throw toAppError(error, path.basename(side))
    }
    return { file: path.basename(side), movedTo: path.basename(movedTo) }
  })
}
