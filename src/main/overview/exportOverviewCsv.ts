// Writes the overview's areas.csv and projects.csv into a folder, both completely or neither
// (writeFilesAtomically), with the same refusals as the workshop's CSV export.
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '@shared/errors'
import type { Translate } from '@shared/i18n'
import type { Overview } from '@shared/overview/buildOverview'
import { buildOverviewCsv, OVERVIEW_CSV_FILES } from '@shared/overview/overviewCsv'
import { makeFolder } from '../exchange/exportWorkshop'
import { writeFilesAtomically } from '../exchange/writeFilesAtomically'

export function exportOverviewCsv(
  overview: Overview,
  folder: string,
  t: Translate,
  options: { replace?: boolean } = {},
): { folder: string; files: string[] } {
  const target = path.resolve(folder)
  if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) {
    throw new AppError('file-exists', { file: path.basename(target) }, 'the CSV export needs a folder, not a file')
  }
  makeFolder(target)
  const files = buildOverviewCsv(overview, t)
  const entries = OVERVIEW_CSV_FILES.map((name) => ({ path: path.join(target, name), content: files[name] }))
  writeFilesAtomically(entries, { replace: options.replace })
  return { folder: target, files: entries.map((entry) => entry.path) }
}
