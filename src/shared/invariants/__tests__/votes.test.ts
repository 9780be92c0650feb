import { describe, expect, it } from 'vitest'
import { emptyDoc, recordsOf, type WorkshopDoc } from '../../model/document'
import { applyPatch, invertPatch } from '../../model/patch'
import type { Participant, Vote, VotingRound } from '../../model/records'
import { createWorkshop, runCommand } from '../../commands'
import { tallyRound } from '../../analysis/voteTallies'
import { createI18n, errorMessage, type Translate } from '../../i18n'
import { allVoteProblems, roleBudget, roundVoteProblems, roundVoters } from '../votes'

const now = '2026-03-10T18:00:00.000Z'
const run = (doc: WorkshopDoc, name: string, args: unknown) => applyPatch(doc, runCommand(doc, { name, args }, { now }))
const rejection = (reason: string, params: Record<string, unknown> = {}) =>
  expect.objectContaining({ code: 'command-rejected', params: expect.objectContaining({ reason, ...params }) })

/** The Knabstrup evening: 35 citizens, 5 politicians, 10 staff, three dots each, at most two on one theme. */
function evening(): WorkshopDoc {
  let doc = emptyDoc()
  doc = applyPatch(doc, createWorkshop.run(doc, { title: 'Knabstrup', place: '', facilitator: '', language: 'da', template: 'blank' }, { now }))
  const people = [
    ...Array.from({ length: 35 }, (_, i) => ({ id: `c${i}`, name: null, role: 'citizen' })),
    ...Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, name: null, role: 'politician' })),
    ...Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, name: null, role: 'staff' })),
  ]
  doc = run(doc, 'addParticipants', { participants: people })
  doc = run(doc, 'addNotes', {
    notes: ['Trafik', 'Unge', 'Natur'].map((text, i) => ({ id: `n${i}`, text, x: i * 200, y: 0 })),
  })
  for (const [i, theme] of ['traffic', 'youth', 'nature'].entries()) doc = run(doc, 'createTheme', { id: theme, noteIds: [`n${i}`] })
  return run(doc, 'startVotingRound', {
    id: 'r',
    target: 'themes',
    optionIds: ['traffic', 'youth', 'nature'],
    dotsPerParticipant: 3,
    maxPerItem: 2,
  })
}

const paper = (doc: WorkshopDoc, role: string, counts: Record<string, number>, tag = 'a') =>
  run(doc, 'recordPaperDots', {
    roundId: 'r',
    role,
    dots: Object.entries(counts).map(([itemId, count]) => ({ id: `${tag}-${role}-${itemId}`, itemId, count })),
  })

describe('vote invariants: paper dots per role (bug 6)', () => {
  it('refuses 16 dots from 5 politicians with 3 each, and accepts 15', () => {
    expect(() => paper(evening(), 'politician', { traffic: 6, youth: 6, nature: 4 })).toThrow(
      rejection('role-over-budget', { role: 'politician', count: 16, max: 15, people: 5 }),
    )
    const doc = paper(evening(), 'politician', { traffic: 6, youth: 5, nature: 4 })
    expect(roleBudget(doc.votingRound.r!, recordsOf(doc, 'vote'), recordsOf(doc, 'participant'), 'politician')).toMatchObject({
      people: 5,
      dots: 15,
      perItem: 10,
      used: 15,
      paper: 15,
    })
  })

  it('refuses 200 in one field: a role places at most people × the per-item maximum on one item', () => {
    expect(() => paper(evening(), 'citizen', { traffic: 200 })).toThrow(rejection('role-too-many-on-item', { max: 70, count: 200 }))
    expect(() => paper(evening(), 'politician', { traffic: 11 })).toThrow(rejection('role-too-many-on-item', { max: 10 }))
  })

  it('refuses paper dots for a role nobody in the room has', () => {
    expect(() => paper(evening(), 'other', { traffic: 1 })).toThrow(rejection('role-has-no-people', { role: 'other' }))
  })

  it('makes a second recording of a role a correction that replaces the first, undone in one step', () => {
    const first = paper(evening(), 'citizen', { traffic: 50, youth: 40, nature: 15 })
    const patch = runCommand(
      first,
      { name: 'recordPaperDots', args: { roundId: 'r', role: 'citizen', dots: [{ id: 'b1', itemId: 'traffic', count: 60 }] } },
      { now },
    )
    const second = applyPatch(first, patch)
    const citizen = recordsOf(second, 'vote').filter((vote) => vote.role === 'citizen')
    expect(citizen.map((vote) => [vote.itemId, vote.count])).toEqual([['traffic', 60]])
    expect(applyPatch(second, invertPatch(patch))).toEqual(first)
    // Other roles' paper dots are left alone.
    const both = paper(paper(evening(), 'staff', { nature: 9 }), 'citizen', { traffic: 3 })
    expect(recordsOf(both, 'vote').filter((vote) => vote.role === 'staff').map((vote) => vote.count)).toEqual([9])
  })

  it('counts dots of people recorded one by one in their role’s budget', () => {
    let doc = evening()
    for (let i = 0; i < 4; i++) {
      doc = run(doc, 'recordVotes', {
        roundId: 'r',
        votes: [
          { id: `v${i}a`, itemId: 'traffic', participantId: `p${i}`, count: 2 },
          { id: `v${i}b`, itemId: 'youth', participantId: `p${i}`, count: 1 },
        ],
      })
    }
    // 4 politicians used 12 of 15: three paper dots are left, not four.
    expect(() => paper(doc, 'politician', { nature: 4 })).toThrow(rejection('role-over-budget', { max: 15, count: 16 }))
    expect(() => paper(doc, 'politician', { nature: 3 })).not.toThrow()
  })
})

