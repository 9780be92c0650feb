// One phone's connection to the room: the participant API over HTTP, the room's pushes over a WebSocket that
// reconnects by itself, and an outbox. Every submission (a note, a dot, taking a dot back, "I want to help") gets
// its clientId once, is kept in the outbox (and in localStorage, so a reload keeps it too) until the server
// answered, and is resent with the same clientId after a lost connection: the server recognises a retry, so
// nothing arrives twice. The page renders from getState() (useSyncExternalStore); no React here.
import type { RoomErrorShape, RoomInput, RoomMethod, RoomPush, RoomResult, RoomState } from '@shared/room/contract'
import type { Language, Role } from '@shared/model/records'

// Type-only import above: the phone page must not bundle zod. These three constants mirror the contract's
// (ROOM_API_PREFIX, ROOM_EVENTS_PATH, JOIN_KEY_PARAM); roomSession.test.ts checks that they agree.
export const API_PREFIX = '/room/api/'
export const EVENTS_PATH = '/room/events'
export const KEY_PARAM = 'k'

/** What the phone can send and keep in its outbox until it is answered. */
export type Submission =
  | { method: 'submitNote'; input: RoomInput<'submitNote'> & { clientId: string } }
  | { method: 'placeDot'; input: RoomInput<'placeDot'> }
  | { method: 'takeBackDot'; input: RoomInput<'takeBackDot'> }
  | { method: 'helpProject'; input: RoomInput<'helpProject'> & { clientId: string } }

/** Our own error codes beside the server's: no answer at all, and a local check that failed before sending. */
export type PhoneError = RoomErrorShape | { code: 'network' | 'empty' | 'too-long'; params: Record<string, never> }

export interface SessionState {
  /** loading: asking whether this phone is in the room already; join: needs a code/role; room: joined. */
  stage: 'loading' | 'join' | 'room'
  /** The join link's key, while the phone has not joined yet. */
  key: string | null
  room: RoomState | null
  /** The facilitator closed the room, or removed this device: nothing can be sent any more. */
  ended: 'closed' | 'removed' | null
  online: boolean
  outbox: Submission[]
  error: PhoneError | null
  language: Language
  busy: boolean
}

export interface SessionDeps {
  fetch: typeof fetch
  openSocket: (url: string) => WebSocket
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null
  location: { href: string; origin: string }
  replaceUrl: (url: string) => void
  language: Language
  /** Makes submission ids: crypto.randomUUID where there is one. */
  newId: () => string
  setTimer: (run: () => void, ms: number) => unknown
}

const OUTBOX_KEY = 'handlekraft.room.outbox'
const LANGUAGE_KEY = 'handlekraft.room.language'
const JOIN_ID_KEY = 'handlekraft.room.joinId'
/** Reconnect quickly after a blip, then every few seconds (a phone on a hall's Wi-Fi comes and goes). */
const BACKOFF_MS = [300, 1000, 2000, 4000]

function networkError(): PhoneError {
  return { code: 'network', params: {} }
}

export class RoomSession {
  private state: SessionState
  private readonly listeners = new Set<() => void>()
  private socket: WebSocket | null = null
  private attempts = 0
  private flushing = false
  private languageByHand: boolean
  /** The id of the join not yet answered (also in storage, for a reload). */
  private joinId: string | null = null

