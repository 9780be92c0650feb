// Which workshop file a launch asks for: the last command-line argument that names a .handlekraft file.
// Electron and Chromium add switches of their own (and `electron .` adds the app folder), so we pick, not index.
import { isAbsolute, resolve } from 'node:path'

export const WORKSHOP_EXTENSION = '.handlekraft'

export function workshopPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!
    if (arg.startsWith('-')) continue
    if (!arg.toLowerCase().endsWith(WORKSHOP_EXTENSION)) continue
    return isAbsolute(arg) ? arg : resolve(workingDirectory, arg)
  }
  return null
}
