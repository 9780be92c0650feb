// The Electron shell's rules that do not need Electron: which URLs are ours, who may
// call the API, which file a launch asks for, and file names for the save dialog.
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { workshopPathFromArgv } from '../launchArgs'
import { electronContentSecurityPolicy, isOwnRendererUrl, preloadPath, rendererLocation } from '../rendererLocation'
import { isTrustedSender } from '../senderCheck'
import { ensureWorkshopExtension, suggestedFileName } from '../workshopFileName'

const mainDir = resolve('/opt/handlekraft/out/main')
const fileLocation = rendererLocation(mainDir, undefined)
const indexUrl = pathToFileURL(join(mainDir, '..', 'renderer', 'index.html')).toString()

describe('rendererLocation', () => {
  it('loads out/renderer/index.html beside out/main, and the preload from out/preload', () => {
    expect(fileLocation).toEqual({ kind: 'file', indexPath: resolve('/opt/handlekraft/out/renderer/index.html') })
    expect(preloadPath(mainDir)).toBe(resolve('/opt/handlekraft/out/preload/index.js'))
  })
  it('uses a dev server only on this machine', () => {
    expect(rendererLocation(mainDir, 'http://localhost:5173/').kind).toBe('dev-server')
    expect(rendererLocation(mainDir, 'http://evil.example:5173/').kind).toBe('file')
    expect(rendererLocation(mainDir, 'https://127.0.0.1:5173/').kind).toBe('file')
  })
})

describe('isOwnRendererUrl', () => {
  it('accepts our index.html with any query or hash', () => {
    expect(isOwnRendererUrl(indexUrl, fileLocation)).toBe(true)
    expect(isOwnRendererUrl(`${indexUrl}?open=%2Ftmp%2Fa.handlekraft#x`, fileLocation)).toBe(true)
  })
  it.each([
    'https://example.org/',
    pathToFileURL('/etc/passwd').toString(),
    pathToFileURL(join(mainDir, '..', 'renderer', 'other.html')).toString(),
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isOwnRendererUrl(url, fileLocation)).toBe(false)
  })
  it('in dev accepts the dev server origin only', () => {
    const dev = rendererLocation(mainDir, 'http://localhost:5173/')
    expect(isOwnRendererUrl('http://localhost:5173/index.html?open=x', dev)).toBe(true)
    expect(isOwnRendererUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isOwnRendererUrl(indexUrl, dev)).toBe(false)
  })
})

describe('isTrustedSender', () => {
  const top = { parent: null, url: indexUrl }
  it('accepts the top frame of our window showing our page', () => {
    expect(isTrustedSender(top, true, fileLocation)).toBe(true)
  })
  it('refuses another window, a sub-frame, a vanished frame, or a page that navigated elsewhere', () => {
    expect(isTrustedSender(top, false, fileLocation)).toBe(false)
    expect(isTrustedSender({ parent: top, url: indexUrl }, true, fileLocation)).toBe(false)
    expect(isTrustedSender(null, true, fileLocation)).toBe(false)
    expect(isTrustedSender({ parent: null, url: 'https://example.org/' }, true, fileLocation)).toBe(false)
  })
})

describe('electronContentSecurityPolicy', () => {
  it('allows only our own scripts and no socket in the built app', () => {
    const csp = electronContentSecurityPolicy(fileLocation)
    expect(csp).toContain("script-src 'self';")
    expect(csp).toContain("connect-src 'self';")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
  })
  it('lets the dev server inject its refresh preamble and socket', () => {
    const csp = electronContentSecurityPolicy(rendererLocation(mainDir, 'http://localhost:5173'))
    expect(csp).toContain("script-src 'self' 'unsafe-inline'")
    expect(csp).toContain("connect-src 'self' ws://localhost:5173")
  })
})

describe('workshopPathFromArgv', () => {
  it('takes the last .handlekraft argument, resolved against the working directory', () => {
    expect(workshopPathFromArgv(['/usr/bin/handlekraft', 'a.handlekraft'], '/home/me')).toBe(
      resolve('/home/me/a.handlekraft'),
    )
    expect(
      workshopPathFromArgv(
        ['electron', '/repo', '--flag', '/w/x.handlekraft', '--original-process-start-time=1'],
        '/cwd',
      ),
    ).toBe('/w/x.handlekraft')
    expect(workshopPathFromArgv(['electron', '/w/Møde.HANDLEKRAFT'], '/')).toBe('/w/Møde.HANDLEKRAFT')
  })
  it('ignores the executable, the app folder and switches', () => {
    expect(workshopPathFromArgv(['x.handlekraft'], '/')).toBeNull()
    expect(workshopPathFromArgv(['electron', '.', '--inspect'], '/')).toBeNull()
    expect(workshopPathFromArgv(['electron', '--open=a.handlekraft'], '/')).toBeNull()
  })
})

describe('save dialog file names', () => {
  it('adds the extension only when missing', () => {
    expect(ensureWorkshopExtension('/a/b')).toBe('/a/b.handlekraft')
    expect(ensureWorkshopExtension('/a/b.handlekraft')).toBe('/a/b.handlekraft')
    expect(ensureWorkshopExtension('/a/b.Handlekraft')).toBe('/a/b.Handlekraft')
  })
  it('makes a safe name from a title', () => {
    expect(suggestedFileName('Borgermøde i Skals')).toBe('Borgermøde i Skals.handlekraft')
    expect(suggestedFileName('a/b\\c:d*?"<>|e')).toBe('a b c d e.handlekraft')
    expect(suggestedFileName('../../etc/passwd')).toBe('etc passwd.handlekraft')
    expect(suggestedFileName('   ')).toBe('Workshop.handlekraft')
    expect(suggestedFileName(undefined)).toBe('Workshop.handlekraft')
    expect(suggestedFileName('x'.repeat(300))).toBe(`${'x'.repeat(100)}.handlekraft`)
  })
})
