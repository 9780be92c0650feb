// The host's rules, checked with real HTTP requests against a real server on an ephemeral port.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { startHost, type RunningHost } from '../server'
import { fakeApi, fakeRenderer, INDEX_HTML, send, type FakeApi } from './helpers'

let api: FakeApi
let host: RunningHost
let cookie: string

beforeEach(async () => {
  api = fakeApi()
  host = await startHost({ api, rendererDir: fakeRenderer(), port: 0 })
  cookie = `hk_token_${host.port}=${host.token}`
})
afterEach(async () => {
  await host.close()
})

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  send(host.port, { path, method: 'POST', body, headers: { 'content-type': 'application/json', cookie, ...headers } })

describe('binding and entry address', () => {
  it('listens on loopback and hands out entry addresses with a one-time code, never the token', () => {
    expect(host.port).toBeGreaterThan(0)
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`)
    const entry = host.entryUrl({ lifetimeMs: null })
    expect(entry).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?code=[A-Za-z0-9_-]{43}$`))
    expect(entry).not.toContain(host.token)
    expect(host.entryUrl({ lifetimeMs: null })).not.toBe(entry)
  })

  it.each(['0.0.0.0', '::', '192.168.1.20', '10.0.0.1', 'example.com', '::ffff:192.168.0.1'])(
    'refuses to bind the non-loopback address %s, before binding anything',
    async (address) => {
      await expect(startHost({ api, rendererDir: fakeRenderer(), port: 0, address })).rejects.toThrow(
        /not a loopback address/,
      )
    },
  )
})

describe('Host header (DNS rebinding)', () => {
  it('accepts 127.0.0.1:<port> and localhost:<port>', async () => {
    expect((await send(host.port, { path: '/assets/app.js', headers: { cookie } })).status).toBe(200)
    expect(
      (await send(host.port, { path: '/assets/app.js', headers: { cookie, host: `localhost:${host.port}` } })).status,
    ).toBe(200)
  })

  it.each(['evil.example:PORT', '127.0.0.1:1', 'localhost', '127.0.0.1', 'LOCALHOST.evil:PORT'])(
    'refuses Host %s with 403',
    async (value) => {
      const res = await send(host.port, {
        path: '/assets/app.js',
        headers: { cookie, host: value.replace('PORT', String(host.port)) },
      })
      expect(res.status).toBe(403)
    },
  )

  it('refuses a rebinding attempt on the API too, with an error envelope and without calling the API', async () => {
    const res = await post('/api/app.info', '{}', { host: `attacker.example:${host.port}` })
    expect(res.status).toBe(403)
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'forbidden', params: {} } })
    expect(api.calls).toHaveLength(0)
  })
})