describe('vote invariants: one participant', () => {
  it('refuses more than the dots per participant and more than the per-item maximum', () => {
    const doc = run(evening(), 'recordVotes', { roundId: 'r', votes: [{ id: 'v1', itemId: 'traffic', participantId: 'c1', count: 2 }] })
    expect(() => run(doc, 'recordVotes', { roundId: 'r', votes: [{ id: 'v2', itemId: 'traffic', participantId: 'c1', count: 1 }] })).toThrow(
      rejection('too-many-on-item', { max: 2 }),
    )
    expect(() =>
      run(doc, 'recordVotes', {
        roundId: 'r',
        votes: [
          { id: 'v2', itemId: 'youth', participantId: 'c1', count: 1 },
          { id: 'v3', itemId: 'nature', participantId: 'c1', count: 1 },
        ],
      }),
    ).toThrow(rejection('too-many-dots', { max: 3 }))
  })

  it('no longer takes paper dots: those go through recordPaperDots, which replaces', () => {
    expect(() => run(evening(), 'recordVotes', { roundId: 'r', votes: [{ id: 'v1', itemId: 'traffic', role: 'citizen', count: 2 }] })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    )
  })
})

describe('vote invariants as plain functions (the import uses them)', () => {
  const round: VotingRound = {
    id: 'r',
    title: '',
    target: 'themes',
    optionIds: ['a', 'b'],
    dotsPerParticipant: 3,
    maxPerItem: 2,
    status: 'open',
    sessionId: null,
    createdAt: now,
  }
  const people: Participant[] = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, name: null, role: 'politician', createdAt: now, source: 'facilitator' }))
  const vote = (id: string, itemId: string, count: number, participantId: string | null = null): Vote => ({
    id,
    roundId: 'r',
    itemId,
    participantId,
    role: 'politician',
    count,
    createdAt: now,
  })

  it('finds every problem of a file, with its round, and none in a file that keeps the rules', () => {
    expect(allVoteProblems([round], [vote('1', 'a', 10), vote('2', 'b', 5)], people)).toEqual([])
    const problems = allVoteProblems([round], [vote('1', 'a', 200), vote('2', 'b', 2, 'p1'), vote('3', 'b', 1, 'p1'), vote('4', 'a', 1, 'ghost')], people)
    expect(problems.map((problem) => [problem.roundId, problem.reason, problem.subject])).toEqual([
      ['r', 'unknown-participant', 'participant:ghost'],
      ['r', 'too-many-on-item', 'participant:p1'],
      ['r', 'role-too-many-on-item', 'role:politician'],
      ['r', 'role-over-budget', 'role:politician'],
    ])
  })

  it('counts who took part: people recorded one by one, and the people a role’s paper dots stand for (bug 9)', () => {
    expect(roundVoters(round, [], people)).toBe(0)
    expect(roundVoters(round, [vote('1', 'a', 10)], people)).toBe(5)
    expect(roundVoters(round, [vote('1', 'a', 3, 'p1'), vote('2', 'a', 6)], people)).toBe(5)
    expect(roundVoters(round, [vote('1', 'a', 3, 'p1')], people)).toBe(1)
    expect(roundVoteProblems(round, [vote('1', 'a', 3, 'p1')], people)).toEqual([expect.objectContaining({ reason: 'too-many-on-item' })])
  })
})

