// Group commit in the room (gathering.ts): a burst of notes or dots from phones is written as ONE edit, every
// submission is answered once and only after that edit is in the workshop file, a retry in the middle of a
// burst waits for the same write, and the limits count what is still being written. The batch window is
// flushed by hand here, so nothing depends on timing.
import fs from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { recordsOf } from '@shared/model/document'
import { RoomError } from '../roomErrors'
import { tempDir } from './roomHarness'
import { sessionRig, uuid, type SessionRig } from './sessionRig'

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

/** Settles a promise into the log as `answer <label>` or `refused <label> <code/reason>`. */
function track<T>(promise: Promise<T>, label: string): Promise<T | RoomError> {
  return promise.then(
    (value) => {
      rig.log.push(`answer ${label}`)
      return value
    },
    (error: RoomError) => {
      rig.log.push(`refused ${label} ${error.code}/${String(error.params?.reason ?? '')}`)
      return error
    },
  )
}

const settled = () => new Promise((resolve) => setImmediate(resolve))

describe('joins', () => {
  const joinOf = (n: number, extra: { name?: string | null; key?: string } = {}) =>
    rig.session.join(
      {
        key: extra.key ?? rig.session.key,
        role: 'citizen',
        name: extra.name ?? `Person ${n}`,
        language: 'da',
        clientId: uuid(n),
      },
      '127.0.0.1',
    )
  const phoneParticipants = () => recordsOf(rig.store.doc, 'participant').filter((p) => p.source === 'phone')

  it('a burst of joins is one edit; each phone is answered after it, with its own participant', async () => {
    const { session, store, log } = rig
    const revision = store.revision
    const answers = [1, 2, 3, 4, 5].map((n) => track(joinOf(n), `join ${n}`))
    await settled()
    expect(log).toEqual([]) // nothing written, nobody answered before the window ends
    expect(rig.windows).toHaveLength(1)

    rig.endWindow()
    const joined = (await Promise.all(answers)) as { token: string; state: { me: { participantId: string } } }[]
    expect(log[0]).toBe('write addParticipants')
    expect(log.filter((line) => line.startsWith('write'))).toEqual(['write addParticipants'])
    expect(store.revision).toBe(revision + 1) // one transaction, one patch
    expect(
      phoneParticipants()
        .map((p) => p.name)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5].map((n) => `Person ${n}`))
    const ids = joined.map((answer) => answer.state.me.participantId)
    expect(new Set(ids).size).toBe(5)
    for (const [i, answer] of joined.entries()) {
      expect(session.deviceFor(answer.token).participantId).toBe(ids[i])
      expect(store.doc.participant[ids[i]!]?.name).toBe(`Person ${i + 1}`)
    }
  })

  it('a join asked again while its write is under way waits for it and is the same participant', async () => {
    const { session, store } = rig
    const first = joinOf(1)
    const retry = joinOf(1)
    const other = joinOf(2)
    await settled()
    expect(phoneParticipants()).toEqual([])
    rig.endWindow()
    const [a, b, c] = await Promise.all([first, retry, other])
    expect(b.state.me.participantId).toBe(a.state.me.participantId)
    expect(b.token).not.toBe(a.token) // either answer may be the one the phone kept: both work
    expect(session.deviceFor(b.token)).toBe(session.deviceFor(a.token))
    expect(c.state.me.participantId).not.toBe(a.state.me.participantId)
    expect(phoneParticipants()).toHaveLength(2)
    expect(store.revision).toBeGreaterThan(0)
    expect(rig.windows).toEqual([]) // the retry started no write of its own
    // Asked again after the write: answered at once, still the same participant, nothing written.
    const revision = store.revision
    const late = await joinOf(1)
    expect(late.state.me.participantId).toBe(a.state.me.participantId)
    expect(store.revision).toBe(revision)
  })

  it('one refused join does not refuse the others of its batch', async () => {
    const { session, log } = rig
    const good = [1, 2, 3].map((n) => track(joinOf(n), `good ${n}`))
    // A name the workshop does not take (the room's schema would stop it first; here it reaches the write).
    const refusedByWrite = track(joinOf(4, { name: 'x'.repeat(201) }), 'too long')
    const wrongKey = track(joinOf(5, { key: 'A'.repeat(43) }), 'wrong key')
    await settled()
    expect(log).toEqual(['refused wrong key wrong-code/']) // a wrong key is refused at once, nothing written
    rig.endWindow()
    await Promise.all([...good, refusedByWrite, wrongKey])
    expect(log.filter((line) => !line.startsWith('write')).sort()).toEqual([
      'answer good 1',
      'answer good 2',
      'answer good 3',
      'refused too long invalid-input/',
      'refused wrong key wrong-code/',
    ])
    expect(
      phoneParticipants()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Person 1', 'Person 2', 'Person 3'])
    expect(session.deviceList()).toHaveLength(3)
  })
})

