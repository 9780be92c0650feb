// Opens the app in a system Chromium window of its own. A fresh profile folder per launch means this
// window is its own browser process (not a tab handed to a running Chrome), so we can tell when it closes.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type WindowEnd = { launched: true } | { launched: false; error: string }

export interface AppWindow {
  /** Resolves when the window's browser process ends, or could not start at all. */
  closed: Promise<WindowEnd>
  close(): void
}

export function appWindowArgs(url: string, userDataDir: string, runningAsRoot: boolean): string[] {
  return [
    `--app=${url}`,
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

export function openAppWindow(browserPath: string, url: string): AppWindow {
  const userDataDir = mkdtempSync(join(tmpdir(), 'handlekraft-window-'))
  const child: ChildProcess = spawn(browserPath, appWindowArgs(url, userDataDir, process.getuid?.() === 0), {
    stdio: 'ignore',
  })
  const closed = new Promise<WindowEnd>((resolve) => {
    child.once('exit', () => resolve({ launched: true }))
    child.once('error', (error) => resolve({ launched: false, error: error.message }))
  })
  void closed.then(() => rmSync(userDataDir, { recursive: true, force: true }))
  return {
    closed,
    close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    },
  }
}
