// Writes export files so that a failure (disk full, folder not writable, pulled USB stick) never leaves a
// half-written file under a real name: each file is written and fsynced beside its target under a hidden
// temporary name, and only when ALL of them are complete are they renamed into place (a rename within a
// folder is atomic). Whatever failed, the temporary files are removed again.
import fs from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { AppError } from '@shared/errors'
import { assertUsablePath } from '../core/safePath'
import { explainWriteFailure, toAppError } from '../core/sqliteErrors'

export interface FileToWrite {
  path: string
  content: string
}

export interface WriteOptions {
  /** Replace existing files of these names; only after the person confirmed it (dialog, checkbox, --replace). */
  replace?: boolean
}

/** Refuses targets that must never be overwritten by an export, whatever `replace` says. */
function assertWritableTarget(target: string, replace: boolean): void {
  const file = path.basename(target)
  if (!fs.existsSync(path.dirname(target)))
    throw new AppError('not-found', { file: path.basename(path.dirname(target)) })
  let stats: fs.Stats
  try {
    stats = fs.lstatSync(target)
  } catch {
    return // nothing there: fine
  }
  if (stats.isDirectory()) throw new AppError('is-directory', { file })
  // Never a device, socket or link (root could replace /dev/null; a link could point at a workshop), and
  // never a workshop file: an export is derived data and may not eat the workshop it came from.
  if (!replace || !stats.isFile() || target.endsWith('.handlekraft')) throw new AppError('file-exists', { file })
}

export function writeFilesAtomically(files: readonly FileToWrite[], options: WriteOptions = {}): string[] {
  const targets = files.map((file) => {
    assertUsablePath(file.path)
    const target = path.resolve(file.path)
    assertWritableTarget(target, options.replace ?? false)
    return target
  })
  const temporaries: string[] = []
  let current = targets[0] ?? ''
  try {
    files.forEach((file, index) => {
      current = targets[index]!
      const temporary = path.join(path.dirname(current), `.${path.basename(current)}.${randomUUID()}.tmp`)
      temporaries.push(temporary)
      const handle = fs.openSync(temporary, 'wx', 0o644)
      try {
        fs.writeFileSync(handle, file.content, 'utf8')
        fs.fsyncSync(handle)
      } finally {
        fs.closeSync(handle)
      }
    })
    targets.forEach((target, index) => {
      current = target
      fs.renameSync(temporaries[index]!, target)
    })
    syncFolders(targets)
    return targets
  } catch (error) {
    for (const temporary of temporaries) fs.rmSync(temporary, { force: true })
    throw explainWriteFailure(toAppError(error, path.basename(current)), current)
  }
}

/** The renames are durable only once the folder itself is synced; where that is not possible, go on. */
function syncFolders(targets: readonly string[]): void {
  for (const folder of new Set(targets.map((target) => path.dirname(target)))) {
    try {
      const handle = fs.openSync(folder, 'r')
      try {
        fs.fsyncSync(handle)
      } finally {
        fs.closeSync(handle)
      }
    } catch {
      // Some file systems refuse fsync on a directory; the data itself is already synced.
    }
  }
}
