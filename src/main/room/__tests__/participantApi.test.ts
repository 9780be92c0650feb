// The participant API over real HTTP on 127.0.0.1: every method, refusals that write nothing, rate limits,
// idempotent retries, vote limits, the Host check, and tokens revoked when the room closes.
import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { WorkshopSnapshot } from '@shared/api/contract'
import type { RoomState, RoomStatus } from '@shared/room/contract'
import type { Api } from '../../api/types'
import { cookieFrom, ok, openThemeRound, roomApi, send, tempDir, type Answer } from './roomHarness'

let dir: string
let api: Api
let workshopId: string
let status: RoomStatus

const uuid = (n: number) => `client-${String(n).padStart(8, '0')}`
const snapshot = () => ok<WorkshopSnapshot>(api.call('workshop.snapshot', { workshopId }))
const call = (method: string, body: unknown, cookie?: string) => send(status, `/room/api/${method}`, { body, cookie })
const keyOf = (current: RoomStatus) => new URL(current.join!.url).searchParams.get('k')!

async function join(role = 'citizen', name: string | null = null): Promise<{ cookie: string; state: RoomState }> {
  const answer = await call('join', { key: keyOf(status), role, name, language: 'da' })
  expect(answer.status, answer.text).toBe(200)
  return { cookie: cookieFrom(answer), state: answer.json.value as RoomState }
}

const refused = (answer: Answer, code: string, httpStatus?: number) => {
  expect(answer.json?.ok, answer.text).toBe(false)
  expect(answer.json.error.code).toBe(code)
  if (httpStatus) expect(answer.status).toBe(httpStatus)
}

