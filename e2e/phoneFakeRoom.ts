// A small stand-in for the room server (issue 13) that the phone page's e2e spec drives: it serves the BUILT
// participant page from out/renderer on 127.0.0.1 and answers the participant API of src/shared/room/contract.ts
// from memory, so the page's own behaviour (join, notes, dots, losing the Wi-Fi, the room closing) is tested in a
// real Chromium before the real room server exists. It counts every submission by clientId, so a resend that
// arrived twice would show. The real server's own rules are roomcore's tests; this checks the page.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { WebSocketServer, type WebSocket } from 'ws'
import type { MyNote, RoomMode, RoomModeKind, RoomState } from '../src/shared/room/contract'
import { ROOT } from './fixtures'

type Role = RoomState['me']['role']
interface Device {
  token: string
  participantId: string
  role: Role
  name: string | null
  language: 'da' | 'en'
  notes: MyNote[]
  dots: { clientId: string; itemId: string }[]
  sockets: Set<WebSocket>
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
const ITEMS = [
  { id: 'theme-traffic', label: 'Trafik og stier', color: '#2563eb' },
  { id: 'theme-neighbours', label: 'Naboskab', color: '#db2777' },
  { id: 'theme-children', label: 'Børneliv', color: '#16a34a' },
]

export class FakeRoom {
  readonly key = randomBytes(32).toString('base64url')
  readonly code = '482913'
  open = true
  mode: RoomModeKind = 'pause'
  revealed = false
  readonly devices = new Map<string, Device>()
  /** Every submission the server received, by method and clientId (retries included). */
  readonly received: { method: string; clientId: string }[] = []
  private readonly server = createServer((request, response) => void this.handle(request, response))
  private readonly sockets = new WebSocketServer({ noServer: true })
  origin = ''

  async start(): Promise<void> {
    this.server.on('upgrade', (request, socket, head) => {
      const device = this.deviceOf(request)
      if (!device || request.url !== '/room/events') return socket.destroy()
      this.sockets.handleUpgrade(request, socket, head, (ws) => {
        device.sockets.add(ws)
        ws.on('close', () => device.sockets.delete(ws))
        ws.send(JSON.stringify({ type: 'state', state: this.stateOf(device) }))
      })
    })
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done))
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  get joinUrl(): string {
    return `${this.origin}/?k=${this.key}`
  }

  async stop(): Promise<void> {
    for (const device of this.devices.values()) for (const socket of device.sockets) socket.terminate()
    this.server.closeAllConnections()
    await new Promise<void>((done) => this.server.close(() => done()))
  }

  setMode(mode: RoomModeKind): void {
    this.mode = mode
    this.pushAll()
  }

  /** The facilitator accepts (or rejects) every waiting note. */
  decideAll(status: 'accepted' | 'rejected'): void {
    for (const device of this.devices.values()) {
      device.notes = device.notes.map((note) => (note.status === 'waiting' ? { ...note, status } : note))
    }
    this.pushAll()
  }

  close(): void {
    this.open = false
    for (const device of this.devices.values()) for (const socket of device.sockets) socket.send('{"type":"closed"}')
    this.devices.clear()
  }

  private pushAll(): void {
    for (const device of this.devices.values()) {
      const message = JSON.stringify({ type: 'state', state: this.stateOf(device) })
      for (const socket of device.sockets) socket.send(message)
    }
  }

  private modeOf(device: Device): RoomMode {
    switch (this.mode) {
      case 'strengths':
        return {
          kind: 'strengths',
          categories: [
            { id: 'people', name: null, color: '#f59e0b' },
            { id: 'places', name: null, color: '#10b981' },
            { id: 'custom-1', name: 'Havnen', color: '#6366f1' },
          ],
        }
      case 'ideas':
        return { kind: 'ideas' }
      case 'vote':
        return {
          kind: 'vote',
          round: { id: 'round-1', title: '' },
          items: ITEMS,
          dotsPerParticipant: 3,
          maxPerItem: 2,
          dotsLeft: 3 - device.dots.length,
          myDots: device.dots,
        }
      case 'results':
        return {
          kind: 'results',
          round: this.revealed ? { id: 'round-1', title: '' } : null,
          items: ITEMS.map((item, index) => {
            const phone = [...this.devices.values()].flatMap((d) => d.dots).filter((d) => d.itemId === item.id).length
            const paper = 2 - Math.min(index, 2)
            return {
              ...item,
              total: phone + paper,
              byRole: { citizen: phone, politician: paper, staff: 0, other: 0 },
              phone,
              paper,
              recorded: 0,
            }
          }).sort((a, b) => b.total - a.total),
        }
      case 'projects':
        return {
          kind: 'projects',
          projects: [
            {
              id: 'project-1',
              title: 'Sikker skolevej',
              goal: 'Cykelsti langs Skolevej inden sommerferien',
              firstStep: 'Møde med vejafdelingen',
              deadline: null,
              members: 3,
              helping: false,
            },
          ],
        }
      default:
        return { kind: 'pause' }
    }
  }

