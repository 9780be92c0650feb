// The room server: the participant page and the participant API on the address the facilitator chose, for
// phones on the hall's network. Separate from the facilitator's host: it never serves the facilitator API, a
// workshop or a file path. Every request passes the Host check (this machine's address and port only: no DNS
// rebinding) and the Origin check first; the API needs the device token cookie (join excepted).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer } from 'ws'
import {
  ROOM_API,
  ROOM_API_PREFIX,
  ROOM_EVENTS_PATH,
  ROOM_LIMITS,
  type RoomErrorShape,
  type RoomMethod,
} from '@shared/room/contract'
import { readJsonBody } from '../host/readJsonBody'
import { isAllowedHost, isAllowedOrigin, parseCookies } from '../host/requestChecks'
import { sendJson, sendText } from '../host/respond'
import { securityHeaders } from '../host/securityHeaders'
import { findStaticFile, openStaticFile, resolveStaticPath } from '../host/staticFiles'
import { PARTICIPANT_PAGE, participantAssets } from './participantAssets'
import { RoomError, STATUS_OF } from './roomErrors'
import type { Device, RoomSession } from './roomSession'

export interface RoomServerOptions {
  /** The IPv4 address to listen on (one of this machine's; tests: 127.0.0.1). */
  address: string
  /** 0 = any free port. */
  port: number
  rendererDir: string
  /** The open room, or null once it closed: then every call is refused. */
  session(): RoomSession | null
}

export interface RunningRoomServer {
  address: string
  port: number
  origin: string
  close(): Promise<void>
}

export const roomCookieName = (port: number) => `hk_room_${port}`

function deviceCookie(token: string, port: number): string {
  // 12 hours: the phone's browser may restart during the evening; closing the room revokes the token anyway.
  return `${roomCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=43200`
}

function isRoomMethod(name: string): name is RoomMethod {
  return Object.prototype.hasOwnProperty.call(ROOM_API, name)
}

function sendRoomError(res: ServerResponse, error: RoomError, headers: Record<string, string> = {}): void {
  const body: { ok: false; error: RoomErrorShape } = { ok: false, error: { code: error.code, params: error.params } }
  sendJson(res, STATUS_OF[error.code], body, headers)
}