beforeEach(async () => {
  dir = tempDir()
  ;({ api, workshopId } = await roomApi(dir))
  status = await ok<RoomStatus>(api.call('room.open', { workshopId }))
})
afterEach(async () => {
  await api.room?.close()
  api.closeAll()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('opening the room', () => {
  it('listens on the given loopback address with a 256-bit key, a 6-digit code and a local QR code', () => {
    expect(status.open).toBe(true)
    expect(status.address).toBe('127.0.0.1')
    expect(status.join!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?k=[A-Za-z0-9_-]{43}$/)
    expect(status.join!.code).toMatch(/^\d{6}$/)
    expect(status.join!.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
  })

  it('offers the --room-host address as the one address, open or closed (not "turn on a hotspot")', async () => {
    const forced = [{ address: '127.0.0.1', interface: '--room-host', defaultRoute: true }]
    expect(status.addresses).toEqual(forced)
    const closed = await ok<RoomStatus>(api.call('room.close', { workshopId }))
    expect(closed.addresses).toEqual(forced)
  })

  it('serves the participant page and what it loads, and nothing else of the build', async () => {
    const page = await send(status, '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    for (const asset of [
      '/assets/participant-abc.js',
      '/assets/shared-xyz.js',
      '/assets/participant-abc.css',
      '/assets/font-1.woff2',
    ]) {
      expect((await send(status, asset)).status, asset).toBe(200)
    }
    for (const other of [
      '/index.html?x',
      '/assets/index-secret.js',
      '/api/workshop.open',
      '/../../etc/passwd',
      '/%2e%2e/index.html',
    ]) {
      const answer = await send(status, other)
      expect(answer.text, other).not.toContain('facilitator')
    }
    expect((await send(status, '/assets/index-secret.js')).status).toBe(404)
    expect((await send(status, '/api/workshop.open', { body: { path: '/etc/passwd' } })).status).toBe(405)
  })

  it('refuses a wrong Host (DNS rebinding) and a foreign Origin before anything else', async () => {
    const port = new URL(status.join!.typedUrl).port
    for (const host of [
      `evil.example:${port}`,
      '127.0.0.1:1',
      `192.168.1.10:${port}`,
      `127.0.0.1.evil.example:${port}`,
    ]) {
      expect((await send(status, '/', { host })).status, host).toBe(403)
      expect((await call('join', { key: keyOf(status), role: 'citizen', language: 'da' })).status).toBe(200)
    }
    const foreign = await send(status, '/room/api/join', {
      body: { key: keyOf(status), role: 'citizen', language: 'da' },
      origin: 'http://evil.example',
    })
    expect(foreign.status).toBe(403)
  })
})

describe('joining', () => {
  it('by link key or typed code makes a phone participant; the cookie is HttpOnly and SameSite=Strict', async () => {
    const answer = await call('join', { key: keyOf(status), role: 'politician', name: 'Ane', language: 'en' })
    expect(answer.headers['set-cookie']![0]).toMatch(
      /^hk_room_\d+=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\//,
    )
    const state = answer.json.value as RoomState
    expect(state.me).toMatchObject({ role: 'politician', name: 'Ane', language: 'en' })
    const byCode = await call('join', { code: status.join!.code, role: 'staff', language: 'da' })
    expect(byCode.status).toBe(200)
    const doc = (await snapshot()).doc
    expect(doc.participant[state.me.participantId]).toMatchObject({ role: 'politician', name: 'Ane', source: 'phone' })
    // Joining is the participant's act, not the facilitator's: Ctrl+Z must not remove them.
    expect((await snapshot()).canUndo).toBe(false)
    const current = await ok<RoomStatus>(api.call('room.status', { workshopId }))
    expect(current.joined).toEqual({ citizen: 0, politician: 1, staff: 1, other: 0 })
  })

  it('asked again with the same clientId (its answer was lost) is the same participant, not a second one', async () => {
    const joinId = 'join-attempt-0123456789abcdef'
    const first = await call('join', {
      key: keyOf(status),
      role: 'citizen',
      name: 'Bo',
      language: 'da',
      clientId: joinId,
    })
    const again = await call('join', {
      key: keyOf(status),
      role: 'citizen',
      name: 'Bo',
      language: 'da',
      clientId: joinId,
    })
    expect(again.status, again.text).toBe(200)
    const me = (answer: Answer) => (answer.json.value as RoomState).me.participantId
    expect(me(again)).toBe(me(first))
    expect(Object.keys((await snapshot()).doc.participant)).toEqual([me(first)])
    // Either cookie may be the one the phone kept (two answers can arrive in either order): both work.
    for (const answer of [first, again]) expect((await call('state', {}, cookieFrom(answer))).status).toBe(200)
    let current = await ok<RoomStatus>(api.call('room.status', { workshopId }))
    expect(current.devices).toHaveLength(1)
    expect(current.joined.citizen).toBe(1)
    // Another phone's join (another id) is another participant; a short, guessable id is refused.
    const other = await call('join', {
      code: status.join!.code,
      role: 'staff',
      language: 'da',
      clientId: `${joinId}-2`,
    })
    expect(me(other)).not.toBe(me(first))
    refused(
      await call('join', { key: keyOf(status), role: 'citizen', language: 'da', clientId: 'short-id' }),
      'invalid-input',
    )
    // Removing the device revokes both of its tokens, and the id no longer finds it.
    current = await ok<RoomStatus>(
      api.call('room.removeDevice', { workshopId, deviceId: current.devices[0]!.deviceId }),
    )
    for (const answer of [first, again]) refused(await call('state', {}, cookieFrom(answer)), 'not-joined', 401)
    const afterRemoval = await call('join', { key: keyOf(status), role: 'citizen', language: 'da', clientId: joinId })
    expect(me(afterRemoval)).not.toBe(me(first))
  })

  it('limits wrong codes per address, and then refuses even the right one for a while', async () => {
    const wrong = status.join!.code === '000000' ? '000001' : '000000'
    for (let attempt = 0; attempt < 5; attempt++)
      refused(await call('join', { code: wrong, role: 'citizen', language: 'da' }), 'wrong-code', 403)
    refused(await call('join', { code: wrong, role: 'citizen', language: 'da' }), 'rate-limited', 429)
    const right = await call('join', { code: status.join!.code, role: 'citizen', language: 'da' })
    refused(right, 'rate-limited', 429)
    expect(right.json.error.params.retryAfterSeconds).toBeGreaterThan(0)
    expect(Object.keys((await snapshot()).doc.participant)).toHaveLength(0)
  })

  it('refuses malformed payloads with typed errors and writes nothing', async () => {
    const before = await snapshot()
    const bad: [unknown, string][] = [
      [{ role: 'citizen', language: 'da' }, 'no key or code'],
      [{ key: keyOf(status), role: 'king', language: 'da' }, 'unknown role'],
      [{ key: keyOf(status), role: 'citizen', language: 'da', name: 'x'.repeat(61) }, 'long name'],
      [{ key: keyOf(status), role: 'citizen', language: 'da', __proto__: { admin: true }, extra: 1 }, 'extra field'],
      [[1, 2], 'array'],
      ['just text', 'string'],
    ]
    for (const [body, why] of bad)
      expect(await call('join', body), why).toMatchObject({
        status: 400,
        json: { ok: false, error: { code: 'invalid-input' } },
      })
    refused(
      await send(status, '/room/api/join', { rawBody: '{"key":', contentType: 'application/json' }),
      'invalid-input',
      400,
    )
    refused(
      await send(status, '/room/api/join', {
        rawBody: 'role=citizen',
        contentType: 'application/x-www-form-urlencoded',
      }),
      'invalid-input',
    )
    refused(
      await send(status, '/room/api/join', { rawBody: JSON.stringify({ name: 'x'.repeat(20_000) }) }),
      'too-large',
      413,
    )
    refused(await call('drop', {}), 'unknown-method', 404)
    refused(await call('__proto__', {}), 'unknown-method', 404)
    const after = await snapshot()
    expect(after.revision).toBe(before.revision)
    expect(after.doc).toEqual(before.doc)
  })

  it('every method but join needs the device token', async () => {
    for (const [method, body] of [
      ['state', {}],
      ['submitNote', { clientId: uuid(1), text: 'x', kind: 'idea' }],
      ['placeDot', { clientId: uuid(1), itemId: 'x' }],
      ['takeBackDot', { clientId: uuid(1) }],
      ['helpProject', { projectId: 'x', helping: true }],
      ['setLanguage', { language: 'en' }],
    ] as const) {
      refused(await call(method, body), 'not-joined', 401)
      refused(await call(method, body, 'hk_room_1=guess'), 'not-joined', 401)
    }
  })
})

describe('notes from phones', () => {
  it('wait in the inbox, are recognised when resent, and land on the board with author and session when accepted', async () => {
    await ok(api.call('room.setMode', { workshopId, mode: 'ideas' }))
    const { cookie, state } = await join('citizen', 'Bo')
    const first = await call('submitNote', { clientId: uuid(1), text: '  Fælles\u0007 bål ', kind: 'idea' }, cookie)
    expect(first.json.value.note).toMatchObject({ text: 'Fælles bål', status: 'waiting' })
    const again = await call('submitNote', { clientId: uuid(1), text: 'Fælles bål', kind: 'idea' }, cookie)
    expect(again.json.value.note).toEqual(first.json.value.note)
    let current = await ok<RoomStatus>(api.call('room.status', { workshopId }))
    expect(current.inbox).toHaveLength(1)
    expect(current.inbox[0]).toMatchObject({ name: 'Bo', role: 'citizen', text: 'Fælles bål' })
    refused(
      await call('submitNote', { clientId: uuid(2), text: 'A strength', kind: 'strength' }, cookie),
      'not-now',
      409,
    )

    current = await ok<RoomStatus>(api.call('room.accept', { workshopId, entryIds: [current.inbox[0]!.entryId] }))
    expect(current.inbox).toHaveLength(0)
    const doc = (await snapshot()).doc
    const notes = Object.values(doc.note)
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatchObject({ text: 'Fælles bål', kind: 'idea', authorId: state.me.participantId })
    const ideas = doc.zone['zone-ideas']!
    expect(notes[0]!.x).toBeGreaterThanOrEqual(ideas.x)
    expect(notes[0]!.y).toBeGreaterThanOrEqual(ideas.y)
    // Accepting is the facilitator's edit: it can be undone.
    expect((await snapshot()).canUndo).toBe(true)
    const mine = await call('state', {}, cookie)
    expect(mine.json.value.myNotes).toEqual([expect.objectContaining({ clientId: uuid(1), status: 'accepted' })])
    // A retry after acceptance still answers the same note and adds nothing.
    await call('submitNote', { clientId: uuid(1), text: 'Fælles bål', kind: 'idea' }, cookie)
    expect(Object.keys((await snapshot()).doc.note)).toHaveLength(1)
  })

  it('strengths go beside their category; edit, reject and auto-accept work', async () => {
    await ok(api.call('room.setMode', { workshopId, mode: 'strengths' }))
    const { cookie, state } = await join()
    const category = (state.mode.kind === 'strengths' && state.mode.categories[3]) || null
    expect(category).not.toBeNull()
    await call('submitNote', { clientId: uuid(1), text: 'Hallen', kind: 'strength', categoryId: category!.id }, cookie)
    await call('submitNote', { clientId: uuid(2), text: 'Spam', kind: 'strength', categoryId: null }, cookie)
    let current = await ok<RoomStatus>(api.call('room.status', { workshopId }))
    const [hall, spam] = current.inbox
    await ok(
      api.call('room.editEntry', {
        workshopId,
        entryId: hall!.entryId,
        text: 'Forsamlingshuset',
        kind: 'strength',
        categoryId: category!.id,
      }),
    )
    await ok(api.call('room.reject', { workshopId, entryIds: [spam!.entryId] }))
    current = await ok<RoomStatus>(api.call('room.acceptAll', { workshopId }))
    const doc = (await snapshot()).doc
    const [note] = Object.values(doc.note)
    expect(note).toMatchObject({ text: 'Forsamlingshuset', categoryId: category!.id, color: category!.color })
    const zone = Object.values(doc.zone).find((candidate) => candidate.categoryId === category!.id)!
    expect(
      note!.x >= zone.x && note!.x < zone.x + zone.width && note!.y >= zone.y && note!.y < zone.y + zone.height,
    ).toBe(true)
    const statuses = (await call('state', {}, cookie)).json.value.myNotes.map((n: { status: string }) => n.status)
    expect(statuses).toEqual(['accepted', 'rejected'])

    await ok(api.call('room.setAutoAccept', { workshopId, autoAccept: true }))
    await call('submitNote', { clientId: uuid(3), text: 'Skoven', kind: 'strength', categoryId: category!.id }, cookie)
    expect(
      Object.values((await snapshot()).doc.note)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['Forsamlingshuset', 'Skoven'])
  })

  it('limits notes per device per minute', async () => {
    await ok(api.call('room.setMode', { workshopId, mode: 'ideas' }))
    const { cookie } = await join()
    for (let n = 0; n < 10; n++)
      expect((await call('submitNote', { clientId: uuid(n), text: `idé ${n}`, kind: 'idea' }, cookie)).status).toBe(200)
    refused(
      await call('submitNote', { clientId: uuid(99), text: 'one too many', kind: 'idea' }, cookie),
      'rate-limited',
      429,
    )
    refused(
      await call('submitNote', { clientId: uuid(1), text: 'x'.repeat(281), kind: 'idea' }, cookie),
      'invalid-input',
      400,
    )
  })
})

describe('dots from phones', () => {
  const roundOf = (items: number, dots = 3, maxPerItem = 2) =>
    openThemeRound(api, workshopId, { items, dots, maxPerItem })

  it('are votes with participant and role, within the round limits, idempotent, taken back while open', async () => {
    const [a, b] = await roundOf(3)
    const { cookie, state } = await join('staff')
    expect(state.mode).toMatchObject({ kind: 'vote', dotsLeft: 3, maxPerItem: 2 })
    await call('placeDot', { clientId: uuid(1), itemId: a }, cookie)
    const retry = await call('placeDot', { clientId: uuid(1), itemId: a }, cookie)
    expect(retry.json.value.mode).toMatchObject({ dotsLeft: 2, myDots: [{ clientId: uuid(1), itemId: a }] })
    await call('placeDot', { clientId: uuid(2), itemId: a }, cookie)
    refused(await call('placeDot', { clientId: uuid(3), itemId: a }, cookie), 'vote-refused', 409)
    refused(await call('placeDot', { clientId: uuid(3), itemId: 'nope' }, cookie), 'vote-refused')
    await call('placeDot', { clientId: uuid(3), itemId: b }, cookie)
    const full = await call('placeDot', { clientId: uuid(4), itemId: b }, cookie)
    refused(full, 'vote-refused')
    expect(full.json.error.params.reason).toBe('no-dots-left')
    let votes = Object.values((await snapshot()).doc.vote)
    expect(votes).toHaveLength(3)
    expect(votes.every((vote) => vote.participantId === state.me.participantId && vote.role === 'staff')).toBe(true)
    expect((await snapshot()).canUndo).toBe(true) // the themes and round; but undo would not touch the dots:
    const taken = await call('takeBackDot', { clientId: uuid(2) }, cookie)
    expect(taken.json.value.mode.dotsLeft).toBe(1)
    await call('placeDot', { clientId: uuid(2), itemId: a }, cookie) // a late retry of the taken-back dot
    votes = Object.values((await snapshot()).doc.vote)
    expect(votes).toHaveLength(2)

    // Before Reveal the phone's results are empty; after it they split phone and paper dots.
    await ok(
      api.call('workshop.apply', {
        workshopId,
        command: { name: 'addParticipants', args: { participants: [{ id: 'paper1', role: 'citizen' }] } },
      }),
    )
    await ok(
      api.call('workshop.apply', {
        workshopId,
        command: {
          name: 'recordPaperDots',
          args: { roundId: 'r1', role: 'citizen', dots: [{ id: 'pd1', itemId: a, count: 2 }] },
        },
      }),
    )
    await ok(api.call('room.setMode', { workshopId, mode: 'results' }))
    expect((await call('state', {}, cookie)).json.value.mode).toEqual({ kind: 'results', round: null, items: [] })
    await ok(
      api.call('workshop.apply', {
        workshopId,
        command: { name: 'setRoundStatus', args: { id: 'r1', status: 'revealed' } },
      }),
    )
    const results = (await call('state', {}, cookie)).json.value.mode
    expect(results.round).toEqual({ id: 'r1', title: 'Temaer' })
    expect(results.items[0]).toMatchObject({
      id: a,
      label: 'Tema 0',
      total: 3,
      phone: 1,
      paper: 2,
      recorded: 0,
      byRole: { staff: 1, citizen: 2 },
    })
  })
})

describe('projects', () => {
  it('"I want to help" adds the participant to the group, and back', async () => {
    await ok(
      api.call('workshop.apply', {
        workshopId,
        command: { name: 'addProject', args: { id: 'p1', title: 'Bålplads' } },
      }),
    )
    await ok(api.call('room.setMode', { workshopId, mode: 'projects' }))
    const { cookie, state } = await join()
    const helping = await call('helpProject', { projectId: 'p1', helping: true }, cookie)
    expect(helping.json.value.mode.projects[0]).toMatchObject({ id: 'p1', helping: true, members: 1 })
    await call('helpProject', { projectId: 'p1', helping: true }, cookie)
    expect((await snapshot()).doc.project.p1!.memberIds).toEqual([state.me.participantId])
    await call('helpProject', { projectId: 'p1', helping: false }, cookie)
    expect((await snapshot()).doc.project.p1!.memberIds).toEqual([])
  })
})

describe('privacy and revocation', () => {
  it("a phone never sees another participant's name", async () => {
    await join('citizen', 'Hemmelig Hansen')
    const { cookie } = await join()
    for (const mode of ['pause', 'strengths', 'ideas', 'vote', 'results', 'projects'] as const) {
      await ok(api.call('room.setMode', { workshopId, mode }))
      expect((await call('state', {}, cookie)).text).not.toContain('Hemmelig')
    }
  })

  it('removing a device revokes its token and drops its waiting notes; its participant stays', async () => {
    await ok(api.call('room.setMode', { workshopId, mode: 'ideas' }))
    const { cookie, state } = await join()
    await call('submitNote', { clientId: uuid(1), text: 'x', kind: 'idea' }, cookie)
    let current = await ok<RoomStatus>(api.call('room.status', { workshopId }))
    current = await ok<RoomStatus>(
      api.call('room.removeDevice', { workshopId, deviceId: current.devices[0]!.deviceId }),
    )
    expect(current.inbox).toEqual([])
    expect(current.devices).toEqual([])
    refused(await call('state', {}, cookie), 'not-joined', 401)
    expect((await snapshot()).doc.participant[state.me.participantId]).toBeDefined()
  })

  it('closing revokes every token: a reopened room does not know the old phone, and the old key and code fail', async () => {
    const { cookie } = await join()
    const old = status
    const closed = await ok<RoomStatus>(api.call('room.close', { workshopId }))
    expect(closed.open).toBe(false)
    expect(closed.join).toBeNull()
    await expect(send(old, '/room/api/state', { body: {}, cookie })).rejects.toThrow() // nothing listens
    status = await ok<RoomStatus>(api.call('room.open', { workshopId }))
    refused(
      await call('state', {}, cookie.replace(/^hk_room_\d+/, `hk_room_${new URL(status.join!.typedUrl).port}`)),
      'not-joined',
      401,
    )
    refused(await call('join', { key: keyOf(old), role: 'citizen', language: 'da' }), 'wrong-code')
    expect(keyOf(status)).not.toBe(keyOf(old))
  })
})
