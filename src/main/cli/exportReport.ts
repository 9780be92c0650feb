// The report half of `handlekraft export <file> --pdf out.pdf [--paper A4|Letter] [--names] --png out.png
// [--scale 1|2|4]`: the PDF report and the board picture, printed by the system Chromium. The workshop is read
// from a private copy (withWorkshopCopy), like every other export, so the file itself is never touched.
// The report's language is the workshop's own unless --lang says otherwise.
import path from 'node:path'
import { workshopOf, type WorkshopDoc } from '@shared/model/document'
import { PAPER_SIZES, PNG_SCALES, ReportOptions, type PngScale } from '@shared/report/reportOptions'
import { createPipePrinter } from '../report/pipePrinter'
import { rendererDir } from '../shellPaths'
import type { CliContext } from './context'
import { choice, UsageError } from './parseCommandLine'

export const REPORT_EXPORT_OPTIONS = {
  pdf: { type: 'string' },
  png: { type: 'string' },
  scale: { type: 'string' },
  paper: { type: 'string' },
  names: { type: 'boolean' },
} as const

export interface ReportExportValues {
  pdf?: string
  png?: string
  scale?: string
  paper?: string
  names?: boolean
  lang?: string
}

export function wantsReportExport(values: ReportExportValues): boolean {
  return values.pdf !== undefined || values.png !== undefined
}

/** Checks the report options before any work, so a typo is a usage error (exit 2), not a failed print. */
function checkValues(ctx: CliContext, values: ReportExportValues) {
  const scaleText = choice(values.scale, PNG_SCALES.map(String), '--scale', ctx.t, 'export')
  const paper = choice(values.paper, PAPER_SIZES, '--paper', ctx.t, 'export')
  if (values.png === undefined && values.scale !== undefined)
    throw new UsageError(ctx.t('report.cli.scaleNeedsPng'), 'export')
  return { scale: (scaleText === undefined ? 2 : Number(scaleText)) as PngScale, paper }
}

const kilobytes = (bytes: number, language: string) =>
  new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 0 }).format(bytes / 1024)

export async function runReportExport(
  ctx: CliContext,
  values: ReportExportValues,
  readDoc: () => WorkshopDoc,
  env: Record<string, string | undefined> = process.env,
  renderer: string = rendererDir(),
): Promise<number> {
  const { scale, paper } = checkValues(ctx, values)
  const printer = createPipePrinter({ rendererDir: renderer, env, timings: ctx.timings, launched: ctx.chromium })
  // Chromium starts (its own processes) while this one reads the workshop: the two no longer wait for each other.
  printer.start()
  try {
    const doc = readDoc()
    const language = values.lang === 'da' || values.lang === 'en' ? values.lang : workshopOf(doc).language
    if (values.pdf !== undefined) {
      const started = performance.now()
      const options = ReportOptions.parse({ language, paper, includeNames: values.names ?? false })
      const result = await printer.pdf({ doc, options, out: path.resolve(values.pdf) })
      ctx.io.out(
        ctx.t('report.cli.pdf', {
          file: result.path,
          pages: result.pages,
          size: kilobytes(result.bytes, ctx.language),
          ms: Math.round(performance.now() - started),
        }),
      )
    }
    if (values.png !== undefined) {
      const started = performance.now()
      const result = await printer.png({ doc, options: { scale }, out: path.resolve(values.png) })
      ctx.io.out(
        ctx.t('report.cli.png', {
          file: result.path,
          width: result.width,
          height: result.height,
          ms: Math.round(performance.now() - started),
        }),
      )
    }
    return 0
  } finally {
    await ctx.timings.measureAsync('close Chromium', () => printer.close())
  }
}
