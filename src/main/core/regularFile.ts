// Handlekraft only ever reads regular files. A FIFO blocks an open for reading until some writer comes (so
// `check` on one waited forever), a device may never end (/dev/zero) or have side effects, and a socket
// cannot be read at all. So every read starts here: the type is checked on the path first, then the file is
// opened without blocking and checked again on the open handle (the path may have been swapped between).
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '@shared/errors'

/** What a non-regular file is, for the message ("a pipe", "a device", …). */
function kindOf(stats: fs.Stats): string {
  if (stats.isFIFO()) return 'fifo'
  if (stats.isSocket()) return 'socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device'
  return 'other'
}

function refuseByType(stats: fs.Stats, file: string): void {
  if (stats.isDirectory()) throw new AppError('is-directory', { file })
  if (!stats.isFile()) throw new AppError('not-a-file', { file, kind: kindOf(stats) })
}

function statError(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('not-found', { file })
  if (code === 'EACCES' || code === 'EPERM') return new AppError('not-readable', { file })
  if (code === 'ELOOP' || code === 'ENAMETOOLONG') return new AppError('invalid-input', { file }, code)
  return error
}

/** The file's stats, refusing anything that is not a regular file (by type, without opening it). */
export function statRegularFile(filePath: string, file = path.basename(filePath)): fs.Stats {
  let stats: fs.Stats
  try {
    stats = fs.statSync(filePath)
  } catch (error) {
    throw statError(error, file)
  }
  refuseByType(stats, file)
  return stats
}

/** Like statRegularFile, but null when nothing is there (for optional side files). */
export function statRegularFileIfAny(filePath: string, file = path.basename(filePath)): fs.Stats | null {
  try {
    return statRegularFile(filePath, file)
  } catch (error) {
    if ((error as AppError).code === 'not-found') return null
    throw error
  }
}

export interface OpenedFile {
  fd: number
  stats: fs.Stats
  close(): void
}

// O_NONBLOCK: should the path turn into a FIFO after the check, opening it still returns at once. It does
// nothing for regular files. (Windows has no FIFOs and no such flag.)
const READ_WITHOUT_BLOCKING = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0)

/** Opens a regular file for reading; devices, FIFOs, sockets and folders are refused by type first. */
export function openRegularFile(filePath: string, file = path.basename(filePath)): OpenedFile {
  statRegularFile(filePath, file)
  let fd: number
  try {
    fd = fs.openSync(filePath, READ_WITHOUT_BLOCKING)
  } catch (error) {
    throw statError(error, file)
  }
  const close = () => fs.closeSync(fd)
  try {
    const stats = fs.fstatSync(fd)
    refuseByType(stats, file)
    return { fd, stats, close }
  } catch (error) {
    close()
    throw error
  }
}

/** A small regular file's text (a lock file, the Recent list), read through openRegularFile. */
export function readRegularTextFile(filePath: string, maxBytes: number): string {
  const opened = openRegularFile(filePath)
  try {
    const buffer = Buffer.alloc(Math.min(maxBytes, opened.stats.size))
    const length = fs.readSync(opened.fd, buffer, 0, buffer.length, 0)
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    opened.close()
  }
}
