// What every CLI command gets: where to print, the translator and the message language. Passed in rather
// than taken from `process`, so tests run commands in-process and read what they printed.
import { createI18n, pickLanguage, type Translate } from '@shared/i18n'
import { Language } from '@shared/model/records'
import { cliDa } from './texts/da'
import { cliEn } from './texts/en'
import { cliExchangeDa } from './texts/exchangeDa'
import { cliExchangeEn } from './texts/exchangeEn'
import { cliOverviewDa } from './texts/overviewDa'
import { cliOverviewEn } from './texts/overviewEn'
import type { PhaseTimings } from '../timing/phaseTimings'
import type { ChromiumPipe } from '../report/chromiumPipe'

export interface CliIo {
  out(text: string): void
  err(text: string): void
}

export interface CliContext {
  io: CliIo
  t: Translate
  language: Language
  /** Where the time goes, phase by phase (HANDLEKRAFT_TIMINGS=1); records nothing otherwise. */
  timings: PhaseTimings
  /** Chromium already started for an export that prints (earlyChromium.ts), or null. */
  chromium: ChromiumPipe | null
}

/** The app's translator with the CLI's own lines added under `cli.`, so one `t` speaks both. */
export function cliTranslator(language: Language): Translate {
  const i18n = createI18n(language)
  i18n.addResourceBundle('da', 'translation', { cli: cliDa }, true, true)
  i18n.addResourceBundle('en', 'translation', { cli: cliEn }, true, true)
  i18n.addResourceBundle('da', 'translation', { cli: cliExchangeDa }, true, true)
  i18n.addResourceBundle('en', 'translation', { cli: cliExchangeEn }, true, true)
  i18n.addResourceBundle('da', 'translation', { cli: cliOverviewDa }, true, true)
  i18n.addResourceBundle('en', 'translation', { cli: cliOverviewEn }, true, true)
  return i18n.t.bind(i18n) as unknown as Translate
}

/** The locale the environment asks for, in POSIX precedence order. */
export function environmentLocale(env: Record<string, string | undefined>): string {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
}

/**
 * The message language before the arguments are fully parsed (a usage error must already be translated):
 * an explicit, valid `--lang` wins, else the environment's locale.
 */
export function messageLanguage(args: readonly string[], env: Record<string, string | undefined>): Language {
  for (const [index, arg] of args.entries()) {
    const value = arg.startsWith('--lang=')
      ? arg.slice('--lang='.length)
      : arg === '--lang'
        ? args[index + 1]
        : undefined
    const parsed = Language.safeParse(value)
    if (parsed.success) return parsed.data
  }
  return pickLanguage(environmentLocale(env))
}
