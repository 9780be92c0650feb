// One process writes a workshop at a time. The lock is a small file beside the workshop holding the
// owner's pid and host; a lock left by a process that no longer runs (a crash) is taken over.
import fs from 'node:fs'
import os from 'node:os'
import { AppError } from '@shared/errors'

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

function readOwner(lockPath: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockOwner
  } catch {
    return null // unreadable or half-written lock: treat as stale
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

export function acquireLock(workshopPath: string, fileName: string): FileLock {
  const lockPath = lockPathFor(workshopPath)
  if (heldHere.has(lockPath)) throw new AppError('already-open', { file: fileName })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx')
      const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() }
      fs.writeFileSync(fd, JSON.stringify(owner))
      fs.closeSync(fd)
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
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppError('read-only', { file: fileName })
      if (code !== 'EEXIST') throw error
      const owner = readOwner(lockPath)
      if (!isStale(owner)) throw new AppError('already-open', { file: fileName, host: owner!.host })
      try {
        fs.rmSync(lockPath, { force: true })
      } catch (removal) {
        const removalCode = (removal as NodeJS.ErrnoException).code
        if (removalCode === 'EACCES' || removalCode === 'EPERM' || removalCode === 'EROFS') {
          throw new AppError('read-only', { file: fileName })
        }
        throw removal
      }
    }
  }
  throw new AppError('already-open', { file: fileName })
}