  constructor(private readonly deps: SessionDeps) {
    const url = new URL(deps.location.href)
    const key = url.searchParams.get(KEY_PARAM)
    if (key !== null) {
      // The key is a secret of this room: out of the address bar (and the history) at once.
      url.searchParams.delete(KEY_PARAM)
      deps.replaceUrl(url.pathname + url.search + url.hash)
    }
    const chosen = this.read(LANGUAGE_KEY)
    this.languageByHand = chosen === 'da' || chosen === 'en'
    this.state = {
      stage: 'loading',
      key,
      room: null,
      ended: null,
      online: true,
      outbox: this.readOutbox(),
      error: null,
      language: chosen === 'da' || chosen === 'en' ? chosen : deps.language,
      busy: false,
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getState = (): SessionState => this.state

  /** Is this phone in the room already (its device token cookie)? Then straight in, without joining again. */
  async start(): Promise<void> {
    const answer = await this.call('state', {})
    if (answer.ok) {
      this.enter(answer.value)
      return
    }
    if (answer.error.code === 'room-closed') this.set({ stage: 'join', ended: this.state.key ? 'closed' : null })
    else this.set({ stage: 'join', error: answer.error.code === 'not-joined' ? null : answer.error })
  }

  async join(choice: { code: string | null; role: Role; name: string }): Promise<boolean> {
    const { key } = this.state
    const name = choice.name.trim()
    this.set({ busy: true, error: null })
    // One id for this join until it is answered: when the answer is lost and the person taps Join again (or
    // reloads), the room knows the phone and answers the same participant instead of making a second one.
    const clientId = this.joinId ?? this.read(JOIN_ID_KEY) ?? this.deps.newId()
    this.joinId = clientId
    this.write(JOIN_ID_KEY, clientId)
    const answer = await this.call('join', {
      ...(choice.code !== null ? { code: choice.code } : key ? { key } : {}),
      role: choice.role,
      name: name === '' ? null : name,
      language: this.state.language,
      clientId,
    })
    this.set({ busy: false })
    if (!answer.ok) {
      // A link whose key is no longer valid: the person types the code from the screen instead.
      if (answer.error.code === 'wrong-code' && choice.code === null) this.set({ key: null })
      this.set({ error: answer.error })
      return false
    }
    this.joinId = null
    this.remove(JOIN_ID_KEY)
    this.set({ key: null })
    this.enter(answer.value)
    return true
  }

  setLanguage(language: Language): void {
    this.languageByHand = true
    this.write(LANGUAGE_KEY, language)
    this.set({ language })
    if (this.state.stage === 'room' && !this.state.ended) void this.call('setLanguage', { language })
  }

  /** Checks the text here too (the person learns at once), then queues it. */
  sendNote(text: string, kind: 'strength' | 'idea', categoryId: string | null): boolean {
    const trimmed = text.trim()
    const max = this.state.room?.limits.noteMaxLength ?? 280
    if (trimmed === '') return this.fail({ code: 'empty', params: {} })
    if (trimmed.length > max) return this.fail({ code: 'too-long', params: {} })
    this.submit({ method: 'submitNote', input: { clientId: this.deps.newId(), text: trimmed, kind, categoryId } })
    return true
  }

  placeDot(itemId: string): void {
    this.submit({ method: 'placeDot', input: { clientId: this.deps.newId(), itemId } })
  }

  takeBackDot(clientId: string): void {
    // A dot still in the outbox is simply not sent.
    const queued = this.state.outbox.find((s) => s.method === 'placeDot' && s.input.clientId === clientId)
    // (Unless it is the one on its way right now: then the take-back follows it.)
    if (queued && !(this.flushing && this.state.outbox[0] === queued)) {
      this.setOutbox(this.state.outbox.filter((s) => s !== queued))
      return
    }
    this.submit({ method: 'takeBackDot', input: { clientId } })
  }

  helpProject(projectId: string, helping: boolean): void {
    this.submit({ method: 'helpProject', input: { clientId: this.deps.newId(), projectId, helping } })
  }

  /**
   * The phone says its network went away or came back (window offline/online). A socket may stay open through a
   * lost Wi-Fi without noticing for a long while: drop it at once, and on return try again at once.
   */
  networkChanged(online: boolean): void {
    if (this.state.ended || this.state.stage !== 'room') return
    if (!online) {
      this.set({ online: false })
      const socket = this.socket
      this.socket = null
      socket?.close()
      return
    }
    this.attempts = 0
    this.reconnectNow()
  }

  clearError(): void {
    this.set({ error: null })
  }

  private fail(error: PhoneError): false {
    this.set({ error })
    return false
  }

  private submit(submission: Submission): void {
    if (this.state.ended) return
    this.set({ error: null })
    this.setOutbox([...this.state.outbox, submission])
    void this.flush()
  }

  /** Sends the outbox in order, one at a time; stops at the first lost connection (the socket's return resumes). */
  private async flush(): Promise<void> {
    if (this.flushing) return
    this.flushing = true
    try {
      while (this.state.outbox.length > 0 && !this.state.ended) {
        const next = this.state.outbox[0]!
        // helpProject's clientId is ours only (the server's method has none): strip it before sending.
        const input =
          next.method === 'helpProject' ? { projectId: next.input.projectId, helping: next.input.helping } : next.input
        const answer = await this.call(next.method, input as RoomInput<typeof next.method>)
        if (!answer.ok && answer.error.code === 'network') {
          this.set({ online: false })
          return
        }
        this.setOutbox(this.state.outbox.filter((s) => s !== next))
        if (answer.ok) {
          const value = answer.value as RoomState | { state: RoomState }
          this.setRoom('state' in value && 'note' in value ? value.state : (value as RoomState))
        } else this.refused(answer.error)
      }
    } finally {
      this.flushing = false
    }
  }

  private refused(error: PhoneError): void {
    if (error.code === 'room-closed') this.end('closed')
    else if (error.code === 'removed') this.end('removed')
    else if (error.code === 'not-joined') {
      this.setOutbox([])
      this.set({ stage: 'join', room: null, error })
    } else this.set({ error })
  }

  private enter(room: RoomState): void {
    this.set({ stage: 'room', error: null, ended: room.room === 'closed' ? 'closed' : null })
    this.setRoom(room)
    // The workshop's language, unless this person picked one on the phone.
    if (!this.languageByHand && this.state.language !== room.workshopLanguage) {
      this.set({ language: room.workshopLanguage })
      void this.call('setLanguage', { language: room.workshopLanguage })
    }
    this.connect()
    void this.flush()
  }

  private setRoom(room: RoomState): void {
    this.set({ room })
    if (room.room === 'closed') this.end('closed')
  }

  private end(how: 'closed' | 'removed'): void {
    this.setOutbox([])
    this.set({ ended: how, error: null })
    this.socket?.close()
    this.socket = null
  }

  private connect(): void {
    if (this.socket || this.state.ended) return
    const url = new URL(EVENTS_PATH, this.deps.location.origin)
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
    let socket: WebSocket
    try {
      socket = this.deps.openSocket(url.href)
    } catch {
      this.retryLater()
      return
    }
    this.socket = socket
    socket.onopen = () => {
      this.attempts = 0
      this.set({ online: true })
      void this.flush()
    }
    socket.onmessage = (event) => {
      let push: RoomPush
      try {
        push = JSON.parse(String(event.data)) as RoomPush
      } catch {
        return
      }
      if (push.type === 'state') this.setRoom(push.state)
      else if (push.type === 'closed') this.end('closed')
      else if (push.type === 'removed') this.end('removed')
    }
    socket.onclose = () => {
      if (this.socket !== socket) return
      this.socket = null
      if (this.state.ended) return
      this.set({ online: false })
      this.retryLater()
    }
  }

  private retryLater(): void {
    const wait = BACKOFF_MS[Math.min(this.attempts, BACKOFF_MS.length - 1)]!
    this.attempts++
    this.deps.setTimer(() => this.reconnectNow(), wait)
  }

  private reconnectNow(): void {
    if (this.state.ended || this.socket) return
    // Still in the room? (The room may have closed, or this device been removed, while we were away.)
    void this.call('state', {}).then((answer) => {
      if (answer.ok) {
        this.setRoom(answer.value)
        this.connect()
      } else if (answer.error.code === 'network') this.retryLater()
      else this.refused(answer.error)
    })
  }

  private async call<M extends RoomMethod>(method: M, input: RoomInput<M>): Promise<RoomResult<M> | PhoneResult> {
    try {
      const response = await this.deps.fetch(API_PREFIX + method, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
        credentials: 'same-origin',
      })
      const answer = (await response.json()) as RoomResult<M>
      if (typeof answer !== 'object' || answer === null || typeof answer.ok !== 'boolean')
        return { ok: false, error: networkError() }
      return answer
    } catch {
      return { ok: false, error: networkError() }
    }
  }

  private setOutbox(outbox: Submission[]): void {
    this.set({ outbox })
    if (outbox.length === 0) this.remove(OUTBOX_KEY)
    else this.write(OUTBOX_KEY, JSON.stringify(outbox))
  }

  private readOutbox(): Submission[] {
    try {
      const parsed = JSON.parse(this.read(OUTBOX_KEY) ?? '[]') as unknown
      return Array.isArray(parsed) ? (parsed as Submission[]) : []
    } catch {
      return []
    }
  }

  private read(key: string): string | null {
    try {
      return this.deps.storage?.getItem(key) ?? null
    } catch {
      return null
    }
  }

  private write(key: string, value: string): void {
    try {
      this.deps.storage?.setItem(key, value)
    } catch {
      // Private browsing or a full storage: the outbox still lives in memory.
    }
  }

  private remove(key: string): void {
    try {
      this.deps.storage?.removeItem(key)
    } catch {
      // as above
    }
  }

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch }
    for (const listener of this.listeners) listener()
  }
}

type PhoneResult = { ok: false; error: PhoneError }
