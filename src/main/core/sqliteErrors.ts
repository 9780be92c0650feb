// Turns SQLite and file-system failures into the typed errors the UI can explain to a facilitator.
import { AppError } from '@shared/errors'

export function toAppError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error
  const code = (error as { code?: string }).code ?? ''
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('no-space', { file }, message)
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError('read-only', { file }, message)
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new AppError('corrupt', { file }, message)
  if (code === 'ENOENT' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
    return new AppError('not-found', { file }, message)
  }
  return new AppError('internal', { file }, message)
}