describe('Origin header', () => {
  it('accepts our own origins and requests without one', async () => {
    expect((await post('/api/app.info', '{}', { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200)
    expect((await post('/api/app.info', '{}', { origin: `http://localhost:${host.port}` })).status).toBe(200)
    expect((await post('/api/app.info', '{}')).status).toBe(200)
  })

  it.each(['http://evil.example', `null`, 'http://127.0.0.1:1', 'https://127.0.0.1:PORT'])(
    'refuses Origin %s with 403',
    async (origin) => {
      const res = await post('/api/app.info', '{}', { origin: origin.replace('PORT', String(host.port)) })
      expect(res.status).toBe(403)
      expect(api.calls).toHaveLength(0)
    },
  )
})

describe('entry codes and the session token', () => {
  it('serves index.html for a live code and sets the HttpOnly SameSite=Strict session cookie', async () => {
    const entry = new URL(host.entryUrl({ lifetimeMs: null }))
    const res = await send(host.port, { path: entry.pathname + entry.search })
    expect(res.status).toBe(200)
    expect(res.body).toBe(INDEX_HTML)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers['set-cookie']).toEqual([
      `hk_token_${host.port}=${host.token}; HttpOnly; SameSite=Strict; Path=/`,
    ])
  })

  it('spends a code on its first use: a second browser with the same address gets 401 and no cookie', async () => {
    const entry = new URL(host.entryUrl({ lifetimeMs: null }))
    const path = entry.pathname + entry.search
    expect((await send(host.port, { path })).status).toBe(200)
    const again = await send(host.port, { path })
    expect(again.status).toBe(401)
    expect(again.headers['set-cookie']).toBeUndefined()
    expect(again.body).toContain('already been used or has expired')
    expect(again.body).not.toContain('Handlekraft test')
    // The browser that came in first still has its page on reload (its cookie), spent code or not.
    expect((await send(host.port, { path, headers: { cookie } })).status).toBe(200)
  })

  it('refuses an expired code', async () => {
    const entry = new URL(host.entryUrl({ lifetimeMs: 0 }))
    expect((await send(host.port, { path: entry.pathname + entry.search })).status).toBe(401)
  })

  it('never accepts the session token in the address, neither as ?token= nor as ?code=', async () => {
    for (const path of [`/?token=${host.token}`, `/?code=${host.token}`, `/index.html?token=${host.token}`]) {
      const res = await send(host.port, { path })
      expect(res.status, path).toBe(401)
      expect(res.headers['set-cookie'], path).toBeUndefined()
    }
  })

  it('refuses a wrong or missing token with 401 and sets no cookie', async () => {
    const wrong = await send(host.port, { path: '/?code=wrong' })
    expect(wrong.status).toBe(401)
    expect(wrong.headers['set-cookie']).toBeUndefined()
    expect(wrong.body).not.toContain('Handlekraft test')
    expect((await send(host.port, { path: '/' })).status).toBe(401)
    expect((await send(host.port, { path: '/assets/app.js' })).status).toBe(401)
    const nope = `hk_token_${host.port}=nope`
    expect((await send(host.port, { path: '/assets/app.js', headers: { cookie: nope } })).status).toBe(401)
    // Another port's cookie name does not count here, even with our token in it.
    const otherPort = `hk_token_${host.port + 1}=${host.token}`
    expect((await send(host.port, { path: '/assets/app.js', headers: { cookie: otherPort } })).status).toBe(401)
  })

  it('accepts the cookie or the X-Handlekraft-Token header for everything else', async () => {
    expect((await send(host.port, { path: '/', headers: { cookie } })).status).toBe(200)
    expect((await send(host.port, { path: '/assets/app.js', headers: { cookie } })).status).toBe(200)
    expect(
      (await send(host.port, { path: '/assets/app.js', headers: { 'x-handlekraft-token': host.token } })).status,
    ).toBe(200)
  })

  it('answers an API call without the token with 401 and an error envelope', async () => {
    const res = await send(host.port, {
      path: '/api/app.info',
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    })
    expect(res.status).toBe(401)
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'unauthorized', params: {} } })
    expect(api.calls).toHaveLength(0)
  })
})

describe('POST /api/<method>', () => {
  it('passes the parsed body to api.call and answers 200 with its envelope', async () => {
    const res = await post('/api/workshop.open', JSON.stringify({ path: '/tmp/x.handlekraft' }))
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      value: { echoed: 'workshop.open', input: { path: '/tmp/x.handlekraft' } },
    })
    expect(api.calls).toEqual([{ method: 'workshop.open', input: { path: '/tmp/x.handlekraft' } }])
  })

  it('accepts a charset parameter on the content type', async () => {
    expect((await post('/api/app.info', '{}', { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200)
  })

  it('answers 404 for a method that is not in the contract', async () => {
    const res = await post('/api/workshop.delete', '{}')
    expect(res.status).toBe(404)
    expect(JSON.parse(res.body).error.code).toBe('unknown-method')
    expect((await post('/api/constructor', '{}')).status).toBe(404)
    expect((await post('/api/', '{}')).status).toBe(404)
  })

  it('answers 405 for other verbs', async () => {
    const res = await send(host.port, { path: '/api/app.info', headers: { cookie } })
    expect(res.status).toBe(405)
    expect(res.headers.allow).toBe('POST')
    expect(
      (
        await send(host.port, {
          path: '/api/app.info',
          method: 'PUT',
          body: '{}',
          headers: { cookie, 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(405)
  })

  it('answers 400 with an invalid-input envelope for a body that is not JSON', async () => {
    const res = await post('/api/app.info', '{not json')
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'invalid-input', params: {} } })
    expect((await post('/api/app.info', '')).status).toBe(400)
    expect(api.calls).toHaveLength(0)
  })

  it('answers 415 when the body is not declared as JSON (a cross-site form cannot send application/json)', async () => {
    expect((await post('/api/app.info', '{}', { 'content-type': 'text/plain' })).status).toBe(415)
    expect(api.calls).toHaveLength(0)
  })

  it('answers 413 for a body over 1 MiB, declared or streamed', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(1024 * 1024) })
    const declared = await post('/api/app.info', big)
    expect(declared.status).toBe(413)
    expect(JSON.parse(declared.body).error.code).toBe('too-large')
    const streamed = await post('/api/app.info', big, { 'transfer-encoding': 'chunked' })
    expect(streamed.status).toBe(413)
    expect(api.calls).toHaveLength(0)
  })

  it('accepts a body just under 1 MiB', async () => {
    const text = 'y'.repeat(1024 * 1024 - 20)
    const res = await post('/api/app.info', JSON.stringify({ text }))
    expect(res.status).toBe(200)
  })
})

