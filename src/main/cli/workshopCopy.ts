// Reading a workshop for `check`, `info` and `export` without changing it. WorkshopStore.open takes a lock,
// keeps a WAL beside the file and may migrate an older file; none of that may happen to the file being
// read. So the inspection's private copy (a 0600 file in a private temporary folder, named like the
// original so messages name the right file) is what the store opens; the original is only ever read.
import fs from 'node:fs'
import path from 'node:path'
import { SQLITE_MAGIC } from '../core/fileFormat'
import { withInspectedCopy, type FileFacts, type InspectOptions } from '../core/inspectFile'
import { openRegularFile } from '../core/regularFile'
import { WorkshopStore } from '../core/workshopStore'

export function withWorkshopCopy<T>(
  filePath: string,
  use: (store: WorkshopStore, facts: FileFacts) => T,
  options: InspectOptions = {},
): T {
  return withInspectedCopy(
    path.resolve(filePath),
    (copy, facts) => {
      const store = WorkshopStore.openPrivateCopy(copy, facts)
      try {
        return use(store, facts)
      } finally {
        store.close()
      }
    },
    options,
  )
}

/**
 * The application id and user version as written in the file's 100-byte SQLite header (big-endian at
 * offsets 68 and 60), read without SQLite so they can be shown even for a file that is refused. Only a
 * regular file is opened (a FIFO would block the read forever).
 */
export function headerIds(filePath: string): { applicationId: number; userVersion: number } | null {
  let opened
  try {
    opened = openRegularFile(filePath)
  } catch {
    return null
  }
  try {
    const header = Buffer.alloc(100)
    if (fs.readSync(opened.fd, header, 0, 100, 0) < 100) return null
    if (header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) return null
    return { applicationId: header.readUInt32BE(68), userVersion: header.readUInt32BE(60) }
  } catch {
    return null
  } finally {
    opened.close()
  }
}
