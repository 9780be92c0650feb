import { describe, expect, it } from 'vitest'
import { JOIN_KEY_PARAM, ROOM_API_PREFIX, ROOM_EVENTS_PATH, type RoomState } from '@shared/room/contract'
import { phoneDa } from '@shared/i18n/da/phone'
import { phoneEn } from '@shared/i18n/en/phone'
import { API_PREFIX, EVENTS_PATH, KEY_PARAM, RoomSession, type SessionDeps } from '../roomSession'
import { notesToShow, voteToShow } from '../phoneView'
import { phoneTranslator } from '../phoneText'

function roomState(overrides: Partial<RoomState> = {}): RoomState {
  return {
    room: 'open',
    workshopTitle: 'Vores by',
    workshopLanguage: 'da',
    me: { participantId: 'p1', role: 'citizen', name: null, language: 'da' },
    mode: { kind: 'ideas' },
    myNotes: [],
    limits: { noteMaxLength: 280, notesPerMinute: 10 },
    ...overrides,
  }
}

/** A server that answers from a handler, or is unreachable while `offline` is set. */
function fakeDeps(handler: (method: string, body: Record<string, unknown>) => unknown) {
  const calls: { method: string; body: Record<string, unknown> }[] = []
  const storage = new Map<string, string>()
  const timers: (() => void)[] = []
  const net = { offline: false }
  let ids = 0
  const deps: SessionDeps = {
    fetch: (async (url: string, init: RequestInit) => {
      if (net.offline) throw new TypeError('Failed to fetch')
      const method = url.slice(API_PREFIX.length)
      const body = JSON.parse(String(init.body)) as Record<string, unknown>
      calls.push({ method, body })
      return { json: async () => handler(method, body) } as Response
    }) as typeof fetch,
    openSocket: () => ({ close() {} }) as unknown as WebSocket,
    storage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    },
    location: { href: 'http://127.0.0.1:5000/?k=abcdefghijklmnopqrstuvwxyz012345', origin: 'http://127.0.0.1:5000' },
    replaceUrl: () => {},
    language: 'en',
    newId: () => `client-id-${++ids}`,
    setTimer: (run) => timers.push(run),
  }
  return { deps, calls, storage, timers, net }
}

