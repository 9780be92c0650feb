// The browser shell: the same Api as Electron, served on loopback to a Chromium window (or any browser
// the user points at the printed address).
import { resolve } from 'node:path'
import { createApi } from '../api/createApi'
import { createPlaywrightPrinter } from '../report/playwrightPrinter'
import type { Api, ShellServices } from '../api/types'
import { rendererDir } from '../shellPaths'
import { openAppWindow, type AppWindow } from './appWindow'
import { appDataDirFrom, localeFrom, workshopsFolderFrom } from './environment'
import { findChromium } from './findChromium'
import { startHost } from './server'

export interface BrowserShellOptions {
  port: number
  /** Bind address; loopback unless chosen otherwise. */
  address?: string
  /** A .handlekraft file to show first. */
  workshopPath?: string
  /** Open a Chromium app window. */
  open: boolean
  env?: Record<string, string | undefined>
  /** The one line for the user on stdout (the address). */
  say?: (line: string) => void
  /** Notices that are not the address (stderr), so stdout stays one parseable line. */
  warn?: (line: string) => void
  /** Called when the user closes the app window we opened. */
  onWindowClosed?: () => void
  /** The built renderer; defaults to out/renderer of this project. */
  rendererDir?: string
}

export interface BrowserShell {
  url: string
  api: Api
  close(): Promise<void>
}

export const RUNNING_PREFIX = 'Handlekraft running at '

export function browserServices(env: Record<string, string | undefined>): ShellServices {
  return {
    shell: 'browser',
    appDataDir: appDataDirFrom(env),
    workshopsFolder: workshopsFolderFrom(env),
    locale: localeFrom(env),
    // No chooseWorkshop: a page cannot show the machine's file dialog, so the UI asks for a path.
  }
}

/**
 * The page learns which workshop to show from `open=<path>` in its address. The file is opened here first
 * so a refusal is also reported in the terminal; the page's own workshop.open then gets the same handle
 * (or shows the same refusal, translated).
 */
async function preopen(api: Api, workshopPath: string, warn: (line: string) => void): Promise<string> {
  const path = resolve(workshopPath)
  const result = await api.call('workshop.open', { path })
  if (!result.ok)
    warn(`Could not open ${path}: ${result.error.code}${result.error.detail ? ` (${result.error.detail})` : ''}`)
  return `&open=${encodeURIComponent(path)}`
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const env = options.env ?? process.env
  const say = options.say ?? ((line: string) => console.log(line))
  const warn = options.warn ?? ((line: string) => console.error(line))
  // The report printer starts Chromium only when a PDF or PNG is first asked for.
  const reportPrinter = createPlaywrightPrinter({ rendererDir: options.rendererDir ?? rendererDir(), env })
  const api = createApi({ ...browserServices(env), reportPrinter })
  const host = await startHost({
    api,
    rendererDir: options.rendererDir ?? rendererDir(),
    port: options.port,
    address: options.address,
  })
  const openParam = options.workshopPath ? await preopen(api, options.workshopPath, warn) : ''
  const url = host.url + openParam
  say(`${RUNNING_PREFIX}${url}`)

  let window: AppWindow | null = null
  if (options.open) {
    const browser = findChromium(env)
    if (browser === null) {
      warn('No Chromium or Chrome found (set CHROME_PATH to use another); open the address above in a browser.')
    } else {
      window = openAppWindow(browser, url)
      void window.closed.then((end) => {
        if (end.launched) options.onWindowClosed?.()
        else warn(`Could not start ${browser} (${end.error}); open the address above in a browser.`)
      })
    }
  }

  let closing: Promise<void> | null = null
  return {
    url,
    api,
    close() {
      closing ??= (async () => {
        await window?.close()
        await host.close()
        await reportPrinter.close()
        api.closeAll()
      })()
      return closing
    },
  }
}