describe('notes from phones with auto-accept', () => {
  it('a burst is one edit; each phone is answered once, after the write, with its note accepted; a retry waits for it', async () => {
    const { session, store, log } = rig
    session.setAutoAccept(true)
    session.setMode('ideas', null)
    const phones = [await rig.phone(), await rig.phone(), await rig.phone()]
    log.length = 0
    const revision = store.revision
    const answers = phones.flatMap((phone, p) =>
      [1, 2].map((n) =>
        track(
          session.submitNote(phone, {
            clientId: uuid(10 * p + n),
            text: `Idé ${p}.${n}`,
            kind: 'idea',
            categoryId: null,
          }),
          `${p}.${n}`,
        ),
      ),
    )
    // The second phone's first note again (its answer lost on the Wi-Fi), while the burst is still gathering.
    const retry = track(
      session.submitNote(phones[1]!, { clientId: uuid(11), text: 'Idé 1.1', kind: 'idea', categoryId: null }),
      'retry',
    )
    await settled()
    expect(log).toEqual([]) // nothing written, nobody answered before the window ends
    expect(rig.windows).toHaveLength(1) // one window for the whole burst

    rig.endWindow()
    const values = await Promise.all([...answers, retry])
    expect(log[0]).toBe('write addNotes')
    expect(log.filter((line) => line.startsWith('write'))).toEqual(['write addNotes'])
    expect(store.revision).toBe(revision + 1) // one transaction
    expect(log.filter((line) => line.startsWith('answer')).sort()).toEqual(
      ['answer 0.1', 'answer 0.2', 'answer 1.1', 'answer 1.2', 'answer 2.1', 'answer 2.2', 'answer retry'].sort(),
    )
    for (const value of values) expect((value as { note: { status: string } }).note.status).toBe('accepted')
    const texts = recordsOf(store.doc, 'note').map((note) => note.text)
    expect(texts.filter((text) => text.startsWith('Idé')).sort()).toEqual([
      'Idé 0.1',
      'Idé 0.2',
      'Idé 1.1',
      'Idé 1.2',
      'Idé 2.1',
      'Idé 2.2',
    ])
    // The phone's own list: each note once, accepted.
    expect(phones[1]!.notes.map((note) => [note.clientId, note.status])).toEqual([
      [uuid(11), 'accepted'],
      [uuid(12), 'accepted'],
    ])
  })

  it('a retry after the write answers at once and adds nothing', async () => {
    const { session, store } = rig
    session.setAutoAccept(true)
    session.setMode('ideas', null)
    const phone = await rig.phone()
    const first = session.submitNote(phone, { clientId: uuid(1), text: 'Bål', kind: 'idea', categoryId: null })
    rig.endWindow()
    await first
    const revision = store.revision
    const again = await session.submitNote(phone, { clientId: uuid(1), text: 'Bål', kind: 'idea', categoryId: null })
    expect(again.note.status).toBe('accepted')
    expect(rig.windows).toEqual([])
    expect(store.revision).toBe(revision)
  })

  it('a failed write answers every note of the batch with the failure; the resend is accepted then', async () => {
    const { session, store } = rig
    session.setAutoAccept(true)
    session.setMode('ideas', null)
    const phone = await rig.phone()
    const submit = () => session.submitNote(phone, { clientId: uuid(1), text: 'Bål', kind: 'idea', categoryId: null })
    const first = track(submit(), 'first')
    rig.failWrites = true // the disk is full, say
    rig.endWindow()
    expect(await first).toBeInstanceOf(Error)
    expect(phone.notes[0]!.status).toBe('waiting')
    rig.failWrites = false
    const resent = submit()
    rig.endWindow()
    expect((await resent).note.status).toBe('accepted')
    expect(recordsOf(store.doc, 'note').filter((note) => note.text === 'Bål')).toHaveLength(1)
  })
})

