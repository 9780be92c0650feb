// Reading a workshop for `check` and `info` without changing it. WorkshopStore.open takes a lock, keeps a
// WAL beside the file and may migrate an older file; none of that may happen to the file being checked.
// So: refuse early on the original (read-only inspection, which also honours another program's lock),
// then open a private copy in a temporary folder, under the same name so messages name the right file.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { inspectWorkshopFile, type FileFacts } from '../core/inspectFile'
import { WorkshopStore } from '../core/workshopStore'

export function withWorkshopCopy<T>(filePath: string, use: (store: WorkshopStore, facts: FileFacts) => T): T {
  const original = path.resolve(filePath)
  const facts = inspectWorkshopFile(original)
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-cli-'))
  try {
    const copy = path.join(folder, path.basename(original))
    fs.copyFileSync(original, copy)
    // Commits of a crashed session may still sit in the write-ahead log; the copy must see them too.
    if (fs.existsSync(`${original}-wal`)) fs.copyFileSync(`${original}-wal`, `${copy}-wal`)
    const store = WorkshopStore.open(copy)
    try {
      return use(store, facts)
    } finally {
      store.close()
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

/**
 * The application id and user version as written in the file's 100-byte SQLite header (big-endian at
 * offsets 68 and 60), read without SQLite so they can be shown even for a file that is refused.
 */
export function headerIds(filePath: string): { applicationId: number; userVersion: number } | null {
  let handle: number | undefined
  try {
    handle = fs.openSync(filePath, 'r')
    const header = Buffer.alloc(100)
    if (fs.readSync(handle, header, 0, 100, 0) < 100) return null
    if (header.subarray(0, 16).toString('latin1') !== 'SQLite format 3\u0000') return null
    return { applicationId: header.readUInt32BE(68), userVersion: header.readUInt32BE(60) }
  } catch {
    return null
  } finally {
    if (handle !== undefined) fs.closeSync(handle)
  }
}
