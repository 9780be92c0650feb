// Simulated phones for the room bench: each one is what the phone page does over the wire — POST JSON to
// /room/api/<method> with its own device cookie, a WebSocket on /room/events for pushes — against the room
// server on 127.0.0.1 only. A phone that "drops" sends a submission, loses the connection before the answer
// (the socket is destroyed right after the request is written), comes back after a pause and resends the SAME
// clientId, as the page does; any failed request is resent the same way.
import { request, Agent } from 'node:http'
import { WebSocket } from 'ws'

export interface PhoneAnswer {
  status: number
  json: { ok: boolean; value?: unknown; error?: { code: string; params?: Record<string, unknown> } }
  setCookie: string | null
}

/** Wall-clock milliseconds with sub-millisecond precision, comparable with a page's timeOrigin + now(). */
export const wallNow = () => performance.timeOrigin + performance.now()

export class Phone {
  cookie = ''
  participantId = ''
  pushes = 0
  resends = 0
  drops = 0
  private socket: WebSocket | null = null
  /** One keep-alive connection per phone, as a phone's browser holds one. */
  private agent = new Agent({ keepAlive: true, maxSockets: 2 })

  constructor(
    readonly origin: string,
    readonly index: number,
  ) {
    const { hostname } = new URL(origin)
    if (hostname !== '127.0.0.1') throw new Error(`the bench talks to 127.0.0.1 only, not ${hostname}`)
  }

  /** One POST; `drop`: destroy the connection as soon as the request is written (the answer is lost). */
  post(method: string, body: unknown, drop = false): Promise<PhoneAnswer> {
    const url = new URL(`/room/api/${method}`, this.origin)
    const text = JSON.stringify(body)
    return new Promise((resolveAnswer, rejectAnswer) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: Number(url.port),
          path: url.pathname,
          method: 'POST',
          agent: drop ? false : this.agent,
          headers: {
            host: url.host,
            origin: this.origin,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(text),
            ...(this.cookie ? { cookie: this.cookie } : {}),
          },
        },
        (res) => {
          let data = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (data += chunk))
          res.on('end', () => {
            try {
              const cookie = res.headers['set-cookie']?.[0]?.split(';')[0] ?? null
              resolveAnswer({ status: res.statusCode ?? 0, json: JSON.parse(data), setCookie: cookie })
            } catch (error) {
              rejectAnswer(error)
            }
          })
          res.on('error', rejectAnswer)
        },
      )
      req.setTimeout(30_000, () => req.destroy(new Error('timeout')))
      req.on('error', rejectAnswer)
      req.end(text, () => {
        if (drop) setImmediate(() => req.destroy(new Error('dropped by the bench')))
      })
    })
  }

  /**
   * A submission until it has an answer: the first try may be dropped on purpose; every failure is resent with
   * the same body (the same clientId) after a pause, as the phone page does.
   */
  async submit(method: string, body: unknown, drop: boolean): Promise<PhoneAnswer> {
    let attempt = 0
    for (;;) {
      const dropping = drop && attempt === 0
      try {
        if (dropping) {
          this.drops++
          this.disconnect() // the Wi-Fi went: the live connection goes too
        }
        const answer = await this.post(method, body, dropping)
        if (answer.status >= 500) throw new Error(`HTTP ${answer.status}`)
        return answer
      } catch {
        attempt++
        this.resends++
        await pause(dropping ? 300 + (this.index % 5) * 100 : Math.min(2000, 100 * 2 ** attempt))
        if (dropping) this.connect()
        if (attempt > 20) throw new Error(`phone ${this.index}: ${method} never got an answer`)
      }
    }
  }

  async join(key: string): Promise<void> {
    const answer = await this.submit(
      'join',
      { key, role: ROLES[this.index % ROLES.length], name: null, language: 'en' },
      false,
    )
    if (!answer.json.ok || !answer.setCookie)
      throw new Error(`phone ${this.index} could not join: ${JSON.stringify(answer.json)}`)
    this.cookie = answer.setCookie
    this.participantId = (answer.json.value as { me: { participantId: string } }).me.participantId
  }

  connect(): void {
    const url = new URL('/room/events', this.origin.replace(/^http/, 'ws'))
    const socket = new WebSocket(url, { headers: { cookie: this.cookie, origin: this.origin } })
    socket.on('message', () => this.pushes++)
    socket.on('error', () => undefined) // a refused or broken socket: the phone carries on over HTTP
    this.socket = socket
  }

  disconnect(): void {
    this.socket?.terminate()
    this.socket = null
  }

  close(): void {
    this.disconnect()
    this.agent.destroy()
  }
}

const ROLES = ['citizen', 'citizen', 'citizen', 'politician', 'staff', 'other'] as const

export const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))
