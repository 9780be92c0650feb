// The API handlers of the overview of many workshops (issue 14), spread into the handler table by
// handlers.ts. Reading is the same as the CLI's: a private copy per file, never a lock, never a write.
import path from 'node:path'
import type { ApiOutput, ApiParsedInput } from '@shared/api/contract'
import { AppError } from '@shared/errors'
import { createI18n, type Translate } from '@shared/i18n'
import type { Language } from '@shared/model/records'
import { buildOverview } from '@shared/overview/buildOverview'
import type { ShellServices } from '../api/types'
import { exportOverviewCsv } from './exportOverviewCsv'
import { expandPaths, readAreaFile } from './readOverview'
import fs from 'node:fs'

type OverviewMethod = 'overview.list' | 'overview.read' | 'overview.exportPdf' | 'overview.exportCsv'
type OverviewHandlers = {
  [M in OverviewMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> | ApiOutput<M>
}

const translator = (language: Language) => createI18n(language).t as unknown as Translate

function readAll(files: readonly string[], today: string, language: Language) {
  const t = translator(language)
  return buildOverview(
    files.map((file) => readAreaFile(file, today, t)),
    today,
  )
}

export function overviewHandlers(services: ShellServices): OverviewHandlers {
  return {
    'overview.list': ({ paths, recursive }) => ({ files: expandPaths(paths, recursive) }),
    'overview.read': ({ files, today, language }) => {
      const t = translator(language)
      return { entries: files.map((file) => readAreaFile(file, today, t)) }
    },
    'overview.exportCsv': ({ files, today, language, folder, replace }) => {
      const result = exportOverviewCsv(readAll(files, today, language), folder, translator(language), { replace })
      services.revealFile?.(result.folder)
      return result
    },
    'overview.exportPdf': async ({ files, today, language, path: target, replace }) => {
      const out = path.resolve(target)
      if (!replace && fs.existsSync(out)) throw new AppError('file-exists', { file: out })
      const printer = services.reportPrinter
      if (!printer?.overviewPdf) throw new AppError('no-browser')
      const result = await printer.overviewPdf({ overview: readAll(files, today, language), language, out })
      services.revealFile?.(result.path)
      return result
    },
  }
}
