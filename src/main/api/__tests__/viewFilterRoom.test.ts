import { describe, expect, it } from 'vitest'
import { publicRoomStatus, type RoomStatus } from '@shared/room/contract'
import { eventForView } from '../viewFilter'

describe('the room event per view', () => {
  it('a projector gets the join facts without the inbox, the devices or the addresses', () => {
    const status: RoomStatus = {
      workshopId: 'w',
      open: true,
      mode: 'ideas',
      roundId: null,
      join: null,
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
          receivedAt: 'x',
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
    }
    const event = { type: 'room' as const, workshopId: 'w', status }
    expect(eventForView(event, 'facilitator', null)).toBe(event)
    const shown = eventForView(event, 'projector', null)
    expect(shown).toEqual({ ...event, status: publicRoomStatus(status) })
    expect(JSON.stringify(shown)).not.toContain('Ane')
    expect(JSON.stringify(shown)).not.toContain('wlan0')
  })
})
