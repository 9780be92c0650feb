// The browser shell's event channel: one WebSocket to /events, each message one ApiEvent. When the socket
// drops (host busy, laptop asleep) it reconnects with growing pauses, and tells its listeners each time it is
// open (the first time too), so the document mirror can re-sync what it may have missed before or while away.
import { ApiEvent } from '@shared/api/contract'

// Method syntax makes the parameter bivariant, so a real WebSocket (whose handlers take DOM events) fits.
type Handler<E> = { handle(event: E): void }['handle'] | null

/** The part of a WebSocket we use, so tests can pass a fake. */
export interface SocketLike {
  onopen: Handler<unknown>
  onmessage: Handler<{ data: unknown }>
  onclose: Handler<unknown>
  onerror: Handler<unknown>
  close(): void
}

export interface EventStreamOptions {
  url: string
  openSocket: (url: string) => SocketLike
  setTimer: (run: () => void, ms: number) => unknown
  clearTimer: (timer: unknown) => void
  /** Pause before the first retry, doubled on each failure up to maxDelayMs. */
  firstDelayMs?: number
  maxDelayMs?: number
}

export class EventStream {
  private socket: SocketLike | null = null
  private timer: unknown = null
  private failures = 0
  private stopped = false
  private readonly listeners = new Set<(event: ApiEvent) => void>()
  private readonly openListeners = new Set<() => void>()

  constructor(private readonly options: EventStreamOptions) {}

  onEvent(listener: (event: ApiEvent) => void): () => void {
    this.listeners.add(listener)
    this.start()
    return () => this.listeners.delete(listener)
  }

  onOpen(listener: () => void): () => void {
    this.openListeners.add(listener)
    return () => this.openListeners.delete(listener)
  }

  stop(): void {
    this.stopped = true
    if (this.timer !== null) this.options.clearTimer(this.timer)
    this.timer = null
    this.socket?.close()
    this.socket = null
  }

  /** The pause before the next attempt; exported for tests through nextDelay(). */
  nextDelay(): number {
    const first = this.options.firstDelayMs ?? 250
    const max = this.options.maxDelayMs ?? 5000
    return Math.min(max, first * 2 ** Math.max(0, this.failures - 1))
  }

  private start(): void {
    if (this.socket || this.timer !== null || this.stopped) return
    this.connect()
  }

  private connect(): void {
    this.timer = null
    let socket: SocketLike
    try {
      socket = this.options.openSocket(this.options.url)
    } catch {
      this.retryLater()
      return
    }
    this.socket = socket
    socket.onopen = () => {
      this.failures = 0
      // Every open, the first one too: events broadcast before the socket was registered reached nobody (a
      // projector loaded while the facilitator blanked it stayed blank: projector-address.spec in a fresh CI).
      for (const listener of this.openListeners) listener()
    }
    socket.onmessage = (message) => this.deliver(message.data)
    socket.onerror = () => {
      // A close always follows an error; reconnecting is handled there.
    }
    socket.onclose = () => {
      if (this.socket !== socket) return
      this.socket = null
      this.retryLater()
    }
  }

  private retryLater(): void {
    if (this.stopped) return
    this.failures += 1
    this.timer = this.options.setTimer(() => this.connect(), this.nextDelay())
  }

  private deliver(data: unknown): void {
    if (typeof data !== 'string') return
    let json: unknown
    try {
      json = JSON.parse(data)
    } catch {
      return
    }
    const parsed = ApiEvent.safeParse(json)
    if (!parsed.success) return
    for (const listener of this.listeners) listener(parsed.data)
  }
}
