// The browser shell: the same Api as Electron, served on loopback to a Chromium window (or any browser
// the user points at the printed address).
import { resolve } from 'node:path'
import { createApi } from '../api/createApi'
import { createPipePrinter } from '../report/pipePrinter'
import type { Api, ShellServices } from '../api/types'
import { rendererDir } from '../shellPaths'
import { openAppWindow, type AppWindow } from './appWindow'
import { appDataDirFrom, localeFrom, workshopsFolderFrom } from './environment'
import { findChromium } from './findChromium'
import { startHost } from './server'
import { writeTokenFile, type TokenFile } from './tokenFile'
import { openRoomAtStart } from '../roomAtStart'

export interface BrowserShellOptions {
  port: number
  /** Bind address: a loopback address (default 127.0.0.1); anything else is refused. */
  address?: string
  /** Write the session token here (a new 0600 file) for scripts that call the API; removed on close. */
  tokenFile?: string
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
  /** The room (phones): where it listens, and whether to open it at start (`--room`). */
  room?: { open: boolean; host?: string; port?: number }
}

export interface BrowserShell {
  /** The printed address: a one-time entry code (spent by the first browser that opens it). */
  url: string
  origin: string
  /** The session token, for callers in this process; it is never printed or put in an address. */
  token: string
  api: Api
  close(): Promise<void>
}

export const RUNNING_PREFIX = 'Handlekraft running at '
export { ROOM_PREFIX } from '../roomAtStart'
/**
 * The window's code only has to survive Chromium's start, even a slow one on a loaded laptop. The printed
 * code has no time limit (a person may open it later), but it too works only once.
 */
export const WINDOW_ENTRY_LIFETIME_MS = 60_000
/**
 * The projector address the presenter controls show: long enough to walk to the second screen and type it,
 * short enough that a code read off the screen is soon worthless. Each showing gets a fresh code.
 */
export const PROJECTOR_ENTRY_LIFETIME_MS = 5 * 60_000

/** The projector page of a workshop, entered with a one-time code (the page then drops code and path). */
export function projectorEntryUrl(entryUrl: string, workshopPath: string): string {
  return `${entryUrl}&view=projector&open=${encodeURIComponent(workshopPath)}`
}

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
async function preopen(
  api: Api,
  workshopPath: string,
  warn: (line: string) => void,
  env: Record<string, string | undefined>,
): Promise<string> {
  // npm runs scripts in the app's own folder; INIT_CWD is where the user typed `npm start -- file`.
  const path = resolve(env.INIT_CWD || process.cwd(), workshopPath)
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
  const reportPrinter = createPipePrinter({ rendererDir: options.rendererDir ?? rendererDir(), env })
  const services: ShellServices = {
    ...browserServices(env),
    reportPrinter,
    room: { host: options.room?.host, port: options.room?.port, rendererDir: options.rendererDir ?? rendererDir() },
  }
  const api = createApi(services)
  const host = await startHost({
    api,
    rendererDir: options.rendererDir ?? rendererDir(),
    port: options.port,
    address: options.address,
  })
  // Known only now that the host runs; the handlers read the same services object.
  services.projectorAddress = (workshopPath) => ({
    address: projectorEntryUrl(host.entryUrl({ lifetimeMs: PROJECTOR_ENTRY_LIFETIME_MS }), workshopPath),
    expiresInMs: PROJECTOR_ENTRY_LIFETIME_MS,
  })
  let tokenFile: TokenFile | null = null
  try {
    if (options.tokenFile) tokenFile = writeTokenFile(options.tokenFile, host.token)
  } catch (error) {
    await host.close()
    throw new Error(`cannot write the token file ${options.tokenFile}: ${(error as Error).message}`, { cause: error })
  }
  const openParam = options.workshopPath ? await preopen(api, options.workshopPath, warn, env) : ''
  const url = host.entryUrl({ lifetimeMs: null }) + openParam
  say(`${RUNNING_PREFIX}${url}`)
  if (options.room?.open)
    openRoomAtStart(
      api,
      options.workshopPath ? resolve(env.INIT_CWD || process.cwd(), options.workshopPath) : null,
      say,
      warn,
    )

  let window: AppWindow | null = null
  if (options.open) {
    const browser = findChromium(env)
    if (browser === null) {
      warn('No Chromium or Chrome found (set CHROME_PATH to use another); open the address above in a browser.')
    } else {
      window = openAppWindow(
        browser,
        (onUse) => host.entryUrl({ lifetimeMs: WINDOW_ENTRY_LIFETIME_MS, onUse }) + openParam,
        env,
      )
      void window.closed.then((end) => {
        if (end.launched) options.onWindowClosed?.()
        else warn(`Could not start ${browser} (${end.error}); open the address above in a browser.`)
      })
    }
  }

  let closing: Promise<void> | null = null
  return {
    url,
    origin: host.origin,
    token: host.token,
    api,
    close() {
      closing ??= (async () => {
        await window?.close()
        await host.close()
        await reportPrinter.close()
        api.closeAll()
        tokenFile?.remove()
      })()
      return closing
    },
  }
}
