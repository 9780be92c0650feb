// Where the browser shell keeps its state and workshops, and which language the machine speaks. The
// HANDLEKRAFT_* variables let tests (and careful users) point the app at fresh folders.
import { homedir } from 'node:os'
import { join } from 'node:path'

type Env = Record<string, string | undefined>

export function appDataDirFrom(env: Env, home = homedir()): string {
  if (env.HANDLEKRAFT_HOME) return env.HANDLEKRAFT_HOME
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'handlekraft')
}

export function workshopsFolderFrom(env: Env, home = homedir()): string {
  return env.HANDLEKRAFT_WORKSHOPS || join(home, 'Handlekraft')
}

/** "da_DK.UTF-8" -> "da-DK"; "C" and "POSIX" say nothing about the language. */
export function localeFromPosix(value: string | undefined): string | null {
  if (!value) return null
  const base = value.split('.')[0]!.split('@')[0]!
  if (base === '' || base === 'C' || base === 'POSIX') return null
  if (!/^[a-zA-Z]{2,3}(_[a-zA-Z]{2})?$/.test(base)) return null
  return base.replace('_', '-')
}

/** The first language-bearing POSIX variable, in the order the C library reads them, else what Intl says. */
export function localeFrom(env: Env, intlLocale = Intl.DateTimeFormat().resolvedOptions().locale): string {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const locale = localeFromPosix(env[name])
    if (locale) return locale
  }
  return intlLocale
}
