// Pushes to phones: a phone's state is made only when something it can see changed (its own notes and dots,
// the mode, the records its mode shows), and only a changed state is sent. With 200 phones, one phone's note
// must cost one state, not 200. The states made are counted through phoneState itself.
import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RoomPush } from '@shared/room/contract'
import { phoneState } from '@shared/room/phoneView'
import type { Device } from '../roomSession'
import { tempDir } from './roomHarness'
import { sessionRig, uuid, type SessionRig } from './sessionRig'

vi.mock('@shared/room/phoneView', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@shared/room/phoneView')>()
  return { ...actual, phoneState: vi.fn(actual.phoneState) }
})

let dir: string
let rig: SessionRig

beforeEach(() => {
  dir = tempDir()
  rig = sessionRig(dir)
})
afterEach(() => {
  rig.store.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

interface Listening {
  device: Device
  pushes: RoomPush[]
}

/** Three phones with a live connection, their first state received. */
async function threePhones(): Promise<Listening[]> {
  const phones: Listening[] = []
  for (let i = 0; i < 3; i++) {
    const listening: Listening = { device: await rig.phone(), pushes: [] }
    rig.session.subscribe(listening.device, (push) => listening.pushes.push(push))
    listening.pushes.length = 0
    phones.push(listening)
  }
  return phones
}

/** Pushes now and answers how many states were made and which phones (by index) got a message. */
function push(phones: Listening[]): { made: number; told: number[] } {
  for (const phone of phones) phone.pushes.length = 0
  vi.mocked(phoneState).mockClear()
  rig.session.pushNow()
  return {
    made: vi.mocked(phoneState).mock.calls.length,
    told: phones.flatMap((phone, i) => (phone.pushes.length > 0 ? [i] : [])),
  }
}

const stateOf = (phone: Listening) => {
  const last = phone.pushes.at(-1)
  if (last?.type !== 'state') throw new Error(`no state pushed: ${JSON.stringify(last)}`)
  return last.state
}

describe('pushes to phones', () => {
  it('a note from one phone makes and sends a state to that phone only', async () => {
    const { session } = rig
    session.setMode('ideas', null)
    const phones = await threePhones()
    expect(push(phones)).toEqual({ made: 0, told: [] }) // the mode was set before they subscribed

    await session.submitNote(phones[0]!.device, { clientId: uuid(1), text: 'Bålplads', kind: 'idea', categoryId: null })
    expect(push(phones)).toEqual({ made: 1, told: [0] })
    expect(stateOf(phones[0]!).myNotes.map((note) => [note.text, note.status])).toEqual([['Bålplads', 'waiting']])

    // Accepted: a note on the board (phones in the ideas mode do not see the board) and the author's note status.
    session.accept(session.inboxEntries().map((entry) => entry.entryId))
    expect(push(phones)).toEqual({ made: 1, told: [0] })
    expect(stateOf(phones[0]!).myNotes[0]!.status).toBe('accepted')

    expect(push(phones)).toEqual({ made: 0, told: [] }) // asked again with nothing changed
  })

  it('an edit of what no phone sees makes no state; a change of what they see reaches every phone', async () => {
    const { session, store } = rig
    session.setMode('strengths', null)
    const phones = await threePhones()
    // A note on the board: phones in the strengths mode see the categories, not the board.
    store.apply({ name: 'addNotes', args: { notes: [{ id: 'n1', text: 'Hallen', kind: 'strength', x: 0, y: 0 }] } })
    expect(push(phones)).toEqual({ made: 0, told: [] })

    const category = Object.values(store.doc.category)[0]!
    store.apply({ name: 'updateCategory', args: { id: category.id, name: 'Ildsjæle' } })
    expect(push(phones)).toEqual({ made: 3, told: [0, 1, 2] })
    for (const phone of phones) {
      const mode = stateOf(phone).mode
      expect(mode.kind === 'strengths' && mode.categories.find((c) => c.id === category.id)?.name).toBe('Ildsjæle')
    }

    session.setMode('pause', null)
    expect(push(phones)).toEqual({ made: 3, told: [0, 1, 2] })
    expect(push(phones)).toEqual({ made: 0, told: [] }) // asked again with nothing changed
  })

  it("in a vote, one phone's dot makes a state for that phone only; others' dots left are unchanged", async () => {
    const { session, store } = rig
    for (const id of ['t1', 't2'])
      store.apply({ name: 'createTheme', args: { id, name: id, color: '#e76f51', noteIds: [] } })
    store.apply({
      name: 'startVotingRound',
      args: {
        id: 'r1',
        title: 'Temaer',
        target: 'themes',
        optionIds: ['t1', 't2'],
        dotsPerParticipant: 3,
        maxPerItem: 2,
      },
    })
    session.setMode('vote', 'r1')
    const phones = await threePhones()
    const placed = session.placeDot(phones[1]!.device, { clientId: uuid(1), itemId: 't2' })
    rig.endWindow()
    await placed
    expect(push(phones)).toEqual({ made: 1, told: [1] })
    const mode = stateOf(phones[1]!).mode
    expect(mode.kind === 'vote' && [mode.dotsLeft, mode.myDots]).toEqual([2, [{ clientId: uuid(1), itemId: 't2' }]])

    // A theme renamed: every phone's ballot shows the new name.
    store.apply({ name: 'renameTheme', args: { id: 't1', name: 'Trafik' } })
    expect(push(phones)).toEqual({ made: 3, told: [0, 1, 2] })
  })
})
