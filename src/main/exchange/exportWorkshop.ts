// Exports of an open workshop: the JSON exchange file, and the three CSV files in a folder.
import fs from 'node:fs'
import path from 'node:path'
import { buildCsvFiles, CSV_FILE_NAMES, type CsvOptions } from '@shared/exchange/csvTables'
import { exchangeText, toExchange } from '@shared/exchange/toExchange'
import { AppError } from '@shared/errors'
import { createI18n, type Translate } from '@shared/i18n'
import { workshopOf, type WorkshopDoc } from '@shared/model/document'
import { explainWriteFailure, toAppError } from '../core/sqliteErrors'
import { writeFilesAtomically } from './writeFilesAtomically'

export interface ExportResult {
  path: string
  bytes: number
}

export function exportJson(
  doc: WorkshopDoc,
  target: string,
  options: { replace?: boolean; exportedBy: string },
): ExportResult {
  const text = exchangeText(toExchange(doc, options.exportedBy))
  makeFolder(path.dirname(path.resolve(target)))
  const [written] = writeFilesAtomically([{ path: target, content: text }], { replace: options.replace })
  return { path: written!, bytes: Buffer.byteLength(text, 'utf8') }
}

/** notes, votes, projects, actors, links and matches as CSV files in `folder` (made if missing), in the workshop's language. */
export function exportCsv(
  doc: WorkshopDoc,
  folder: string,
  options: { replace?: boolean } & CsvOptions = {},
): { folder: string; files: ExportResult[] } {
  const target = path.resolve(folder)
  if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) {
    throw new AppError('file-exists', { file: path.basename(target) }, 'the CSV export needs a folder, not a file')
  }
  makeFolder(target)
  const language = workshopOf(doc).language
  const i18n = createI18n(language)
  const t = i18n.t.bind(i18n) as unknown as Translate
  const files = buildCsvFiles(doc, t, options)
  const entries = CSV_FILE_NAMES.map((name) => ({ path: path.join(target, name), content: files[name] }))
  writeFilesAtomically(entries, { replace: options.replace })
  return {
    folder: target,
    files: entries.map((entry) => ({ path: entry.path, bytes: Buffer.byteLength(entry.content, 'utf8') })),
  }
}

/** Like `mkdir -p`; a folder that cannot be made says why (read-only, no space). */
export function makeFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true })
  } catch (error) {
    throw explainWriteFailure(toAppError(error, path.basename(folder)), folder)
  }
}
