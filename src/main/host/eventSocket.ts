// WebSocket /events: every ApiEvent goes to every connected view as one JSON text message. The server
// only sends; the upgrade is accepted by the host after the same Host/Origin/token checks as HTTP.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer } from 'ws'
import type { ApiEvent } from '@shared/api/contract'
import type { Api } from '../api/types'

export const EVENTS_PATH = '/events'

export interface EventSockets {
  accept(req: IncomingMessage, socket: Duplex, head: Buffer): void
  broadcast(event: ApiEvent): void
  close(): void
}

export function createEventSockets(api: Api): EventSockets {
  // Views never need to send more than a ping; a small cap keeps a bad client from filling memory.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 })

  const broadcast = (event: ApiEvent): void => {
    const message = JSON.stringify(event)
    for (const client of wss.clients) {
      if (client.readyState === WebSocket.OPEN) client.send(message)
    }
  }
  const unsubscribe = api.onEvent(broadcast)

  return {
    accept(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => {
        ws.on('error', () => ws.terminate())
        wss.emit('connection', ws, req)
      })
    },
    broadcast,
    close() {
      unsubscribe()
      for (const client of wss.clients) client.terminate()
      wss.close()
    },
  }
}