describe('dots from phones', () => {
  function openRound(): void {
    const { store, session } = rig
    for (const id of ['t1', 't2', 't3']) {
      store.apply({ name: 'createTheme', args: { id, name: id, color: '#e76f51', noteIds: [] } })
    }
    store.apply({
      name: 'startVotingRound',
      args: {
        id: 'r1',
        title: 'Temaer',
        target: 'themes',
        optionIds: ['t1', 't2', 't3'],
        dotsPerParticipant: 3,
        maxPerItem: 2,
      },
    })
    session.setMode('vote', 'r1')
  }

  it('a burst is one edit, answered after it; limits count the dots still being written; a retry waits', async () => {
    openRound()
    const { session, store, log } = rig
    const [a, b] = [await rig.phone(), await rig.phone()]
    log.length = 0
    const revision = store.revision
    const placed = [
      track(session.placeDot(a, { clientId: uuid(1), itemId: 't1' }), 'a1'),
      track(session.placeDot(a, { clientId: uuid(2), itemId: 't1' }), 'a2'),
      track(session.placeDot(a, { clientId: uuid(3), itemId: 't1' }), 'a3 (third on t1)'),
      track(session.placeDot(a, { clientId: uuid(4), itemId: 't2' }), 'a4'),
      track(session.placeDot(a, { clientId: uuid(5), itemId: 't3' }), 'a5 (fourth dot)'),
      track(session.placeDot(b, { clientId: uuid(1), itemId: 't3' }), 'b1'),
      track(session.placeDot(b, { clientId: uuid(1), itemId: 't3' }), 'b1 retry'),
    ]
    await settled()
    // Over the limits: refused at once, counting the dots not yet written; nothing else answered or written.
    expect(log.sort()).toEqual([
      'refused a3 (third on t1) vote-refused/max-on-item',
      'refused a5 (fourth dot) vote-refused/no-dots-left',
    ])
    log.length = 0
    expect(rig.windows).toHaveLength(1)

    rig.endWindow()
    await Promise.all(placed)
    expect(log[0]).toBe('write recordVotes')
    expect(log.filter((line) => line.startsWith('write'))).toHaveLength(1)
    expect(store.revision).toBe(revision + 1)
    expect(log.slice(1).sort()).toEqual(['answer a1', 'answer a2', 'answer a4', 'answer b1', 'answer b1 retry'])
    const votes = recordsOf(store.doc, 'vote')
    expect(votes.filter((vote) => vote.participantId === a.participantId)).toHaveLength(3)
    expect(votes.filter((vote) => vote.participantId === b.participantId)).toHaveLength(1)
  })

  it('a batch the round refuses as a whole gives each dot its own verdict', async () => {
    openRound()
    const { session, store } = rig
    const [a, b] = [await rig.phone(), await rig.phone()]
    const placed = [
      track(session.placeDot(a, { clientId: uuid(1), itemId: 't1' }), 'a1'),
      track(session.placeDot(b, { clientId: uuid(1), itemId: 't2' }), 'b1'),
    ]
    store.apply({ name: 'setRoundStatus', args: { id: 'r1', status: 'closed' } }) // closed before the write
    rig.endWindow()
    const [first, second] = await Promise.all(placed)
    expect(first).toBeInstanceOf(RoomError)
    expect((first as RoomError).code).toBe('not-now')
    expect((second as RoomError).code).toBe('not-now')
    expect(recordsOf(store.doc, 'vote')).toEqual([])
  })

  it('taking back a dot still being written waits for it, then takes it back', async () => {
    openRound()
    const { session, store } = rig
    const a = await rig.phone()
    const placed = session.placeDot(a, { clientId: uuid(1), itemId: 't1' })
    const takenBack = session.takeBackDot(a, { clientId: uuid(1) })
    rig.endWindow()
    await placed
    const state = await takenBack
    expect(recordsOf(store.doc, 'vote')).toEqual([])
    expect(state.mode.kind === 'vote' && state.mode.dotsLeft).toBe(3)
  })
})
