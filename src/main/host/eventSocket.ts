// WebSocket /events: every ApiEvent goes to every connected view as one JSON text message. The server
// only sends; the upgrade is accepted by the host after the same Host/Origin/token checks as HTTP.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer } from 'ws'
import type { ApiEvent } from '@shared/api/contract'
import type { Api } from '../api/types'
import { VIEW_ROLES, viewRoleOf, type ViewRole } from '../api/viewFilter'

export const EVENTS_PATH = '/events'

export interface EventSockets {
  accept(req: IncomingMessage, socket: Duplex, head: Buffer): void
  broadcast(event: ApiEvent): void
  close(): void
}

export function createEventSockets(api: Api): EventSockets {
  // Views never need to send more than a ping; a small cap keeps a bad client from filling memory.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 })

  // Each socket says which view it serves (`/events?view=projector`); a projector gets its filtered copy.
  const roles = new WeakMap<WebSocket, ViewRole>()
  const sendTo = (view: ViewRole | null) => (event: ApiEvent) => {
    const message = JSON.stringify(event)
    for (const client of wss.clients) {
      if (view !== null && (roles.get(client) ?? 'facilitator') !== view) continue
      if (client.readyState === WebSocket.OPEN) client.send(message)
    }
  }
  /** Unfiltered, to every socket: only for events that carry nothing private. */
  const broadcast = sendTo(null)
  const unsubscribes = VIEW_ROLES.map((view) => api.onEvent(sendTo(view), view))

  return {
    accept(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => {
        roles.set(ws, viewRoleOf(new URL(req.url ?? '/', 'http://placeholder').searchParams.get('view')))
        ws.on('error', () => ws.terminate())
        wss.emit('connection', ws, req)
      })
    },
    broadcast,
    close() {
      for (const unsubscribe of unsubscribes) unsubscribe()
      for (const client of wss.clients) client.terminate()
      wss.close()
    },
  }
}
