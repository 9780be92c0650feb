// `export --pdf` / `--png` spend most of their time in Chromium, so the CLI starts Chromium before it loads the
// rest of its code (measured 0.15 s quiet, 0.6-0.8 s on a loaded machine): the browser's start-up then runs
// beside Node's. This file imports only node:* and the pipe, so it loads in a moment; the printer adopts the
// browser (pipePrinter.ts), and cli.ts closes it in any case when the command ends.
import { findChromium } from '../host/findChromium'
import { launchChromiumPipe, type ChromiumPipe } from '../report/chromiumPipe'

const REPORT_FLAGS = ['--pdf', '--png']

/** `export … --pdf|--png …` without --help: a command that will print with Chromium unless its arguments are wrong. */
export function willPrint(argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  const args = end === -1 ? argv : argv.slice(0, end)
  if (args[0] !== 'export' || args.includes('--help') || args.includes('-h')) return false
  return args.some((arg) => REPORT_FLAGS.some((flag) => arg === flag || arg.startsWith(`${flag}=`)))
}

/** Chromium started now for a command that will print, or null (another command, or no Chromium to start). */
export function startChromiumEarly(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): ChromiumPipe | null {
  if (!willPrint(argv)) return null
  const executablePath = findChromium(env) ?? findChromium({ PATH: '/usr/bin' })
  if (!executablePath) return null // the printer says "no browser found" in the user's language
  const browser = launchChromiumPipe(executablePath)
  browser.ready.catch(() => undefined) // the export that adopts it reports the failure
  return browser
}
