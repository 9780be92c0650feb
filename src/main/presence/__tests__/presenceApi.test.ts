// Presence through the real API and real SQLite files: a moving view reaches every view (the projector too)
// without a revision or a write; the settled view is saved and a reopen resumes there; a freeze keeps the view
// the room saw; the room's counts (phones, dots placed from phones) are presence too, and carry no tallies.
import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiEvent, WorkshopSnapshot } from '@shared/api/contract'
import type { BoardView } from '@shared/model/records'
import { PRESENTATION_ID } from '@shared/model/records'
import type { Presence } from '@shared/presence/presence'
import type { RoomStatus } from '@shared/room/contract'
import { createApi } from '../../api/createApi'
import type { Api } from '../../api/types'
import { cookieFrom, ok, openThemeRound, roomApi, send, tempDir } from '../../room/__tests__/roomHarness'

let dir: string
let api: Api
let workshopId: string
let events: ApiEvent[]
const projectorEvents: ApiEvent[] = []

const view = (x: number): BoardView => ({ x, y: -40, scale: 0.8, width: 1280, height: 720 })
const snapshot = () => ok<WorkshopSnapshot>(api.call('workshop.snapshot', { workshopId }))
let clock = 0
const report = (v: BoardView, settled: boolean) =>
  ok(api.call('presence.view', { workshopId, view: v, settled, at: ++clock }))
const savedView = async () => (await snapshot()).doc.presentation[PRESENTATION_ID]?.facilitatorView ?? null
const presenceEvents = (list: ApiEvent[]) =>
  list.filter((event): event is Extract<ApiEvent, { type: 'presence' }> => event.type === 'presence')

beforeEach(async () => {
  dir = tempDir()
  ;({ api, workshopId, events } = await roomApi(dir))
  projectorEvents.length = 0
  api.onEvent((event) => projectorEvents.push(event), 'projector')
})
afterEach(async () => {
  await api.room?.close()
  api.closeAll()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the presence channel', () => {
  it('sends a moving view to every view with no revision and no write; saves it once settled', async () => {
    const before = await snapshot()
    events.length = 0
    for (let x = 0; x < 20; x++) await report(view(x), false)
    expect(presenceEvents(events)).toHaveLength(20)
    expect(events.filter((event) => event.type === 'patch')).toEqual([]) // not a document edit
    expect((await snapshot()).revision).toBe(before.revision)
    expect(await savedView()).toBeNull()
    // The projector follows from the same events, and may ask for the presence now.
    expect(presenceEvents(projectorEvents).at(-1)!.presence.facilitatorView).toEqual(view(19))
    expect(await ok<Presence>(api.call('presence.get', { workshopId }, 'projector'))).toMatchObject({
      facilitatorView: view(19),
    })

    await report(view(20), true)
    expect(await savedView()).toEqual(view(20))
    const patches = events.filter((event) => event.type === 'patch')
    expect(patches).toHaveLength(1)
    // Saving the view is live state: it never enters the undo history.
    expect((await snapshot()).canUndo).toBe(before.canUndo)
  })

  it('a reopened workshop resumes at the last settled view, also when the window never said it settled', async () => {
    await report(view(3), true)
    await report(view(4), false) // the window closes mid-pan: closing saves the pending view
    const { path } = await snapshot()
    await ok(api.call('workshop.close', { workshopId }))
    const again = createApi({
      shell: 'browser',
      appDataDir: `${dir}/app2`,
      workshopsFolder: `${dir}/workshops`,
      locale: 'da-DK',
    })
    try {
      const reopened = await ok<WorkshopSnapshot>(again.call('workshop.open', { path }))
      expect(reopened.doc.presentation[PRESENTATION_ID]?.facilitatorView).toEqual(view(4))
      // Presence itself did not survive: it is memory of the process that had the file open.
      expect(await ok<Presence>(again.call('presence.get', { workshopId: reopened.workshopId }))).toMatchObject({
        facilitatorView: null,
      })
    } finally {
      again.closeAll()
    }
  })

  it('freezing keeps the view the room sees now, even one not yet settled', async () => {
    await report(view(1), true)
    await report(view(2), false)
    await ok(api.call('workshop.apply', { workshopId, command: { name: 'setPresentation', args: { frozen: true } } }))
    expect((await snapshot()).doc.presentation[PRESENTATION_ID]?.frozenView).toEqual(view(2))
  })

  it('the projector may read presence but never report a view; an unknown workshop is refused', async () => {
    expect(
      await api.call('presence.view', { workshopId, view: view(1), settled: true, at: 1 }, 'projector'),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await api.call('presence.get', { workshopId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-open' },
    })
    expect(
      await api.call('presence.view', { workshopId, view: { ...view(1), scale: -1 }, settled: true, at: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await savedView()).toBeNull()
  })

  it("carries the room's phones and the count of dots placed from phones, never a tally", async () => {
    const status = await ok<RoomStatus>(api.call('room.open', { workshopId }))
    const key = new URL(status.join!.url).searchParams.get('k')!
    const joined = await send(status, '/room/api/join', {
      body: { key, role: 'citizen', name: 'Kirsten', language: 'da' },
    })
    const cookie = cookieFrom(joined)
    const [theme] = await openThemeRound(api, workshopId, { items: 1, maxPerItem: 3 })
    for (const clientId of ['dot-00000001', 'dot-00000002'])
      expect((await send(status, '/room/api/placeDot', { body: { clientId, itemId: theme }, cookie })).status).toBe(200)
    // Dots the facilitator records for a person in the hall are not phones' presence.
    await ok(
      api.call('workshop.apply', {
        workshopId,
        command: { name: 'addParticipants', args: { participants: [{ id: 'hall1', role: 'staff' }] } },
      }),
    )
    await ok(
      api.call('workshop.apply', {
        workshopId,
        command: {
          name: 'recordVotes',
          args: { roundId: 'r1', votes: [{ id: 'v-hall', itemId: theme, participantId: 'hall1', count: 2 }] },
        },
      }),
    )
    await expect
      .poll(async () => (await ok<Presence>(api.call('presence.get', { workshopId }))).dots)
      .toEqual({ roundId: 'r1', placed: 2, voters: 1 })
    const last = presenceEvents(projectorEvents).at(-1)!.presence
    expect(last).toMatchObject({ phones: { joined: 1, connected: 0 }, dots: { placed: 2 } })
    expect(JSON.stringify(last)).not.toContain('Kirsten')
    expect(JSON.stringify(last)).not.toContain(`"${theme}"`)

    await ok(api.call('room.close', { workshopId }))
    await expect.poll(async () => (await ok<Presence>(api.call('presence.get', { workshopId }))).phones).toBeNull()
  })
})
