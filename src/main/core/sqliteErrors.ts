// Turns SQLite and file-system failures into the typed errors the UI can explain to a facilitator.
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '@shared/errors'

export function toAppError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error
  const code = (error as { code?: string }).code ?? ''
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('no-space', { file }, message)
  // Node's own refusals of a path (a NUL byte, a name too long for the file system) are bad input.
  if (code === 'ERR_INVALID_ARG_VALUE' || code === 'ERR_INVALID_ARG_TYPE' || code === 'ENAMETOOLONG') {
    return new AppError('invalid-input', { file }, message)
  }
  if (code === 'EISDIR') return new AppError('is-directory', { file }, message)
  if (code === 'EEXIST' || code === 'ENOTEMPTY') return new AppError('file-exists', { file }, message)
  if (code === 'ENOTDIR') return new AppError('not-found', { file }, message)
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError('read-only', { file }, message)
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new AppError('corrupt', { file }, message)
  if (code === 'ENOENT' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
    return new AppError('not-found', { file }, message)
  }
  return new AppError('internal', { file }, message)
}

/**
 * SQLite reports a write that the file system refused as a plain I/O error (or "unable to open" for a new
 * file). Ask the file system why: a folder that went read-only (a failing USB stick remounted read-only,
 * a locked share) is `read-only`, which the facilitator can act on; a vanished file stays `not-found`.
 */
export function explainWriteFailure(error: AppError, filePath: string): AppError {
  if (error.code !== 'not-found') return error
  const refusesWrites = (code: string | undefined) => code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
  for (const target of [filePath, path.dirname(filePath)]) {
    try {
      fs.accessSync(target, fs.constants.W_OK)
    } catch (problem) {
      if (refusesWrites((problem as NodeJS.ErrnoException).code))
        return new AppError('read-only', error.params, error.detail)
    }
  }
  // Some file systems only refuse the write itself (ext4 after an error: "emergency read-only"), so try one:
  // a small file beside the workshop, removed at once. This runs only after a write has already failed.
  const probe = path.join(path.dirname(filePath), `.handlekraft-write-probe-${process.pid}`)
  try {
    fs.closeSync(fs.openSync(probe, 'wx'))
    fs.rmSync(probe, { force: true })
  } catch (problem) {
    if (refusesWrites((problem as NodeJS.ErrnoException).code))
      return new AppError('read-only', error.params, error.detail)
  }
  return error
}
