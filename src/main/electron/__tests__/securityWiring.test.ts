// The Electron binary cannot run on the build machines, so the security wiring is checked in the source:
// every window is made in one place with literal webPreferences (pinned in window.test.ts), nothing weakens the
// sandbox, navigation and new windows are refused, and nothing hands a URL to shell.openExternal. These
// read the code as text: crude, but they fail the moment someone adds a second, unguarded window.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(__dirname, '../../..')

function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'node_modules') files.push(...sourceFiles(full))
    } else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full)
  }
  return files
}

/** Source without comments, so a comment that names a risky API does not count as using it. */
function code(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

const files = sourceFiles(SRC)
const relative = (file: string) => path.relative(SRC, file)
const matching = (pattern: RegExp) => files.filter((file) => pattern.test(code(file))).map(relative)

describe('Electron security wiring (read from the source)', () => {
  it('finds the app source', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(files.map(relative)).toContain(path.join('main', 'electron', 'window.ts'))
  })

  it('creates windows in one place only, with the webPreferences written out where a scanner can read them', () => {
    expect(matching(/new\s+BrowserWindow\s*\(/)).toEqual([path.join('main', 'electron', 'window.ts')])
    const window = code(path.join(SRC, 'main/electron/window.ts'))
    const constructions = window.match(/new\s+BrowserWindow\s*\(\{[\s\S]*?\n {2}\}\)/g) ?? []
    expect(constructions).toHaveLength(1)
    const preferences = /webPreferences:\s*(\{[^}]*\})/.exec(constructions[0]!)?.[1] ?? ''
    for (const setting of [
      /contextIsolation:\s*true,/,
      /sandbox:\s*true,/,
      /nodeIntegration:\s*false,/,
      /webSecurity:\s*true,/,
      /disableBlinkFeatures:\s*'Auxclick',/,
      /preload:\s*preloadPath,/,
    ]) {
      expect(preferences).toMatch(setting)
    }
  })

  it('never weakens the sandbox anywhere', () => {
    expect(matching(/nodeIntegration\s*:\s*true/)).toEqual([])
    expect(matching(/nodeIntegrationIn(SubFrames|Worker)\s*:\s*true/)).toEqual([])
    expect(matching(/contextIsolation\s*:\s*false/)).toEqual([])
    expect(matching(/sandbox\s*:\s*false/)).toEqual([])
    expect(matching(/webSecurity\s*:\s*false/)).toEqual([])
    expect(matching(/allowRunningInsecureContent\s*:\s*true/)).toEqual([])
    expect(matching(/webviewTag\s*:\s*true/)).toEqual([])
    expect(matching(/enableBlinkFeatures|experimentalFeatures\s*:\s*true/)).toEqual([])
  })

  it('refuses new windows, webviews, permissions and navigation away from our page', () => {
    const security = code(path.join(SRC, 'main/electron/security.ts'))
    expect(security).toMatch(/setWindowOpenHandler\(\s*\(\)\s*=>\s*\(\{\s*action:\s*'deny'\s*\}\)\s*\)/)
    expect(security).toMatch(/'will-attach-webview',\s*\(event\)\s*=>\s*event\.preventDefault\(\)/)
    expect(security).toMatch(
      /'will-navigate'[\s\S]*?if\s*\(!isOwnRendererUrl\(event\.url, location\)\)\s*event\.preventDefault\(\)/,
    )
    expect(security).toMatch(
      /'will-redirect'[\s\S]*?if\s*\(!isOwnRendererUrl\(event\.url, location\)\)\s*event\.preventDefault\(\)/,
    )
    expect(security).toMatch(/setPermissionRequestHandler\(\([^)]*\)\s*=>\s*callback\(false\)\)/)
    // …and these rules apply to every web contents, installed app-wide.
    expect(security).toMatch(/app\.on\('web-contents-created'/)
  })

  it('checks the sender of every IPC call and exposes no raw ipcRenderer to the page', () => {
    const ipc = code(path.join(SRC, 'main/electron/ipc.ts'))
    expect(ipc).toMatch(/if\s*\(!isTrustedSender\(/)
    expect(matching(/ipcMain\.(on|handle)\(/)).toEqual([path.join('main', 'electron', 'ipc.ts')])
    const preload = code(path.join(SRC, 'preload/index.ts'))
    expect(preload).toMatch(/exposeInMainWorld\('handlekraft', Object\.freeze\(/)
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/)
  })

  it('passes nothing to shell.openExternal (not used at all; a use needs a fixed allow-list and this test changed)', () => {
    expect(matching(/\bopenExternal\b|shell\.openPath\b/)).toEqual([])
  })

  it('does not turn off web security or certificate checks through Chromium switches', () => {
    expect(matching(/appendSwitch\(\s*'(disable-web-security|ignore-certificate-errors|no-sandbox)'/)).toEqual([])
    expect(matching(/setCertificateVerifyProc|certificate-error/)).toEqual([])
  })
})
