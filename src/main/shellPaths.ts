// Where the project's built pieces are, found from this file's folder, so `npm start`, the e2e fixture
// and a bundled main all agree. Also: is there an Electron binary? Answered by looking at files only,
// because require('electron') from plain Node tries to download the binary and throws where it cannot.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** The nearest folder upward that holds this project's package.json. */
export function projectRoot(from: string = __dirname): string {
  let dir = resolve(from)
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'handlekraft') return dir
      } catch {
        // An unreadable package.json is not ours; keep looking upward.
      }
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`No handlekraft package.json above ${from}`)
    dir = parent
  }
}

export function rendererDir(root: string = projectRoot()): string {
  return join(root, 'out', 'renderer')
}

export function electronMainEntry(root: string = projectRoot()): string {
  return join(root, 'out', 'main', 'index.js')
}

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string }

/**
 * electron's own index.js does the same: node_modules/electron/path.txt names the binary inside dist/
 * (e.g. "electron", "electron.exe", "Electron.app/Contents/MacOS/Electron").
 */
export function findElectronBinary(root: string = projectRoot()): ElectronBinary {
  const packageDir = join(root, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(packageDir))
    return { found: false, reason: 'the electron package is not installed (no node_modules/electron)' }
  if (!existsSync(pathFile)) return { found: false, reason: 'no binary in node_modules/electron/dist' }
  const relative = readFileSync(pathFile, 'utf8').trim()
  const binary = join(packageDir, 'dist', relative)
  if (relative === '' || !existsSync(binary) || !statSync(binary).isFile()) {
    return { found: false, reason: `no binary at node_modules/electron/dist/${relative || '?'}` }
  }
  return { found: true, path: binary }
}