describe('a paper round counts its people (bug 9)', () => {
  it('says 50 took part when the three roles’ paper dots are recorded, not 0', () => {
    let doc = paper(evening(), 'citizen', { traffic: 50, youth: 40, nature: 15 })
    doc = paper(doc, 'politician', { traffic: 5, youth: 5, nature: 5 })
    doc = paper(doc, 'staff', { traffic: 10, youth: 10, nature: 10 })
    const tally = tallyRound(doc, doc.votingRound.r!)
    expect(tally.total).toBe(150)
    expect(tally.voters).toBe(50)
  })
})

describe('participants are renamed and removed', () => {
  const withDots = () =>
    run(paper(evening(), 'politician', { traffic: 6 }), 'recordVotes', {
      roundId: 'r',
      votes: [{ id: 'v1', itemId: 'youth', participantId: 'p0', count: 2 }],
    })

  it('renames, and an empty name makes the person unnamed again', () => {
    const named = run(evening(), 'renameParticipant', { id: 'c3', name: '  Ida Holm ' })
    expect(named.participant.c3?.name).toBe('Ida Holm')
    expect(run(named, 'renameParticipant', { id: 'c3', name: '' }).participant.c3?.name).toBeNull()
  })

  it('keeps the dots as the role’s paper dots, or removes them, and unlinks projects; one undo brings all back', () => {
    let doc = withDots()
    doc = run(doc, 'addProject', { id: 'proj', title: 'Bike lane', ownerId: 'p0', memberIds: ['p0', 'p1'] })
    const patch = runCommand(doc, { name: 'removeParticipant', args: { id: 'p0', dots: 'keep' } }, { now })
    const kept = applyPatch(doc, patch)
    expect(kept.participant.p0).toBeUndefined()
    expect(kept.vote.v1).toMatchObject({ participantId: null, role: 'politician', count: 2 })
    expect(kept.project.proj).toMatchObject({ ownerId: null, memberIds: ['p1'] })
    expect(applyPatch(kept, invertPatch(patch))).toEqual(doc)

    const dropped = run(doc, 'removeParticipant', { id: 'p0', dots: 'remove' })
    expect(dropped.vote.v1).toBeUndefined()
    expect(tallyRound(dropped, dropped.votingRound.r!).total).toBe(6)
  })

  it('refuses a removal that would leave the role more dots than its people have', () => {
    const full = paper(evening(), 'politician', { traffic: 8, youth: 7 })
    expect(() => run(full, 'removeParticipant', { id: 'p4', dots: 'remove' })).toThrow(
      rejection('participant-needed-for-dots', { role: 'politician', count: 15, max: 12, people: 4 }),
    )
    expect(() => run(paper(full, 'politician', { traffic: 8, youth: 4 }, 'b'), 'removeParticipant', { id: 'p4', dots: 'remove' })).not.toThrow()
  })
})

describe('the refusal reads as a sentence in the user’s language', () => {
  it('names the role’s dots and people in Danish and English', () => {
    const shape = { code: 'command-rejected' as const, params: { reason: 'role-over-budget', role: 'politician', count: 16, max: 15, people: 5, dots: 3 } }
    expect(errorMessage(createI18n('da').t as unknown as Translate, shape)).toBe(
      'For mange politikerprikker: 16, men 5 politikere med 3 prikker hver har højst 15. Intet blev gemt.',
    )
    expect(errorMessage(createI18n('en').t as unknown as Translate, shape)).toBe(
      'Too many politician dots: 16, but 5 politicians with 3 dots each have at most 15. Nothing was saved.',
    )
  })
})
