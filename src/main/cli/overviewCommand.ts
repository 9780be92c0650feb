// `handlekraft overview <folder|files…> [--json] [--csv DIR] [--pdf out.pdf] [--lang da|en]`: many workshops
// side by side (issue 14). Every file is read like `info` reads one (a private copy, never locked or
// changed); a file that cannot be read is listed with its reason and never stops the rest. The JSON's shape
// is documented in src/shared/overview/buildOverview.ts. Exit code 0 when every file was read, 1 when any
// was refused (the overview of the others is still printed and exported).
import path from 'node:path'
import { IsoDate } from '@shared/model/records'
import type { Overview } from '@shared/overview/buildOverview'
import type { CliContext } from './context'
import { overviewLines } from './overviewTables'
import { printOverviewPdf } from './overviewPdf'
import { parseCommandLine, UsageError } from './parseCommandLine'
import { exportOverviewCsv } from '../overview/exportOverviewCsv'
import { localToday } from '../overview/readOverview'
import { readOverviewSync } from '../overview/readOverviewFiles'

const OPTIONS = {
  json: { type: 'boolean' },
  csv: { type: 'string' },
  pdf: { type: 'string' },
  recursive: { type: 'boolean' },
  today: { type: 'string' },
  replace: { type: 'boolean' },
} as const

export function parseOverviewArgs(ctx: CliContext, args: string[]) {
  const { values, positionals } = parseCommandLine(args, OPTIONS, ctx.t, 'overview')
  if (positionals.length === 0) throw new UsageError(ctx.t('cli.overview.missingPaths'), 'overview')
  if (values.today !== undefined && !IsoDate.safeParse(values.today).success) {
    throw new UsageError(ctx.t('cli.overview.badToday'), 'overview')
  }
  return { values, positionals, today: values.today ?? localToday() }
}

export function readForCli(
  ctx: CliContext,
  args: string[],
): { overview: Overview; values: ReturnType<typeof parseOverviewArgs>['values'] } {
  const { values, positionals, today } = parseOverviewArgs(ctx, args)
  return { overview: readOverviewSync(positionals, today, ctx.t, values.recursive ?? false), values }
}

export function printAndExport(
  ctx: CliContext,
  overview: Overview,
  values: { json?: boolean; csv?: string; replace?: boolean },
): number {
  if (values.json) ctx.io.out(JSON.stringify(overview, null, 2))
  else for (const line of overviewLines(overview, ctx.t)) ctx.io.out(line)
  if (values.csv) {
    const result = exportOverviewCsv(overview, values.csv, ctx.t, { replace: values.replace })
    ;(values.json ? ctx.io.err : ctx.io.out)(ctx.t('cli.overview.csvWritten', { folder: result.folder }))
  }
  return overview.totals.refused > 0 ? 1 : 0
}

export function runOverview(ctx: CliContext, args: string[]): number | Promise<number> {
  const { overview, values } = readForCli(ctx, args)
  const code = printAndExport(ctx, overview, values)
  const pdf = values.pdf
  if (pdf === undefined) return code
  return printOverviewPdf(overview, pdf, ctx.language, { replace: values.replace }).then((pages) => {
    ;(values.json ? ctx.io.err : ctx.io.out)(ctx.t('cli.overview.pdfWritten', { file: path.resolve(pdf), pages }))
    return code
  })
}
