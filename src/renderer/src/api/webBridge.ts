// The browser shell's stand-in for the Electron preload: the same HandlekraftApi, carried over HTTP
// (POST /api/<method>, JSON in, ApiResult envelope out) and a WebSocket for events. Generated from the
// shared method-name list, so a new API method needs no change here.
import type { HandlekraftApi } from '@shared/api/contract'
import { VIEW_HEADER } from '@shared/api/httpHeaders'
import { API_METHOD_NAMES } from '@shared/api/methodNames'
import { codeForStatus, failure, isEnvelope, normalise, type Envelope } from './envelope'
import { EventStream, type SocketLike } from './eventStream'


export interface WebBridgeOptions {
  /** The page's origin, e.g. "http://127.0.0.1:4123". */
  origin: string
  fetch: typeof fetch
  openSocket: (url: string) => SocketLike
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
  /** 'projector' for the projector window; absent for the facilitator's. */
  view?: 'projector'
}

export type WebBridge = HandlekraftApi & {
  /** Called each time the event socket opens (the first time and after a drop); events may have been missed. */
  onOpen(listener: () => void): () => void
}

// The page holds no token: the host's HttpOnly session cookie goes with every request and the socket.
export function eventsUrl(origin: string, view?: 'projector'): string {
  const url = new URL('/events', origin)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  if (view) url.searchParams.set('view', view)
  return url.toString()
}

async function post(options: WebBridgeOptions, method: string, input: unknown): Promise<Envelope> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (options.view) headers[VIEW_HEADER] = options.view
  let response: Response
  try {
    response = await options.fetch(new URL(`/api/${method}`, options.origin).toString(), {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: JSON.stringify(input ?? {}),
    })
  } catch (error) {
    // The host is gone or unreachable: an error the UI can show, never an unhandled rejection.
    return failure('internal', `network: ${String(error)}`)
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    body = undefined
  }
  if (isEnvelope(body)) return normalise(body)
  return failure(codeForStatus(response.status), `HTTP ${response.status}`)
}

export function createWebBridge(options: WebBridgeOptions): WebBridge {
  const events = new EventStream({
    url: eventsUrl(options.origin, options.view),
    openSocket: options.openSocket,
    setTimer: options.setTimer ?? ((run, ms) => setTimeout(run, ms)),
    clearTimer: options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)),
  })
  const methods = Object.fromEntries(
    API_METHOD_NAMES.map((method) => [method, (input: unknown) => post(options, method, input)]),
  )
  return {
    ...(methods as unknown as HandlekraftApi),
    onEvent: (listener) => events.onEvent(listener),
    onOpen: (listener) => events.onOpen(listener),
  }
}
