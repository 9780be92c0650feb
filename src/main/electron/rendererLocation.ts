// Where the renderer is loaded from, and whether a URL is ours. Pure (no electron import) so the rules
// that guard IPC and navigation are unit-tested.
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export type RendererLocation =
  /** Built app: out/renderer/index.html beside out/main. */
  | { kind: 'file'; indexPath: string }
  /** `electron-vite dev`: the Vite dev server (ELECTRON_RENDERER_URL). */
  | { kind: 'dev-server'; origin: string; url: string }

export function rendererLocation(mainDir: string, devServerUrl: string | undefined): RendererLocation {
  if (devServerUrl) {
    const url = new URL(devServerUrl)
    // Only a dev server on this machine: an env variable must not point the app at the network.
    if (url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')) {
      return { kind: 'dev-server', origin: url.origin, url: url.toString() }
    }
  }
  return { kind: 'file', indexPath: join(mainDir, '..', 'renderer', 'index.html') }
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.js')
}

/** Is `url` our renderer page (any query or hash), not another file or site? */
export function isOwnRendererUrl(url: string, location: RendererLocation): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (location.kind === 'dev-server') return parsed.origin === location.origin
  if (parsed.protocol !== 'file:') return false
  try {
    return fileURLToPath(parsed) === location.indexPath
  } catch {
    return false
  }
}

export function rendererFileUrl(location: Extract<RendererLocation, { kind: 'file' }>): string {
  return pathToFileURL(location.indexPath).toString()
}

/** The report page (report.html, built beside index.html), printed to PDF in a hidden window. */
export function reportPageUrl(location: RendererLocation): string {
  if (location.kind === 'dev-server') return new URL('report.html', location.url).toString()
  return pathToFileURL(join(dirname(location.indexPath), 'report.html')).toString()
}

/** The Electron CSP: the browser host's, without a socket (events come over IPC), plus what Vite's dev server needs. */
export function electronContentSecurityPolicy(location: RendererLocation): string {
  const dev = location.kind === 'dev-server'
  const wsOrigin = dev ? location.origin.replace(/^http/, 'ws') : ''
  return [
    "default-src 'self'",
    // The React refresh preamble Vite injects in dev is an inline script.
    dev ? `script-src 'self' 'unsafe-inline'` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? `connect-src 'self' ${wsOrigin}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}
