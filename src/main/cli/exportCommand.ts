// `handlekraft export <file> --json out.json --csv DIR`: exports from a private copy of the workshop
// (withWorkshopCopy), so the workshop file itself is never opened for writing, locked or migrated.
import path from 'node:path'
import { APP_VERSION_FOR_EXPORTS } from '../exchange/exportedBy'
import { exportCsv, exportJson } from '../exchange/exportWorkshop'
import type { CliContext } from './context'
import { REPORT_EXPORT_OPTIONS, runReportExport, wantsReportExport } from './exportReport'
import { reportExchangeErrors } from './exchangeErrors'
import { oneFile, parseCommandLine, UsageError } from './parseCommandLine'
import { withWorkshopCopy } from './workshopCopy'

export const EXPORT_OPTIONS = {
  json: { type: 'string' },
  csv: { type: 'string' },
  replace: { type: 'boolean' },
  ...REPORT_EXPORT_OPTIONS,
} as const

export function runExport(ctx: CliContext, args: string[]): number | Promise<number> {
  const { values, positionals } = parseCommandLine(args, EXPORT_OPTIONS, ctx.t, 'export')
  const file = path.resolve(oneFile(positionals, ctx.t, 'export'))
  if (!values.json && !values.csv && !wantsReportExport(values))
    throw new UsageError(ctx.t('cli.usage.exportNeedsTarget'), 'export')
  const exchanged = !values.json && !values.csv ? 0 : exportData(ctx, file, values)
  // The PDF and PNG (exportReport.ts) are printed by Chromium, asynchronously, from their own private copy.
  if (exchanged !== 0 || !wantsReportExport(values)) return exchanged
  return runReportExport(ctx, values, () =>
    ctx.timings.measure('read workshop (inspect + private copy)', () => withWorkshopCopy(file, (store) => store.doc)),
  )
}

function exportData(ctx: CliContext, file: string, values: { json?: string; csv?: string; replace?: boolean }): number {
  return reportExchangeErrors(ctx, () =>
    withWorkshopCopy(file, (store) => {
      if (values.json) {
        const started = performance.now()
        const result = exportJson(store.doc, values.json, {
          replace: values.replace,
          exportedBy: APP_VERSION_FOR_EXPORTS,
        })
        const size = new Intl.NumberFormat(ctx.language === 'da' ? 'da-DK' : 'en-GB', {
          maximumFractionDigits: 0,
        }).format(result.bytes / 1024)
        ctx.io.out(ctx.t('cli.export.json', { file: result.path, size, ms: Math.round(performance.now() - started) }))
      }
      if (values.csv) {
        const started = performance.now()
        const result = exportCsv(store.doc, values.csv, { replace: values.replace })
        ctx.io.out(ctx.t('cli.export.csv', { folder: result.folder, ms: Math.round(performance.now() - started) }))
      }
      return 0
    }),
  )
}
