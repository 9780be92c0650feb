// Where a new workshop goes when the facilitator did not choose: the workshops folder, named after the
// title, never over an existing file.
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '@shared/errors'
import { FILE_EXTENSION } from './fileFormat'

export function safeFileStem(title: string): string {
  const stem = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
  return stem || 'workshop'
}

export function newWorkshopPath(folder: string, title: string): string {
  fs.mkdirSync(folder, { recursive: true })
  const stem = safeFileStem(title)
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, `${stem}${n === 1 ? '' : ` (${n})`}${FILE_EXTENSION}`)
    if (!fs.existsSync(candidate)) return candidate
  }
}

/**
 * A folder the facilitator chose for a new workshop, which must already be there: a mistyped folder is
 * refused (`folder-not-found`), never made, so nothing lands somewhere nobody will look.
 */
export function existingFolder(folder: string): string {
  const resolved = path.resolve(folder)
  let isFolder = false
  try {
    isFolder = fs.statSync(resolved).isDirectory()
  } catch {
    isFolder = false
  }
  if (!isFolder) throw new AppError('folder-not-found', { file: resolved })
  return resolved
}
