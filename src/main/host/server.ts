// The browser shell's HTTP server: the built renderer, the API and the event socket, on loopback only,
// behind a per-launch session token that a browser gets by bringing a one-time entry code to the entry
// page. Every rule lives in its own module; this file puts them in order.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import type { Api } from '../api/types'
import { API_PREFIX, handleApiRequest } from './apiRoute'
import { createEventSockets, EVENTS_PATH } from './eventSocket'
import { createEntryCodes, type EntryCodeOptions } from './entryCodes'
import { isLoopbackAddress, notLoopbackMessage } from './loopback'
import { allowedHostNames, hasValidToken, isAllowedHost, isAllowedOrigin, tokenCookie } from './requestChecks'
import { sendApiError, sendText } from './respond'
import { securityHeaders } from './securityHeaders'
import { findStaticFile, openStaticFile, resolveStaticPath } from './staticFiles'
import { createToken } from './token'

export interface HostOptions {
  api: Api
  /** The built renderer folder (out/renderer). */
  rendererDir: string
  /** 0 picks any free port. */
  port: number
  /** The loopback address to bind (default 127.0.0.1); any other address is refused before binding. */
  address?: string
  /** Fixed session token for tests; normally a fresh random one per launch. */
  token?: string
}

export interface RunningHost {
  port: number
  /** The session token (cookie or X-Handlekraft-Token header). Never put it in an address. */
  token: string
  /** http://127.0.0.1:PORT, the origin the page lives on. */
  origin: string
  /** A fresh entry address, `origin/?code=…`: the code is spent by the first browser that brings it. */
  entryUrl(options: EntryCodeOptions): string
  close(): Promise<void>
}

type Gate = { ok: true } | { ok: false; status: 401 | 403 }

/** Told to a browser that brought a spent, expired or unknown code (and no session cookie). */
const ENTRY_REFUSED = [
  'This Handlekraft address has already been used or has expired. Use the Handlekraft window, or restart',
  'Handlekraft for a new address.',
  '',
  'Denne Handlekraft-adresse er allerede brugt eller udløbet. Brug Handlekraft-vinduet, eller start',
  'Handlekraft igen for at få en ny adresse.',
].join('\n')

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const chosen = options.address ?? '127.0.0.1'
  // Checked before anything is bound: the facilitator's API is never reachable from the network.
  if (!isLoopbackAddress(chosen)) throw new Error(notLoopbackMessage(chosen))
  const address = chosen === 'localhost' ? '127.0.0.1' : chosen
  const token = options.token ?? createToken()
  const codes = createEntryCodes()
  const hostNames = allowedHostNames(address)
  const events = createEventSockets(options.api)
  let port = options.port

  /** Host and Origin first (they do not depend on the token), then the session token. */
  function gate(req: IncomingMessage): Gate {
    if (!isAllowedHost(req.headers.host, port, hostNames)) return { ok: false, status: 403 }
    if (!isAllowedOrigin(req.headers.origin, port, hostNames)) return { ok: false, status: 403 }
    return hasValidToken(req, token, port) ? { ok: true } : { ok: false, status: 401 }
  }

  /**
   * The entry page with `?code=`: a live code is spent and buys the session cookie. A browser that already
   * has the cookie (a reload, the printed address opened again) gets the page even with a spent code.
   */
  function enter(req: IncomingMessage, code: string): { verdict: Gate; setCookie: boolean } {
    const verdict = gate(req)
    if (verdict.ok === false && verdict.status === 403) return { verdict, setCookie: false }
    const spent = codes.redeem(code)
    if (spent) return { verdict: { ok: true }, setCookie: true }
    return { verdict, setCookie: false }
  }

  async function serveFile(
    res: ServerResponse,
    req: IncomingMessage,
    pathname: string,
    headers: Record<string, string> = {},
  ): Promise<void> {
    const isIndex = pathname === '/' || pathname === '/index.html'
    const filePath = resolveStaticPath(options.rendererDir, isIndex ? '/index.html' : pathname)
    const file = filePath === null ? null : await findStaticFile(filePath)
    if (file === null) {
      if (isIndex) return sendText(res, 503, 'The app is not built yet: run `npx electron-vite build`.', headers)
      return sendText(res, 404, 'Not found', headers)
    }
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Length': file.size,
      // index.html names the hashed bundles of this build: never serve a stale one after a rebuild.
      'Cache-Control': isIndex ? 'no-store' : 'no-cache',
      ...headers,
    })
    if (req.method === 'HEAD') return void res.end()
    openStaticFile(file).pipe(res)
  }

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders(port, hostNames))) res.setHeader(name, value)
    const url = new URL(req.url ?? '/', 'http://placeholder')
    const isApi = url.pathname.startsWith(API_PREFIX)
    const entryCode =
      req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')
        ? url.searchParams.get('code')
        : null

    const { verdict, setCookie } = entryCode !== null ? enter(req, entryCode) : { verdict: gate(req), setCookie: false }
    if (!verdict.ok) {
      const code = verdict.status === 401 ? 'unauthorized' : 'forbidden'
      if (isApi) return sendApiError(res, verdict.status, code)
      if (entryCode !== null && verdict.status === 401) return sendText(res, 401, ENTRY_REFUSED)
      return sendText(res, verdict.status, verdict.status === 401 ? 'Unauthorized' : 'Forbidden')
    }

    if (isApi) return handleApiRequest(req, res, url.pathname, options.api)
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
    if (setCookie) return serveFile(res, req, '/index.html', { 'Set-Cookie': tokenCookie(token, port) })
    return serveFile(res, req, url.pathname)
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://placeholder')
    const pathname = url.pathname
    // A page cannot set headers on a WebSocket, but the session cookie comes along (scripts may send the header).
    const verdict = gate(req)
    const refusal =
      pathname !== EVENTS_PATH
        ? '404 Not Found'
        : !verdict.ok
          ? verdict.status === 401
            ? '401 Unauthorized'
            : '403 Forbidden'
          : null
    if (refusal !== null) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
      socket.destroy()
      return
    }
    events.accept(req, socket, head)
  }

  const server = createServer((req, res) => {
    handleRequest(req, res).catch(() => {
      // A bug in a route must not take the host down or leak a stack trace to the page.
      if (!res.headersSent) sendText(res, 500, 'Internal error')
      else res.destroy()
    })
  })
  server.on('upgrade', handleUpgrade)

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen)
    server.listen(options.port, address, () => {
      server.off('error', rejectListen)
      resolveListen()
    })
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`

  return {
    port,
    token,
    origin,
    entryUrl: (entry) => `${origin}/?code=${codes.issue(entry)}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        events.close()
        server.close(() => resolveClose())
        server.closeAllConnections()
      }),
  }
}