describe('static files', () => {
  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/logo.png', 'image/png'],
    ['/assets/icon.svg', 'image/svg+xml'],
    ['/index.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const res = await send(host.port, { path, headers: { cookie } })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe(type)
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets',
    '/missing.js',
  ])('does not serve %s', async (path) => {
    const res = await send(host.port, { path, headers: { cookie } })
    expect(res.status).toBe(404)
    expect(res.body).not.toContain('do not serve me')
  })

  it('answers 405 to writes', async () => {
    expect(
      (await send(host.port, { path: '/index.html', method: 'POST', body: 'x', headers: { cookie } })).status,
    ).toBe(405)
  })
})

describe('security headers', () => {
  const paths: Array<[string, Record<string, string>]> = [
    ['/assets/app.js', {}],
    ['/?code=wrong', {}],
    ['/missing', {}],
    ['/assets/app.js', { host: 'evil.example' }],
  ]
  it.each(paths)('are on the answer to %s %j', async (path, headers) => {
    const res = await send(host.port, { path, headers: { cookie, ...headers } })
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        `font-src 'self' data:; connect-src 'self' ws://127.0.0.1:${host.port} ws://localhost:${host.port}; ` +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin')
  })
})

describe('WebSocket /events', () => {
  function connect(headers: Record<string, string>, path = '/events'): WebSocket {
    return new WebSocket(`ws://127.0.0.1:${host.port}${path}`, { headers })
  }
  function refusal(ws: WebSocket): Promise<number> {
    return new Promise((resolve, reject) => {
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
      ws.on('open', () => reject(new Error('socket opened but should have been refused')))
      ws.on('error', () => {})
    })
  }

  it('sends every ApiEvent as JSON to every connected view', async () => {
    const views = [
      connect({ cookie }),
      connect({ 'x-handlekraft-token': host.token, origin: `http://localhost:${host.port}` }),
    ]
    await Promise.all(views.map((ws) => new Promise((resolve) => ws.once('open', resolve))))
    const received = views.map(
      (ws) => new Promise<unknown>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data))))),
    )
    const event = { type: 'closed', workshopId: 'w1' } as const
    api.emit(event)
    expect(await Promise.all(received)).toEqual([event, event])
    for (const ws of views) ws.close()
  })

  it('never takes the token from the address: a page authenticates its socket with the session cookie', async () => {
    expect(await refusal(connect({}, `/events?token=${host.token}`))).toBe(401)
    expect(await refusal(connect({}, `/events?code=${host.token}`))).toBe(401)
  })

  it('refuses an upgrade without the token (401), from another origin or host (403), or on another path (404)', async () => {
    expect(await refusal(connect({}))).toBe(401)
    expect(await refusal(connect({ cookie: `hk_token_${host.port}=wrong` }))).toBe(401)
    expect(await refusal(connect({ cookie, origin: 'http://evil.example' }))).toBe(403)
    expect(await refusal(connect({ cookie, host: `evil.example:${host.port}` }))).toBe(403)
    expect(await refusal(connect({ cookie }, '/other'))).toBe(404)
  })

  it('stops listening to the Api when closed', async () => {
    expect(api.listenerCount()).toBe(2) // one per view: the facilitator and the (filtered) projector
    await host.close()
    expect(api.listenerCount()).toBe(0)
    host = await startHost({ api, rendererDir: fakeRenderer(), port: 0 })
  })
})
