// The browser host from an attacker's side, beyond the request rules in server.test.ts: it listens on
// loopback only, every answer of every kind carries a strict CSP, the renderer's own page carries one
// too, and an address opens the entry page once (a one-time code) and never carries the session token.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHost, type RunningHost } from '../server'
import { fakeApi, fakeRenderer, send } from './helpers'

let host: RunningHost
let cookie: string

beforeEach(async () => {
  host = await startHost({ api: fakeApi(), rendererDir: fakeRenderer(), port: 0 })
  cookie = `hk_token_${host.port}=${host.token}`
})
afterEach(async () => {
  await host.close()
})

/** A CSP as a map of directive -> sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

/** What every policy of ours must say, header or meta tag. */
function expectStrictPolicy(policy: string, { header }: { header: boolean }) {
  const csp = parseCsp(policy)
  expect(csp.get('default-src')).toEqual(["'self'"])
  expect(csp.get('script-src')).toEqual(["'self'"]) // no inline scripts, no eval, no other origin
  expect(csp.get('object-src')).toEqual(["'none'"])
  expect(csp.get('base-uri')).toEqual(["'none'"])
  expect(csp.get('form-action')).toEqual(["'none'"])
  for (const source of csp.get('connect-src') ?? []) {
    expect(source, 'the page may talk only to this host').toMatch(/^('self'|ws:\/\/(127\.0\.0\.1|localhost):(\*|\d+))$/)
  }
  for (const [directive, sources] of csp) {
    expect(
      sources.filter((s) => /^(https?:|\*$|'unsafe-eval')/.test(s)),
      `${directive} allows no remote origin`,
    ).toEqual([])
  }
  if (header) expect(csp.get('frame-ancestors')).toEqual(["'none'"])
}

/** The socket this host listens on, as the kernel lists it (Linux /proc/net/tcp, addresses in hex). */
function listeningAddresses(port: number): string[] {
  const addresses: string[] = []
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/)
      if (!local || state !== '0A') continue // 0A = LISTEN
      const [address, portHex] = local.split(':')
      if (parseInt(portHex!, 16) === port) addresses.push(address!)
    }
  }
  return addresses
}

describe('where the host listens', () => {
  it.skipIf(!fs.existsSync('/proc/net/tcp'))('binds 127.0.0.1 only, by default', () => {
    expect(listeningAddresses(host.port)).toEqual(['0100007F']) // 127.0.0.1, little-endian hex
  })
  // Only the listening table is read: the network rule forbids sending test traffic to this machine's LAN address.
})

describe('the Content-Security-Policy', () => {
  const json = { 'content-type': 'application/json' }
  const cases: Array<[string, () => Promise<{ status: number; headers: Record<string, unknown> }>, number]> = [
    [
      'the entry page',
      () => send(host.port, { path: `/?${new URL(host.entryUrl({ lifetimeMs: null })).searchParams}` }),
      200,
    ],
    ['a spent or unknown entry code', () => send(host.port, { path: '/?code=spent' }), 401],
    ['index.html by cookie', () => send(host.port, { path: '/index.html', headers: { cookie } }), 200],
    ['a script', () => send(host.port, { path: '/assets/app.js', headers: { cookie } }), 200],
    [
      'an API answer',
      () => send(host.port, { path: '/api/app.info', method: 'POST', body: '{}', headers: { cookie, ...json } }),
      200,
    ],
    ['no token', () => send(host.port, { path: '/' }), 401],
    [
      'a foreign Host',
      () => send(host.port, { path: '/', headers: { cookie, host: `evil.example:${host.port}` } }),
      403,
    ],
    ['a missing file', () => send(host.port, { path: '/nope.html', headers: { cookie } }), 404],
    ['a wrong verb', () => send(host.port, { path: '/', method: 'DELETE', headers: { cookie } }), 405],
    [
      'an oversized body',
      () =>
        send(host.port, {
          path: '/api/app.info',
          method: 'POST',
          body: 'x'.repeat(1024 * 1024 + 1),
          headers: { cookie, ...json },
        }),
      413,
    ],
  ]
  it.each(cases)('is on %s', async (_name, request, status) => {
    const res = await request()
    expect(res.status).toBe(status)
    expectStrictPolicy(String(res.headers['content-security-policy']), { header: true })
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  it('is in the renderer page itself, for Electron and for any other way the page is loaded', () => {
    const pages = [
      path.resolve(__dirname, '../../../renderer/index.html'),
      path.resolve(__dirname, '../../../../out/renderer/index.html'),
    ]
    for (const page of pages.filter((file) => fs.existsSync(file))) {
      const html = fs.readFileSync(page, 'utf8')
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
      expect(meta, page).not.toBeNull()
      expectStrictPolicy(meta![1]!, { header: false })
      expect(html, 'no script from elsewhere').not.toMatch(/<script[^>]+src="(https?:)?\/\//i)
    }
  })
})

describe('the session token and the entry codes', () => {
  it('an entry code opens only the entry page, not the API or files, and the token opens nothing in an address', async () => {
    for (const secret of [host.token, new URL(host.entryUrl({ lifetimeMs: null })).searchParams.get('code')!]) {
      for (const key of ['token', 'code']) {
        const api = await send(host.port, {
          path: `/api/app.info?${key}=${secret}`,
          method: 'POST',
          body: '{}',
          headers: { 'content-type': 'application/json' },
        })
        expect(api.status).toBe(401)
        expect((await send(host.port, { path: `/assets/app.js?${key}=${secret}` })).status).toBe(401)
      }
    }
  })

  it('is not accepted with a different case, an extra character, one missing, or empty', async () => {
    const name = `hk_token_${host.port}`
    for (const token of [host.token.toUpperCase(), `${host.token}x`, host.token.slice(1), '']) {
      expect((await send(host.port, { path: '/', headers: { cookie: `${name}=${token}` } })).status).toBe(401)
    }
  })
})

describe('methods and verbs', () => {
  it.each(['__proto__', 'toString', 'hasOwnProperty', 'constructor.prototype', 'APP.INFO', 'app.info%00'])(
    'answers POST /api/%s with 404',
    async (name) => {
      const res = await send(host.port, {
        path: `/api/${name}`,
        method: 'POST',
        body: '{}',
        headers: { cookie, 'content-type': 'application/json' },
      })
      expect(res.status).toBe(404)
    },
  )

  it.each(['TRACE', 'OPTIONS', 'PUT', 'PATCH', 'PROPFIND'])('answers %s on a page with 405', async (verb) => {
    expect((await send(host.port, { path: '/', method: verb, headers: { cookie } })).status).toBe(405)
  })
})
