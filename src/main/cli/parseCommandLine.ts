// node:util parseArgs with the app's manners: every mistake becomes a translated UsageError (exit code 2),
// choices are checked, and --help/--lang are accepted by every command.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { Translate } from '@shared/i18n'

export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to point at, or null for the tool's help. */
    readonly command: string | null,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>

export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies OptionsConfig

type CommandLineConfig<O extends OptionsConfig> = {
  args: string[]
  options: typeof COMMON_OPTIONS & O
  allowPositionals: true
  strict: true
}
export type ParsedCommandLine<O extends OptionsConfig> = ReturnType<typeof parseArgs<CommandLineConfig<O>>>

/** The quoted name in Node's parseArgs messages ("Unknown option '--x'"), which carry no structured field. */
function quoted(message: string): string {
  return /'([^']+)'/.exec(message)?.[1] ?? message
}

export function parseCommandLine<O extends OptionsConfig>(
  args: string[],
  options: O,
  t: Translate,
  command: string | null,
): ParsedCommandLine<O> {
  try {
    const config: CommandLineConfig<O> = {
      args,
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    }
    return parseArgs(config)
  } catch (error) {
    const code = (error as { code?: string }).code
    const message = (error as Error).message
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(t('cli.usage.unknownOption', { option: quoted(message) }), command)
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(t('cli.usage.missingValue', { option: quoted(message).split(' ')[0] }), command)
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(t('cli.usage.unexpectedArgument', { argument: quoted(message) }), command)
    }
    throw new UsageError(t('cli.usage.badArguments', { detail: message }), command)
  }
}

/** An option value that must be one of a fixed list (--lang da|en, --template …). */
export function choice<T extends string>(
  value: string | undefined,
  choices: readonly T[],
  option: string,
  t: Translate,
  command: string,
): T | undefined {
  if (value === undefined) return undefined
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new UsageError(t('cli.usage.badChoice', { option, choices: choices.join(', ') }), command)
}

/** Exactly one positional argument: the workshop file. */
export function oneFile(positionals: string[], t: Translate, command: string): string {
  if (positionals.length === 0) throw new UsageError(t('cli.usage.missingFile'), command)
  if (positionals.length > 1) throw new UsageError(t('cli.usage.tooManyFiles'), command)
  return positionals[0]!
}
