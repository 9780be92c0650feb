// Reads many workshop files for the overview of local areas, each the way `info` reads one: a private copy
// checked by SQLite, never a lock, never a byte written to the original (cli/workshopCopy.ts). A workshop
// open elsewhere is read too (a snapshot of it now). A file that cannot be read is listed with its reason,
// in the reader's language, and never stops the rest.
import fs from 'node:fs'
import path from 'node:path'
import { AppError, isAppError, type AppErrorShape } from '@shared/errors'
import { errorMessage, type Translate } from '@shared/i18n'
import { summarizeArea } from '@shared/overview/areaSummary'
import type { OverviewEntry } from '@shared/overview/buildOverview'
import { withWorkshopCopy } from '../cli/workshopCopy'

export const WORKSHOP_EXTENSION = '.handlekraft'

/** Today as the overview judges "overdue": the local calendar date. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * The workshop files in a folder, by name (sub-folders only when `recursive`). Links and odd files are
 * listed too when their name says workshop: reading them refuses them with a reason, which is what the
 * coordinator needs to see.
 */
export function listWorkshopFiles(folder: string, recursive = false): string[] {
  const root = path.resolve(folder)
  let stats: fs.Stats
  try {
    stats = fs.statSync(root)
  } catch {
    throw new AppError('folder-not-found', { file: path.basename(root) })
  }
  if (!stats.isDirectory()) throw new AppError('not-found', { file: path.basename(root) })
  const found: string[] = []
  const visit = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'da'))
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (recursive) visit(full)
      } else if (entry.name.endsWith(WORKSHOP_EXTENSION) && !entry.name.startsWith('.')) found.push(full)
    }
  }
  visit(root)
  return found
}

/** Folders become their workshop files; files are taken as given (the person chose them). */
export function expandPaths(paths: readonly string[], recursive = false): string[] {
  const files: string[] = []
  for (const given of paths) {
    const full = path.resolve(given)
    let isFolder = false
    try {
      isFolder = fs.statSync(full).isDirectory()
    } catch {
      isFolder = false // a missing file is read below and refused with its reason
    }
    files.push(...(isFolder ? listWorkshopFiles(full, recursive) : [full]))
  }
  return [...new Set(files)]
}

function refusal(error: unknown, file: string): AppErrorShape {
  if (isAppError(error)) return error.toShape()
  return { code: 'internal', params: { file }, detail: error instanceof Error ? error.message : String(error) }
}

/** One file, read or refused; never throws. */
export function readAreaFile(filePath: string, today: string, t: Translate): OverviewEntry {
  const full = path.resolve(filePath)
  const file = path.basename(full)
  try {
    const area = withWorkshopCopy(full, (store) => summarizeArea(store.doc, today), { evenIfOpen: true })
    return { file, path: full, ok: true, area }
  } catch (error) {
    const shape = refusal(error, file)
    // The row already names the file, so the reason is said without repeating it.
    const message = errorMessage(t, { ...shape, params: { ...shape.params, file: '' } })
    return { file, path: full, ok: false, error: { ...shape, message } }
  }
}
