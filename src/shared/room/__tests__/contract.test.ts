import { describe, expect, it } from 'vitest'
import {
  ClientId,
  JoinKey,
  ROOM_API,
  ROOM_FACILITATOR_API,
  ROOM_LIMITS,
  RoomCode,
  RoomPush,
  RoomState,
  RoomStatus,
  publicRoomStatus,
  type RoomStatus as RoomStatusType,
} from '../contract'

const key = 'a'.repeat(43)
const uuid = '3f2b6c1e-8d9a-4b7e-9c2d-1a2b3c4d5e6f'

describe('participant API schemas', () => {
  it('join takes exactly one of the link key and the typed room code', () => {
    const join = ROOM_API.join.input
    expect(join.safeParse({ key, role: 'citizen', language: 'da' }).success).toBe(true)
    expect(join.safeParse({ code: '123456', role: 'staff', name: ' Ane ', language: 'en' }).data?.name).toBe('Ane')
    expect(join.safeParse({ role: 'citizen', language: 'da' }).success).toBe(false)
    expect(join.safeParse({ key, code: '123456', role: 'citizen', language: 'da' }).success).toBe(false)
    expect(join.safeParse({ code: '12345', role: 'citizen', language: 'da' }).success).toBe(false)
    expect(join.safeParse({ key, role: 'mayor', language: 'da' }).success).toBe(false)
    expect(join.safeParse({ key, role: 'citizen', language: 'da', admin: true }).success).toBe(false)
    expect(join.safeParse({ key, role: 'citizen', language: 'da', name: 'x'.repeat(61) }).success).toBe(false)
  })

  it('a note is 1 to 280 characters after trimming, of a kind a phone may write', () => {
    const submit = ROOM_API.submitNote.input
    const note = { clientId: uuid, kind: 'idea' }
    expect(submit.safeParse({ ...note, text: 'x'.repeat(ROOM_LIMITS.noteMaxLength) }).success).toBe(true)
    expect(submit.safeParse({ ...note, text: 'x'.repeat(ROOM_LIMITS.noteMaxLength + 1) }).success).toBe(false)
    expect(submit.safeParse({ ...note, text: '   ' }).success).toBe(false)
    expect(submit.safeParse({ ...note, kind: 'other', text: 'a' }).success).toBe(false)
    expect(submit.safeParse({ ...note, text: 'a\u0000b\u001b[2J' }).data?.text).toBe('ab[2J')
  })

  it('client ids, codes and keys refuse what could smuggle anything', () => {
    expect(ClientId.safeParse(uuid).success).toBe(true)
    expect(ClientId.safeParse('short').success).toBe(false)
    expect(ClientId.safeParse('../../etc/passwd').success).toBe(false)
    expect(RoomCode.safeParse('000123').success).toBe(true)
    expect(RoomCode.safeParse('12a456').success).toBe(false)
    expect(JoinKey.safeParse(key).success).toBe(true)
    expect(JoinKey.safeParse('k'.repeat(101)).success).toBe(false)
  })

  it('methods without fields refuse extra ones', () => {
    expect(ROOM_API.state.input.safeParse({}).success).toBe(true)
    expect(ROOM_API.state.input.safeParse({ workshopId: 'x' }).success).toBe(false)
    expect(ROOM_API.placeDot.input.safeParse({ clientId: uuid, itemId: 'n1', count: 5 }).success).toBe(false)
  })

  it('a state and the pushes a phone receives parse', () => {
    const state = {
      room: 'open',
      workshopTitle: 'Borgermøde',
      workshopLanguage: 'da',
      me: { participantId: 'p1', role: 'citizen', name: null, language: 'da' },
      mode: {
        kind: 'vote',
        round: { id: 'r1', title: 'Temaer' },
        items: [{ id: 't1', label: 'Trafik', color: '#e76f51' }],
        dotsPerParticipant: 4,
        maxPerItem: 2,
        dotsLeft: 3,
        myDots: [{ clientId: uuid, itemId: 't1' }],
      },
      myNotes: [{ clientId: uuid, text: 'Hallen', kind: 'strength', categoryId: 'places', status: 'waiting' }],
      limits: { noteMaxLength: 280, notesPerMinute: 10 },
    }
    expect(RoomState.parse(state)).toEqual(state)
    expect(RoomPush.safeParse({ type: 'state', state }).success).toBe(true)
    expect(RoomPush.safeParse({ type: 'closed' }).success).toBe(true)
  })
})

describe('facilitator room methods', () => {
  it('every method takes the workshop handle and refuses unknown fields', () => {
    for (const [name, method] of Object.entries(ROOM_FACILITATOR_API)) {
      const refused = method.input.safeParse({ workshopId: 'w', evil: 1 })
      expect(refused.success, name).toBe(false)
    }
    expect(ROOM_FACILITATOR_API['room.setMode'].input.parse({ workshopId: 'w', mode: 'vote' }).roundId).toBeNull()
    expect(ROOM_FACILITATOR_API['room.accept'].input.safeParse({ workshopId: 'w', entryIds: [] }).success).toBe(false)
  })

  it("the projector's copy of the room status carries no people, inbox or addresses", () => {
    const status: RoomStatusType = RoomStatus.parse({
      workshopId: 'w',
      open: true,
      mode: 'ideas',
      roundId: null,
      join: {
        url: 'http://10.0.0.2:8080/?k=' + key,
        typedUrl: 'http://10.0.0.2:8080',
        code: '123456',
        qrSvg: '<svg/>',
      },
      joined: { citizen: 1, politician: 0, staff: 0, other: 0 },
      connected: 1,
      joinOnProjector: false,
      autoAccept: false,
      inbox: [
        {
          entryId: 'e1',
          deviceId: 'd1',
          participantId: 'p1',
          name: 'Ane',
          role: 'citizen',
          text: 'x',
          kind: 'idea',
          categoryId: null,
          receivedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      devices: [
        {
          deviceId: 'd1',
          participantId: 'p1',
          name: 'Ane',
          role: 'citizen',
          connected: true,
          waiting: 1,
          joinedAt: 'x',
        },
      ],
      addresses: [{ address: '10.0.0.2', interface: 'wlan0', defaultRoute: true }],
      address: '10.0.0.2',
    })
    const shown = publicRoomStatus(status)
    expect(shown.join).toEqual(status.join)
    expect(shown.joined).toEqual(status.joined)
    expect(JSON.stringify(shown)).not.toContain('Ane')
    expect(JSON.stringify(shown)).not.toContain('wlan0')
  })
})
