// The browser shell's HTTP server: the built renderer, the API and the event socket, on loopback only,
// behind a per-launch token. Every rule lives in its own module; this file puts them in order.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import type { Api } from '../api/types'
import { API_PREFIX, handleApiRequest } from './apiRoute'
import { createEventSockets, EVENTS_PATH } from './eventSocket'
import { allowedHostNames, hasValidToken, isAllowedHost, isAllowedOrigin, tokenCookie } from './requestChecks'
import { sendApiError, sendText } from './respond'
import { securityHeaders } from './securityHeaders'
import { findStaticFile, openStaticFile, resolveStaticPath } from './staticFiles'
import { createToken, tokensEqual } from './token'

export interface HostOptions {
  api: Api
  /** The built renderer folder (out/renderer). */
  rendererDir: string
  /** 0 picks any free port. */
  port: number
  /** The address to bind; loopback unless the user chose otherwise. */
  address?: string
  /** Fixed token for tests; normally a fresh random one per launch. */
  token?: string
}

export interface RunningHost {
  port: number
  token: string
  /** The entry address, token included: the only way into the app. */
  url: string
  close(): Promise<void>
}

type Gate = { ok: true } | { ok: false; status: 401 | 403 }

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const address = options.address ?? '127.0.0.1'
  const token = options.token ?? createToken()
  const hostNames = allowedHostNames(address)
  const events = createEventSockets(options.api)
  let port = options.port

  /** Host and Origin first (they do not depend on the token), then the token unless the entry page brings it. */
  function gate(req: IncomingMessage, entryToken: string | null): Gate {
    if (!isAllowedHost(req.headers.host, port, hostNames)) return { ok: false, status: 403 }
    if (!isAllowedOrigin(req.headers.origin, port, hostNames)) return { ok: false, status: 403 }
    if (entryToken !== null) return tokensEqual(token, entryToken) ? { ok: true } : { ok: false, status: 401 }
    return hasValidToken(req, token) ? { ok: true } : { ok: false, status: 401 }
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
    const isEntry =
      req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html') && url.searchParams.has('token')

    const verdict = gate(req, isEntry ? url.searchParams.get('token') : null)
    if (!verdict.ok) {
      const code = verdict.status === 401 ? 'unauthorized' : 'forbidden'
      if (isApi) return sendApiError(res, verdict.status, code)
      return sendText(res, verdict.status, verdict.status === 401 ? 'Unauthorized' : 'Forbidden')
    }

    if (isApi) return handleApiRequest(req, res, url.pathname, options.api)
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
    if (isEntry) return serveFile(res, req, '/index.html', { 'Set-Cookie': tokenCookie(token) })
    return serveFile(res, req, url.pathname)
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://placeholder')
    const pathname = url.pathname
    // A page cannot set headers on a WebSocket; the cookie normally comes along, and the token may also be
    // in the query (the web bridge puts it there), checked the same way.
    const verdict = gate(req, url.searchParams.get('token'))
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
  const shownHost =
    address === '127.0.0.1' || address === '0.0.0.0' || address === '::'
      ? '127.0.0.1'
      : hostNames[hostNames.length - 1]!

  return {
    port,
    token,
    url: `http://${shownHost}:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        events.close()
        server.close(() => resolveClose())
        server.closeAllConnections()
      }),
  }
}
