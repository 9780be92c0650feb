// `overview --pdf out.pdf`: the overview report printed by the system Chromium, like `export --pdf`.
import path from 'node:path'
import type { Language } from '@shared/model/records'
import type { Overview } from '@shared/overview/buildOverview'
import { AppError } from '@shared/errors'
import fs from 'node:fs'
import { createPipePrinter } from '../report/pipePrinter'
import { rendererDir } from '../shellPaths'

export async function printOverviewPdf(
  overview: Overview,
  out: string,
  language: Language,
  options: { replace?: boolean; env?: Record<string, string | undefined> } = {},
): Promise<number> {
  const target = path.resolve(out)
  if (!options.replace && fs.existsSync(target)) throw new AppError('file-exists', { file: target })
  const printer = createPipePrinter({ rendererDir: rendererDir(), env: options.env ?? process.env })
  try {
    return (await printer.overviewPdf({ overview, language, out: target })).pages
  } finally {
    await printer.close()
  }
}
