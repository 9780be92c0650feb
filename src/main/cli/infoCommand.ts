// `handlekraft info <file> [--json]`: counts over a workshop, as tables or as one JSON object whose shape is
// documented in src/shared/analysis/workshopSummary.ts. Never changes the file.
import path from 'node:path'
import { summarizeWorkshop } from '@shared/analysis/workshopSummary'
import type { CliContext } from './context'
import { infoLines } from './infoTables'
import { oneFile, parseCommandLine } from './parseCommandLine'
import { withWorkshopCopy } from './workshopCopy'

export function runInfo(ctx: CliContext, args: string[]): number {
  const { values, positionals } = parseCommandLine(args, { json: { type: 'boolean' } }, ctx.t, 'info')
  const file = path.resolve(oneFile(positionals, ctx.t, 'info'))
  const lines = withWorkshopCopy(file, (store) => {
    const summary = summarizeWorkshop(store.doc)
    return values.json ? [JSON.stringify(summary, null, 2)] : infoLines(summary, store.doc, ctx.t, ctx.language)
  })
  for (const line of lines) ctx.io.out(line)
  return 0
}
