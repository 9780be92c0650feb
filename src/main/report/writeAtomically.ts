// Writing an export so that a failure never leaves a half-written file: check the folder first (clear
// message before any work), write a temporary file beside the target, flush it to disk, then rename it
// over the target. Any failure removes the temporary file and becomes a typed error the UI can explain.
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '@shared/errors'
import { toAppError } from '../core/sqliteErrors'

/** Fails early with `folder-not-found`, `is-directory` or `read-only` before minutes of printing are spent. */
export function checkExportTarget(target: string): string {
  const resolved = path.resolve(target)
  const folder = path.dirname(resolved)
  let info: fs.Stats
  try {
    info = fs.statSync(folder)
  } catch {
    throw new AppError('folder-not-found', { file: folder })
  }
  if (!info.isDirectory()) throw new AppError('folder-not-found', { file: folder })
  try {
    if (fs.statSync(resolved).isDirectory()) throw new AppError('is-directory', { file: resolved })
  } catch (error) {
    if (error instanceof AppError) throw error
    // No file there yet: the usual case.
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK)
  } catch (error) {
    throw new AppError('read-only', { file: folder }, (error as Error).message)
  }
  return resolved
}

export function temporaryNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.part`)
}

export function writeAtomically(target: string, data: Uint8Array): number {
  const resolved = checkExportTarget(target)
  const temporary = temporaryNameFor(resolved)
  let handle: number | undefined
  try {
    handle = fs.openSync(temporary, 'wx')
    let written = 0
    while (written < data.length) written += fs.writeSync(handle, data, written, data.length - written)
    fs.fsyncSync(handle)
    fs.closeSync(handle)
    handle = undefined
    fs.renameSync(temporary, resolved)
    return data.length
  } catch (error) {
    if (handle !== undefined) {
      try {
        fs.closeSync(handle)
      } catch {
        // already failing; the error below is the one to report
      }
    }
    fs.rmSync(temporary, { force: true })
    throw toAppError(error, resolved)
  }
}
