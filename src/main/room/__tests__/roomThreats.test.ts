// The LAN threat model (SECURITY.md, "The room"): the defences the participant API tests do not already show.
// A stranger on the hall's Wi-Fi opening the live channel without a token or by a rebinding name; closing the
// room cutting every live phone off; the 300-device cap; the room-wide limit on code guesses from many
// addresses; and what a phone's state never carries. Everything on 127.0.0.1.
import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { ROOM_LIMITS, type RoomPush, type RoomState, type RoomStatus } from '@shared/room/contract'
import type { Api } from '../../api/types'
import { RoomError } from '../roomErrors'
import { RoomSession } from '../roomSession'
import { cookieFrom, ok, roomApi, send, tempDir } from './roomHarness'

let dir: string
let api: Api
let workshopId: string
let status: RoomStatus

const keyOf = (current: RoomStatus) => new URL(current.join!.url).searchParams.get('k')!
const call = (method: string, body: unknown, cookie?: string) => send(status, `/room/api/${method}`, { body, cookie })
const join = async (role = 'citizen') => {
  const answer = await call('join', { key: keyOf(status), role, name: null, language: 'da' })
  expect(answer.status, answer.text).toBe(200)
  return { cookie: cookieFrom(answer), state: answer.json.value as RoomState }
}

