// Finds a Chromium-family browser to show the app in its own window (--app), without a tab strip.
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** CHROME_PATH first (when it names a runnable file), then the usual names on PATH. */
export function findChromium(env: Record<string, string | undefined>, isRunnable = isExecutableFile): string | null {
  if (env.CHROME_PATH && isRunnable(env.CHROME_PATH)) return env.CHROME_PATH
  const dirs = (env.PATH ?? '').split(delimiter).filter((dir) => dir.length > 0)
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name)
      if (isRunnable(candidate)) return candidate
    }
  }
  return null
}