describe('the phone room session', () => {
  it('uses the contract’s paths (the page imports the contract as types only)', () => {
    expect([API_PREFIX, EVENTS_PATH, KEY_PARAM]).toEqual([ROOM_API_PREFIX, ROOM_EVENTS_PATH, JOIN_KEY_PARAM])
  })

  it('joins with the link’s key and drops it from the address', async () => {
    const { deps, calls } = fakeDeps((method) =>
      method === 'state' ? { ok: false, error: { code: 'not-joined', params: {} } } : { ok: true, value: roomState() },
    )
    let replaced = ''
    const session = new RoomSession({ ...deps, replaceUrl: (url) => (replaced = url) })
    expect(replaced).toBe('/')
    await session.start()
    expect(session.getState().stage).toBe('join')
    expect(await session.join({ code: null, role: 'staff', name: '  Ida ' })).toBe(true)
    expect(calls[1]).toEqual({
      method: 'join',
      body: {
        key: 'abcdefghijklmnopqrstuvwxyz012345',
        role: 'staff',
        name: 'Ida',
        language: 'en',
        clientId: 'client-id-1',
      },
    })
    expect(session.getState().stage).toBe('room')
    // Nobody chose a language on this phone: it takes the workshop's.
    expect(session.getState().language).toBe('da')
  })

  it('asks a join again with the same id when its answer was lost, also after a reload', async () => {
    const { deps, calls, net, storage } = fakeDeps((method) =>
      method === 'state' ? { ok: false, error: { code: 'not-joined', params: {} } } : { ok: true, value: roomState() },
    )
    const session = new RoomSession(deps)
    await session.start()
    net.offline = true
    expect(await session.join({ code: '123456', role: 'citizen', name: '' })).toBe(false)
    expect(session.getState().error?.code).toBe('network')
    net.offline = false
    // The page is reloaded before the person taps Join again: the id comes from storage.
    const reloaded = new RoomSession(deps)
    await reloaded.start()
    expect(await reloaded.join({ code: '123456', role: 'citizen', name: '' })).toBe(true)
    const joins = calls.filter((call) => call.method === 'join').map((call) => call.body.clientId)
    expect(joins).toEqual(['client-id-1'])
    expect(storage.has('handlekraft.room.joinId')).toBe(false)
    // A later join (a new room) is a new attempt with a new id.
    await reloaded.join({ code: '654321', role: 'citizen', name: '' })
    expect(calls.filter((call) => call.method === 'join').map((call) => call.body.clientId)).toEqual([
      'client-id-1',
      'client-id-2',
    ])
  })

  it('resends a note after a lost connection with the same client id, and shows it as sending meanwhile', async () => {
    const notes = new Map<string, string>()
    const { deps, calls, net, storage } = fakeDeps((method, body) => {
      if (method === 'submitNote') {
        notes.set(String(body.clientId), String(body.text))
        const myNotes = [...notes].map(([clientId, text]) => ({
          clientId,
          text,
          kind: 'idea' as const,
          categoryId: null,
          status: 'waiting' as const,
        }))
        return { ok: true, value: { note: myNotes[0], state: roomState({ myNotes }) } }
      }
      return { ok: true, value: roomState() }
    })
    const session = new RoomSession(deps)
    await session.start()
    net.offline = true
    expect(session.sendNote('Et bibliotek om aftenen', 'idea', null)).toBe(true)
    await new Promise((r) => setTimeout(r, 0))
    expect(session.getState().online).toBe(false)
    expect(notesToShow(session.getState().room!.myNotes, session.getState().outbox)).toMatchObject([
      { text: 'Et bibliotek om aftenen', status: 'sending' },
    ])
    // The outbox survives a reload of the page.
    expect(storage.get('handlekraft.room.outbox')).toContain('client-id-1')
    net.offline = false
    await session.sendNote('Anden idé', 'idea', null)
    await new Promise((r) => setTimeout(r, 0))
    const sent = calls.filter((call) => call.method === 'submitNote').map((call) => call.body.clientId)
    expect(sent).toEqual(['client-id-1', 'client-id-2'])
    expect(session.getState().outbox).toEqual([])
    expect(storage.has('handlekraft.room.outbox')).toBe(false)
  })

  it('refuses an empty or too long note before sending anything', async () => {
    const { deps, calls } = fakeDeps(() => ({ ok: true, value: roomState() }))
    const session = new RoomSession(deps)
    await session.start()
    expect(session.sendNote('   ', 'idea', null)).toBe(false)
    expect(session.getState().error?.code).toBe('empty')
    expect(session.sendNote('x'.repeat(281), 'idea', null)).toBe(false)
    expect(session.getState().error?.code).toBe('too-long')
    expect(calls.map((call) => call.method)).toEqual(['state', 'setLanguage'])
  })

  it('ends when the room is closed: nothing more is sent', async () => {
    const { deps, calls } = fakeDeps((method) =>
      method === 'submitNote'
        ? { ok: false, error: { code: 'room-closed', params: {} } }
        : { ok: true, value: roomState() },
    )
    const session = new RoomSession(deps)
    await session.start()
    session.sendNote('sidste', 'idea', null)
    await new Promise((r) => setTimeout(r, 0))
    expect(session.getState().ended).toBe('closed')
    session.sendNote('efter lukning', 'idea', null)
    await new Promise((r) => setTimeout(r, 0))
    expect(calls.filter((call) => call.method === 'submitNote')).toHaveLength(1)
  })
})

describe('the phone’s vote view', () => {
  const mode = {
    kind: 'vote' as const,
    round: { id: 'r1', title: 'Prioritering' },
    items: [
      { id: 'a', label: 'Trafik', color: '#ff0000' },
      { id: 'b', label: 'Naboskab', color: '#00ff00' },
    ],
    dotsPerParticipant: 4,
    maxPerItem: 2,
    dotsLeft: 3,
    myDots: [{ clientId: 'dot-1', itemId: 'a' }],
  }

  it('counts dots still on their way and leaves out dots being taken back', () => {
    const view = voteToShow(mode, [
      { method: 'placeDot', input: { clientId: 'dot-2', itemId: 'b' } },
      { method: 'takeBackDot', input: { clientId: 'dot-1' } },
    ])
    expect(view.rows.map((row) => row.dots)).toEqual([[], ['dot-2']])
    expect(view.dotsLeft).toBe(3)
  })
})

describe('the phone’s translator', () => {
  it('picks plurals and fills in values in both languages', () => {
    expect(phoneTranslator('en')('vote.dotsLeft', { count: 1 })).toBe('1 dot left')
    expect(phoneTranslator('da')('vote.dotsLeft', { count: 3 })).toBe('3 prikker tilbage')
    expect(phoneTranslator('da')('mode.pause')).toBe(phoneDa.mode.pause)
    expect(phoneTranslator('en')('write.counter', { count: 12, max: 280 })).toBe('12 of 280 characters')
    expect(phoneEn.errors['wrong-code']).toContain('room code')
  })
})