/** Opens /room/events with the headers given; answers the pushes received, or the HTTP status of a refusal. */
function openEvents(headers: Record<string, string>): Promise<{ socket: WebSocket; pushes: RoomPush[] } | number> {
  const url = new URL('/room/events', status.join!.typedUrl.replace(/^http/, 'ws'))
  return new Promise((resolveOpen) => {
    const socket = new WebSocket(url, { headers: { origin: status.join!.typedUrl, ...headers } })
    const pushes: RoomPush[] = []
    socket.on('message', (data) => pushes.push(JSON.parse(String(data)) as RoomPush))
    socket.on('open', () => resolveOpen({ socket, pushes }))
    socket.on('unexpected-response', (_req, res) => resolveOpen(res.statusCode ?? 0))
    socket.on('error', () => undefined)
  })
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

describe('the live channel (/room/events)', () => {
  it('is refused without a device token, with a forged one, by a rebinding Host, and from a foreign Origin', async () => {
    const { cookie } = await join()
    const port = new URL(status.join!.typedUrl).port
    expect(await openEvents({})).toBe(401)
    expect(await openEvents({ cookie: `hk_room_${port}=${'A'.repeat(43)}` })).toBe(401)
    expect(await openEvents({ cookie, host: `evil.example:${port}` })).toBe(403)
    expect(await openEvents({ cookie, origin: 'http://evil.example' })).toBe(403)
    const opened = await openEvents({ cookie })
    if (typeof opened === 'number') throw new Error(`refused: ${opened}`)
    await expect.poll(() => opened.pushes.length).toBeGreaterThan(0)
    expect(opened.pushes[0]).toMatchObject({ type: 'state' })
    opened.socket.close()
  })

  it('closing the room tells every live phone, ends its connection, and no token opens it again', async () => {
    const phones = await Promise.all([join(), join('staff')])
    const live = await Promise.all(phones.map(({ cookie }) => openEvents({ cookie })))
    const closedCodes = live.map(
      (opened) =>
        new Promise<number>((resolveClose) => {
          if (typeof opened === 'number') throw new Error(`refused: ${opened}`)
          opened.socket.on('close', (code) => resolveClose(code))
        }),
    )
    const old = status
    await ok(api.call('room.close', { workshopId }))
    expect(await Promise.all(closedCodes)).toEqual([4000, 4000])
    for (const opened of live) if (typeof opened !== 'number') expect(opened.pushes.at(-1)).toEqual({ type: 'closed' })
    // Reopened on a new port with a new key: the old tokens are nobody's.
    status = await ok<RoomStatus>(api.call('room.open', { workshopId }))
    const port = new URL(status.join!.typedUrl).port
    for (const { cookie } of phones) {
      const moved = cookie.replace(/^hk_room_\d+/, `hk_room_${port}`)
      expect(await openEvents({ cookie: moved })).toBe(401)
      expect((await call('state', {}, moved)).json.error.code).toBe('not-joined')
    }
    expect(keyOf(status)).not.toBe(keyOf(old))
  })
})

describe('limits a stranger cannot get past', () => {
  it(`takes at most ${ROOM_LIMITS.maxDevices} devices; the next is refused and nothing is written for it`, async () => {
    for (let i = 0; i < ROOM_LIMITS.maxDevices; i++) await join(i % 2 ? 'citizen' : 'other')
    const participants = async () =>
      Object.keys(
        (await ok<{ doc: { participant: object } }>(api.call('workshop.snapshot', { workshopId }))).doc.participant,
      ).length
    const before = await participants()
    const refused = await call('join', { key: keyOf(status), role: 'citizen', name: null, language: 'da' })
    expect(refused.json.error.code).toBe('room-full')
    expect(await participants()).toBe(before)
    // Removing one device makes room for one more.
    const current = await ok<RoomStatus>(api.call('room.status', { workshopId }))
    await ok(api.call('room.removeDevice', { workshopId, deviceId: current.devices[0]!.deviceId }))
    await join()
  }, 120_000)

  it('limits code guesses per address; then even the right code waits', async () => {
    const wrong = (n: number) => String((Number(status.join!.code) + n) % 1_000_000).padStart(6, '0')
    const codes: string[] = []
    for (let n = 1; n <= ROOM_LIMITS.codeGuessesPerMinute + 1; n++)
      codes.push((await call('join', { code: wrong(n), role: 'citizen', language: 'da' })).json.error.code)
    expect(codes.slice(0, ROOM_LIMITS.codeGuessesPerMinute)).toEqual(
      Array(ROOM_LIMITS.codeGuessesPerMinute).fill('wrong-code'),
    )
    expect(codes.at(-1)).toBe('rate-limited')
    expect((await call('join', { code: status.join!.code, role: 'citizen', language: 'da' })).json.error.code).toBe(
      'rate-limited',
    )
  })

  it('limits code guesses for the whole room, so many addresses together cannot search the code space', async () => {
    // The server sees only 127.0.0.1 here, so the session is called with the addresses a crowd would have.
    const session = new RoomSession({
      workshop: {
        doc: () => {
          throw new Error('a refused guess must not read the workshop')
        },
        apply: () => {
          throw new Error('a refused guess must not write')
        },
      },
      onStatusChange: () => undefined,
    })
    const wrong = String((Number(session.code) + 1) % 1_000_000).padStart(6, '0')
    const guess = async (address: string) => {
      try {
        await session.join({ code: wrong, role: 'citizen', name: null, language: 'da' }, address)
        return 'joined'
      } catch (error) {
        return (error as RoomError).code
      }
    }
    const answers: string[] = []
    // Each address stays under its own limit; together they pass the room's.
    for (let i = 0; answers.length < ROOM_LIMITS.codeGuessesPerMinuteRoom + 1; i++)
      for (let n = 0; n < ROOM_LIMITS.codeGuessesPerMinute - 1; n++) answers.push(await guess(`10.0.0.${i + 1}`))
    expect(answers.slice(0, ROOM_LIMITS.codeGuessesPerMinuteRoom).every((code) => code === 'wrong-code')).toBe(true)
    expect(answers[ROOM_LIMITS.codeGuessesPerMinuteRoom]).toBe('rate-limited')
    expect(await guess('10.9.9.9')).toBe('rate-limited') // a fresh address too
  })
})

describe('what a phone never receives', () => {
  it("no facilitator's private notes, no workshop path, no other workshop's data, in any mode", async () => {
    const secret = 'PRIVATE: ask the mayor about the school closure'
    await ok(
      api.call('workshop.apply', {
        workshopId,
        command: { name: 'updatePhase', args: { id: 'phase-map', facilitatorNotes: secret } },
      }),
    )
    const snapshot = await ok<{ path: string }>(api.call('workshop.snapshot', { workshopId }))
    const other = await ok<{ workshopId: string }>(
      api.call('workshop.create', { title: 'Another town', language: 'da', template: 'blank' }),
    )
    await ok(
      api.call('workshop.apply', {
        workshopId: other.workshopId,
        command: { name: 'addNotes', args: { notes: [{ id: 'o1', text: 'Other town secret', x: 0, y: 0 }] } },
      }),
    )
    const { cookie } = await join()
    for (const mode of ['pause', 'strengths', 'ideas', 'vote', 'results', 'projects'] as const) {
      await ok(api.call('room.setMode', { workshopId, mode }))
      const text = (await call('state', {}, cookie)).text
      expect(text).not.toContain(secret)
      expect(text).not.toContain(snapshot.path)
      expect(text).not.toContain('Other town')
    }
  })
})
