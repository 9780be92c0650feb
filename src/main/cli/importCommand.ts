// `handlekraft import <in.json> <new.handlekraft>`: a new workshop file from a JSON export; refuses an
// existing target and writes nothing when the JSON is refused.
import path from 'node:path'
import { readImport, writeImportedWorkshop } from '../exchange/importWorkshop'
import type { CliContext } from './context'
import { reportExchangeErrors } from './exchangeErrors'
import { parseCommandLine, UsageError } from './parseCommandLine'

export function runImport(ctx: CliContext, args: string[]): number {
  const { positionals } = parseCommandLine(args, {}, ctx.t, 'import')
  if (positionals.length !== 2) throw new UsageError(ctx.t('cli.usage.importNeedsFiles'), 'import')
  const [source, target] = positionals as [string, string]
  return reportExchangeErrors(ctx, () => {
    const started = performance.now()
    const { doc, title } = readImport(path.resolve(source))
    const written = writeImportedWorkshop(doc, target)
    ctx.io.out(
      ctx.t('cli.import.created', {
        file: written,
        title,
        source: path.resolve(source),
        ms: Math.round(performance.now() - started),
      }),
    )
    return 0
  })
}
