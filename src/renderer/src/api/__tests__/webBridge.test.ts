import { describe, expect, it, vi } from 'vitest'
import { API_METHOD_NAMES } from '@shared/api/methodNames'
import { createWebBridge, eventsUrl, type WebBridgeOptions } from '../webBridge'
import type { SocketLike } from '../eventStream'

function options(overrides: Partial<WebBridgeOptions> = {}): WebBridgeOptions {
  return {
    origin: 'http://127.0.0.1:4123',
    fetch: vi.fn(async () => new Response(JSON.stringify({ ok: true, value: {} }))) as unknown as typeof fetch,
    openSocket: () => ({ onopen: null, onmessage: null, onclose: null, onerror: null, close() {} }),
    ...overrides,
  }
}

describe('web bridge calls', () => {
  it('has one function per API method, plus onEvent', () => {
    const bridge = createWebBridge(options())
    for (const method of API_METHOD_NAMES) expect(typeof (bridge as Record<string, unknown>)[method]).toBe('function')
    expect(typeof bridge.onEvent).toBe('function')
  })

  it('POSTs the input as JSON to /api/<method> with same-origin credentials (the cookie) and no token header', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { path: '/a.handlekraft' } })))
    const bridge = createWebBridge(options({ fetch: fetch as unknown as typeof globalThis.fetch }))
    const result = await bridge['workshop.open']({ path: '/a.handlekraft' })
    expect(result).toEqual({ ok: true, value: { path: '/a.handlekraft' } })
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://127.0.0.1:4123/api/workshop.open')
    expect(init.method).toBe('POST')
    expect(init.credentials).toBe('same-origin')
    expect(Object.keys(init.headers as Record<string, string>)).toEqual(['Content-Type'])
    expect(JSON.parse(init.body as string)).toEqual({ path: '/a.handlekraft' })
  })

  it('passes an error envelope through, filling in missing params', async () => {
    const body = { ok: false, error: { code: 'not-sqlite' } }
    const bridge = createWebBridge(options({ fetch: (async () => new Response(JSON.stringify(body), { status: 200 })) as typeof fetch }))
    expect(await bridge['workshop.open']({ path: '/x' })).toEqual({ ok: false, error: { code: 'not-sqlite', params: {} } })
  })

  it('turns a network failure into an internal error instead of rejecting', async () => {
    const bridge = createWebBridge(options({ fetch: (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch }))
    const result = await bridge['app.info']({})
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatchObject({ code: 'internal', params: {} })
  })

  it('maps a refusal without an envelope to a code by HTTP status', async () => {
    const bridge = createWebBridge(options({ fetch: (async () => new Response('nope', { status: 401 })) as typeof fetch }))
    const result = await bridge['workshop.recent']({})
    expect(result.ok === false && result.error.code).toBe('unauthorized')
  })

  it('does not accept an error envelope with an unknown code', async () => {
    const body = { ok: false, error: { code: 'made-up', params: {} } }
    const bridge = createWebBridge(options({ fetch: (async () => new Response(JSON.stringify(body), { status: 500 })) as typeof fetch }))
    const result = await bridge['workshop.recent']({})
    expect(result.ok === false && result.error.code).toBe('internal')
  })
})

describe('web bridge events', () => {
  it('builds the events URL without any token (the cookie authenticates the socket)', () => {
    expect(eventsUrl('http://127.0.0.1:4123')).toBe('ws://127.0.0.1:4123/events')
    expect(eventsUrl('http://127.0.0.1:4123', 'projector')).toBe('ws://127.0.0.1:4123/events?view=projector')
    expect(eventsUrl('https://example.test')).toBe('wss://example.test/events')
  })

  it('delivers valid events, ignores garbage, reconnects with growing pauses, and says each time it is open', () => {
    const sockets: SocketLike[] = []
    const timers: { run: () => void; ms: number }[] = []
    const opens = vi.fn()
    const bridge = createWebBridge(
      options({
        openSocket: () => {
          const socket: SocketLike = { onopen: null, onmessage: null, onclose: null, onerror: null, close() {} }
          sockets.push(socket)
          return socket
        },
        setTimer: (run, ms) => timers.push({ run, ms }),
        clearTimer: () => {},
      }),
    )
    const events: unknown[] = []
    bridge.onEvent((event) => events.push(event))
    bridge.onOpen(opens)
    expect(sockets).toHaveLength(1)
    sockets[0]!.onopen?.({})
    // The first open too: what was broadcast before it reached nobody, so the mirror re-syncs then as well.
    expect(opens).toHaveBeenCalledTimes(1)
    sockets[0]!.onmessage?.({ data: JSON.stringify({ type: 'closed', workshopId: 'w1' }) })
    sockets[0]!.onmessage?.({ data: 'not json' })
    sockets[0]!.onmessage?.({ data: JSON.stringify({ type: 'nonsense' }) })
    expect(events).toEqual([{ type: 'closed', workshopId: 'w1' }])

    sockets[0]!.onclose?.({})
    sockets[0]!.onclose?.({}) // a second close of the same socket must not schedule twice
    expect(timers.map((t) => t.ms)).toEqual([250])
    timers[0]!.run()
    expect(sockets).toHaveLength(2)
    sockets[1]!.onclose?.({}) // failed again before opening
    expect(timers.map((t) => t.ms)).toEqual([250, 500])
    timers[1]!.run()
    sockets[2]!.onopen?.({})
    expect(opens).toHaveBeenCalledTimes(2)
  })
})
