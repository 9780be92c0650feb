// Opens the app in a system Chromium window of its own. A fresh profile folder per launch means this
// window is its own browser process (not a tab handed to a running Chrome), so we can tell when it closes.
// The entry address reaches the window through a page in that private folder, never through its arguments.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeLaunchPage } from './launchPage'

const QUICK_FAILURE_MS = 5000
const CLOSE_WAIT_MS = 3000

export type WindowEnd = { launched: true } | { launched: false; error: string }

export interface AppWindow {
  /** Resolves when the window's browser process ends, or could not start at all. */
  closed: Promise<WindowEnd>
  /** Ends the browser and removes its profile folder (waits a few seconds at most). */
  close(): Promise<void>
}

/** `launchUrl` is the file: address of the launch page; the arguments are readable by every user. */
export function appWindowArgs(launchUrl: string, userDataDir: string, runningAsRoot: boolean): string[] {
  return [
    `--app=${launchUrl}`,
    `--user-data-dir=${userDataDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    // Chromium refuses to start as root with its sandbox on; only then do we turn it off.
    ...(runningAsRoot ? ['--no-sandbox'] : []),
  ]
}

/**
 * `entryUrl` gives a fresh entry address whose code calls `onUse` when spent: the launch page holding it is
 * then deleted.
 */
export function openAppWindow(
  browserPath: string,
  entryUrl: (onUse: () => void) => string,
  env: Record<string, string | undefined> = process.env,
): AppWindow {
  // mkdtemp makes the folder 0700: only this user can read the launch page or the profile (its cookie).
  const userDataDir = mkdtempSync(join(tmpdir(), 'handlekraft-window-'))
  let removeLaunchPage = () => {}
  const launchPage = writeLaunchPage(
    userDataDir,
    entryUrl(() => removeLaunchPage()),
  )
  removeLaunchPage = launchPage.remove
  const args = appWindowArgs(launchPage.fileUrl, userDataDir, process.getuid?.() === 0)
  const child: ChildProcess = spawn(browserPath, args, { stdio: 'ignore', env })
  const startedAt = Date.now()
  const closed = new Promise<WindowEnd>((resolve) => {
    child.once('exit', (code) => {
      // A browser that fails within seconds (no display, bad profile) never showed a window: the app
      // keeps serving the printed address instead of quitting as if the user had closed it.
      if (code !== 0 && Date.now() - startedAt < QUICK_FAILURE_MS)
        resolve({ launched: false, error: `exited with code ${code}` })
      else resolve({ launched: true })
    })
    child.once('error', (error) => resolve({ launched: false, error: error.message }))
  })
  // The profile folder is ours alone; Chromium's helper processes may still be writing for a moment after
  // the main one ends, hence the retries. A leftover empty temp folder is not worth failing over.
  const removeProfile = () => {
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
    } catch {
      // ignore: see above
    }
  }
  const finished = closed.then(removeProfile)
  return {
    closed,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS))])
    },
  }
}