export async function startRoomServer(options: RoomServerOptions): Promise<RunningRoomServer> {
  const assets = participantAssets(options.rendererDir)
  let port = options.port
  // A phone may reach us by the address we listen on; on loopback (tests, one machine) also as localhost.
  const hostNames = options.address.startsWith('127.') ? [options.address, 'localhost'] : [options.address]
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 })

  const tokenOf = (req: IncomingMessage) => parseCookies(req.headers.cookie).get(roomCookieName(port))
  const allowed = (req: IncomingMessage) =>
    isAllowedHost(req.headers.host, port, hostNames) && isAllowedOrigin(req.headers.origin, port, hostNames)

  async function serveAsset(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const page = pathname === '/' || pathname === '/index.html' || pathname === `/${PARTICIPANT_PAGE}`
    const relative = page ? PARTICIPANT_PAGE : decodeSafely(pathname.slice(1))
    if (relative === null || !assets.has(relative)) {
      if (page) return sendText(res, 503, 'The participant page is not built yet: run `npx electron-vite build`.')
      return sendText(res, 404, 'Not found')
    }
    const filePath = resolveStaticPath(options.rendererDir, `/${relative}`)
    const file = filePath === null ? null : await findStaticFile(filePath)
    if (file === null) return sendText(res, 404, 'Not found')
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Length': file.size,
      'Cache-Control': page ? 'no-store' : 'no-cache',
    })
    if (req.method === 'HEAD') return void res.end()
    openStaticFile(file).pipe(res)
  }

  async function callApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (!isRoomMethod(name)) return sendRoomError(res, new RoomError('unknown-method'))
    if (req.method !== 'POST') return sendRoomError(res, new RoomError('invalid-input'), { Allow: 'POST' })
    const body = await readJsonBody(req, ROOM_LIMITS.maxBodyBytes)
    if (body.kind === 'too-large') return sendRoomError(res, new RoomError('too-large'), { Connection: 'close' })
    if (body.kind !== 'json') return sendRoomError(res, new RoomError('invalid-input'))
    const parsed = ROOM_API[name].input.safeParse(body.value)
    if (!parsed.success) return sendRoomError(res, new RoomError('invalid-input'))
    const session = options.session()
    if (session === null) return sendRoomError(res, new RoomError('room-closed'))
    const input = parsed.data as never
    if (name === 'join') {
      // Answered once its participant is written (joins, too, are gathered into one edit per short window).
      const { token, state } = await session.join(input, req.socket.remoteAddress ?? '')
      return sendJson(res, 200, { ok: true, value: state }, { 'Set-Cookie': deviceCookie(token, port) })
    }
    const device = session.deviceFor(tokenOf(req))
    // Notes and dots are answered once written (they are gathered into one edit per short window, gathering.ts).
    sendJson(res, 200, { ok: true, value: await run(session, device, name, input) })
  }

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [header, value] of Object.entries(securityHeaders(port, hostNames))) res.setHeader(header, value)
    if (!allowed(req)) return sendText(res, 403, 'Forbidden')
    const url = new URL(req.url ?? '/', 'http://placeholder')
    if (url.pathname.startsWith(ROOM_API_PREFIX)) {
      try {
        return await callApi(req, res, url.pathname.slice(ROOM_API_PREFIX.length))
      } catch (error) {
        if (error instanceof RoomError) return sendRoomError(res, error)
        console.error('room API failed', error)
        return sendRoomError(res, new RoomError('internal'))
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
    return serveAsset(req, res, url.pathname)
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
      socket.destroy()
    }
    const url = new URL(req.url ?? '/', 'http://placeholder')
    if (url.pathname !== ROOM_EVENTS_PATH) return refuse('404 Not Found')
    if (!allowed(req)) return refuse('403 Forbidden')
    const session = options.session()
    let device: Device
    try {
      if (session === null) throw new RoomError('room-closed')
      device = session.deviceFor(tokenOf(req))
    } catch {
      return refuse('401 Unauthorized')
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const unsubscribe = session.subscribe(device, (push) => {
        if (ws.readyState !== WebSocket.OPEN) return
        ws.send(JSON.stringify(push))
        // Closed or removed: the token is gone, so is this connection.
        if (push.type !== 'state') ws.close(4000, push.type)
      })
      ws.on('close', unsubscribe)
      ws.on('error', () => ws.terminate())
      ws.on('message', () => undefined) // phones send nothing; a keep-alive is ignored
    })
  }

  const server = createServer((req, res) => {
    handleRequest(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal error')
      else res.destroy()
    })
  })
  server.on('upgrade', handleUpgrade)
  // Phones come and go; a slow or stalled one must not hold a socket forever.
  server.requestTimeout = 30_000
  server.headersTimeout = 15_000

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen)
    server.listen(options.port, options.address, () => {
      server.off('error', rejectListen)
      resolveListen()
    })
  })
  port = (server.address() as AddressInfo).port

  return {
    address: options.address,
    port,
    origin: `http://${options.address}:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const client of wss.clients) client.terminate()
        wss.close()
        server.close(() => resolveClose())
        server.closeAllConnections()
      }),
  }
}

function run(session: RoomSession, device: Device, name: Exclude<RoomMethod, 'join'>, input: never): unknown {
  switch (name) {
    case 'state':
      return session.stateOf(device)
    case 'setLanguage':
      return session.setLanguage(device, (input as { language: 'da' | 'en' }).language)
    case 'submitNote':
      return session.submitNote(device, input)
    case 'placeDot':
      return session.placeDot(device, input)
    case 'takeBackDot':
      return session.takeBackDot(device, input)
    case 'helpProject':
      return session.helpProject(device, input)
  }
}

function decodeSafely(path: string): string | null {
  try {
    const decoded = decodeURIComponent(path)
    return decoded.includes('\0') || decoded.includes('\\') ? null : decoded
  } catch {
    return null
  }
}