  private stateOf(device: Device): RoomState {
    return {
      room: this.open ? 'open' : 'closed',
      workshopTitle: 'Borgermøde i Vestby',
      workshopLanguage: 'da',
      me: { participantId: device.participantId, role: device.role, name: device.name, language: device.language },
      mode: this.modeOf(device),
      myNotes: device.notes,
      limits: { noteMaxLength: 280, notesPerMinute: 10 },
    }
  }

  private deviceOf(request: IncomingMessage): Device | undefined {
    const token = /(?:^|;\s*)hk_room=([^;]+)/.exec(request.headers.cookie ?? '')?.[1]
    return token ? this.devices.get(token) : undefined
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.origin)
    if (request.method === 'GET') return this.serveFile(url.pathname, response)
    const method = url.pathname.startsWith('/room/api/') ? url.pathname.slice('/room/api/'.length) : ''
    let body = ''
    for await (const chunk of request) body += chunk
    const input = JSON.parse(body || '{}') as Record<string, unknown>
    const answer = (value: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(200, { 'Content-Type': 'application/json', ...headers })
      response.end(JSON.stringify(value))
    }
    const refuse = (code: string, params: Record<string, unknown> = {}) =>
      answer({ ok: false, error: { code, params } })
    if (!this.open) return refuse(method === 'join' ? 'wrong-code' : 'room-closed')
    if (method === 'join') {
      if (input.key !== this.key && input.code !== this.code) return refuse('wrong-code')
      const token = randomBytes(16).toString('hex')
      const device: Device = {
        token,
        participantId: `participant-${this.devices.size + 1}`,
        role: input.role as Role,
        name: (input.name as string | null) ?? null,
        language: input.language as 'da' | 'en',
        notes: [],
        dots: [],
        sockets: new Set(),
      }
      this.devices.set(token, device)
      return answer(
        { ok: true, value: this.stateOf(device) },
        { 'Set-Cookie': `hk_room=${token}; HttpOnly; SameSite=Strict; Path=/` },
      )
    }
    const device = this.deviceOf(request)
    if (!device) return refuse('not-joined')
    const clientId = String(input.clientId ?? '')
    if (clientId) this.received.push({ method, clientId })
    switch (method) {
      case 'state':
        return answer({ ok: true, value: this.stateOf(device) })
      case 'setLanguage':
        device.language = input.language as 'da' | 'en'
        return answer({ ok: true, value: this.stateOf(device) })
      case 'submitNote': {
        let note = device.notes.find((n) => n.clientId === clientId)
        if (!note) {
          note = {
            clientId,
            text: String(input.text),
            kind: input.kind as 'idea',
            categoryId: (input.categoryId as string | null) ?? null,
            status: 'waiting',
          }
          device.notes.push(note)
        }
        this.pushAll()
        return answer({ ok: true, value: { note, state: this.stateOf(device) } })
      }
      case 'placeDot': {
        if (!device.dots.some((d) => d.clientId === clientId)) {
          const itemId = String(input.itemId)
          if (device.dots.length >= 3) return refuse('vote-refused', { reason: 'no-dots-left' })
          if (device.dots.filter((d) => d.itemId === itemId).length >= 2)
            return refuse('vote-refused', { reason: 'max-on-item' })
          device.dots.push({ clientId, itemId })
        }
        return answer({ ok: true, value: this.stateOf(device) })
      }
      case 'takeBackDot':
        device.dots = device.dots.filter((d) => d.clientId !== clientId)
        return answer({ ok: true, value: this.stateOf(device) })
      default:
        return refuse('unknown-method')
    }
  }

  private serveFile(pathname: string, response: ServerResponse): void {
    const file = pathname === '/' ? 'participant.html' : normalize(pathname).replace(/^[/\\]+/, '')
    try {
      const data = readFileSync(join(ROOT, 'out/renderer', file))
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      response.end(data)
    } catch {
      response.writeHead(404).end()
    }
  }
}
