// The CLI's dispatcher: picks the command, handles --help, and turns every outcome into an exit code:
// 0 done, 1 a problem with the file (translated), 2 a mistake on the command line (translated + hint).
import { isAppError } from '@shared/errors'
import { errorMessage } from '@shared/i18n'
import { runCheck } from './checkCommand'
import { cliTranslator, messageLanguage, type CliContext, type CliIo } from './context'
import { runDemo } from './demoCommand'
import { runExport } from './exportCommand'
import { runImport } from './importCommand'
import { runInfo } from './infoCommand'
import { runNew } from './newCommand'
import { runOverview } from './overviewCommand'
import { parseCommandLine, UsageError } from './parseCommandLine'
import { createPhaseTimings, NO_TIMINGS, timingsWanted } from '../timing/phaseTimings'
import type { ChromiumPipe } from '../report/chromiumPipe'

const CLI_COMMANDS: Record<string, (ctx: CliContext, args: string[]) => number | Promise<number>> = {
  new: runNew,
  demo: runDemo,
  check: runCheck,
  info: runInfo,
  export: runExport,
  import: runImport,
  overview: runOverview,
}

function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--')
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')
}

/** The whole CLI, for the real process: a command may finish later (export --pdf prints with Chromium). */
export async function runCliAsync(
  argv: string[],
  io: CliIo,
  env: Record<string, string | undefined> = {},
  chromium: ChromiumPipe | null = null,
): Promise<number> {
  return dispatch(argv, io, env, chromium)
}

/** The CLI in-process for commands that finish at once (every command but `export --pdf/--png`). */
export function runCli(argv: string[], io: CliIo, env: Record<string, string | undefined> = {}): number {
  const outcome = dispatch(argv, io, env)
  if (typeof outcome !== 'number') throw new Error('this command finishes later: call runCliAsync')
  return outcome
}

function dispatch(
  argv: string[],
  io: CliIo,
  env: Record<string, string | undefined>,
  chromium: ChromiumPipe | null = null,
): number | Promise<number> {
  const timings = timingsWanted(env) ? createPhaseTimings() : NO_TIMINGS
  const language = messageLanguage(argv, env)
  const t = timings.measure('translations', () => cliTranslator(language))
  const ctx: CliContext = { io, t, language, timings, chromium }
  const [command, ...rest] = argv
  try {
    if (command === undefined || command.startsWith('-')) {
      // No command: only the tool's own options make sense here.
      const { values } = parseCommandLine(argv, {}, t, null)
      if (values.help) {
        io.out(t('cli.help.main'))
        return 0
      }
      throw new UsageError(t('cli.usage.noCommand'), null)
    }
    const run = CLI_COMMANDS[command]
    if (!run) throw new UsageError(t('cli.usage.unknownCommand', { command }), null)
    if (wantsHelp(rest)) {
      io.out(t(`cli.help.${command}`))
      return 0
    }
    const outcome = run(ctx, rest)
    if (typeof outcome === 'number') return printTimings(outcome)
    return outcome.catch(fail).then(printTimings)
  } catch (error) {
    return fail(error)
  }

  function printTimings(code: number): number {
    for (const line of timings.lines()) io.err(line)
    return code
  }

  function fail(error: unknown): number {
    if (error instanceof UsageError) {
      io.err(error.message)
      io.err(error.command ? t('cli.usage.seeHelp', { command: error.command }) : t('cli.usage.seeMainHelp'))
      return 2
    }
    if (isAppError(error)) {
      io.err(errorMessage(t, error.toShape()))
      return 1
    }
    io.err(errorMessage(t, { code: 'internal', params: {} }))
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error))
    return 1
  }
}
