// One process writes a workshop at a time. The lock is a small file beside the workshop holding the
// owner's pid and host; a lock left by a process that no longer runs (a crash) is taken over.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { AppError } from '@shared/errors'
import { readRegularTextFile } from './regularFile'
import { toAppError } from './sqliteErrors'

interface LockOwner {
  pid: number
  host: string
  since: string
}

export function lockPathFor(workshopPath: string): string {
  return `${workshopPath}.lock`
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A lock is a few dozen bytes; more is not ours. */
const LOCK_MAX_BYTES = 4096

function readOwner(lockPath: string): LockOwner | null {
  let text: string
  try {
    text = readRegularTextFile(lockPath, LOCK_MAX_BYTES)
  } catch (error) {
    // A FIFO, device or folder in the lock's place is refused by name (reading a FIFO would wait forever).
    const code = (error as AppError).code
    if (code === 'not-a-file' || code === 'is-directory') throw error
    return null // vanished or unreadable: treat as stale
  }
  try {
    return JSON.parse(text) as LockOwner
  } catch {
    return null // half-written lock: treat as stale
  }
}

/** Paths this process holds, so a second open in the same process is refused too. */
const heldHere = new Set<string>()

/** A lock of a dead process, or one this process left behind without holding it (its file could not be
 * removed, e.g. the disk turned read-only), no longer protects anything. */
function isStale(owner: LockOwner | null): boolean {
  if (!owner) return true
  if (owner.host !== os.hostname()) return false
  return owner.pid === process.pid || !isRunning(owner.pid)
}

/** Refuses early, before reading the file, when someone else holds the lock; takes nothing itself. */
export function assertNotLockedByOthers(workshopPath: string, fileName: string): void {
  const lockPath = lockPathFor(workshopPath)
  if (heldHere.has(lockPath)) throw new AppError('already-open', { file: fileName })
  if (!fs.existsSync(lockPath)) return
  const owner = readOwner(lockPath)
  if (!isStale(owner)) throw new AppError('already-open', { file: fileName, host: owner!.host })
}

export interface FileLock {
  release(): void
}

/** Creates the lock file and writes the owner into it; on any failure (a full disk) closes and removes
 * what it made, so no empty lock and no open handle stay behind (a USB stick could not be ejected). */
function writeLock(lockPath: string): void {
  const fd = fs.openSync(lockPath, 'wx')
  try {
    const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() }
    fs.writeFileSync(fd, JSON.stringify(owner))
  } catch (error) {
    fs.closeSync(fd)
    fs.rmSync(lockPath, { force: true })
    throw error
  }
  fs.closeSync(fd)
}

const refusesWrites = (code: string | undefined) => code === 'EACCES' || code === 'EPERM' || code === 'EROFS'

export function acquireLock(workshopPath: string, fileName: string): FileLock {
  const lockPath = lockPathFor(workshopPath)
  if (heldHere.has(lockPath)) throw new AppError('already-open', { file: fileName })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeLock(lockPath)
      heldHere.add(lockPath)
      return {
        release() {
          heldHere.delete(lockPath)
          try {
            fs.unlinkSync(lockPath)
          } catch {
            // already gone (folder removed, USB stick pulled): nothing left to release
          }
        },
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (refusesWrites(code)) throw new AppError('read-only', { file: fileName })
      if (code !== 'EEXIST') throw toAppError(error, fileName)
      const owner = readOwner(lockPath)
      if (!isStale(owner)) throw new AppError('already-open', { file: fileName, host: owner!.host })
      try {
        fs.rmSync(lockPath, { force: true })
      } catch (removal) {
        if (refusesWrites((removal as NodeJS.ErrnoException).code)) throw new AppError('read-only', { file: fileName })
        throw toAppError(removal, path.basename(lockPath))
      }
    }
  }
  throw new AppError('already-open', { file: fileName })
}
