import { describe, expect, it } from 'vitest'
import { tallyRound } from '@shared/analysis/voteTallies'
import { createWorkshop, runCommand } from '@shared/commands'
import { emptyDoc, type WorkshopDoc } from '@shared/model/document'
import { applyPatch } from '@shared/model/patch'
import type { LiveState } from '@shared/model/records'
import { formatClock, phaseName, phasesInOrder, timerView, totalMinutes } from '../agendaModel'
import { numberedParticipants, participantLabel, participantsBatch } from '../participantsModel'
import { latestUpdate, linksFromNotes, projectRows } from '../projectsModel'
import { linesOf, targetZone } from '../quickAddModel'
import { freeNotes, stackDuplicates, themesWithNotes } from '../themesModel'
import { rankItems } from '@shared/analysis/ranking'
import { dotsUsedBy, optionIdsFor } from '../votingModel'

let clock = 0
const now = () => new Date(Date.UTC(2026, 2, 1, 18, 0, clock++)).toISOString()
const run = (doc: WorkshopDoc, name: string, args: unknown) => applyPatch(doc, runCommand(doc, { name, args }, { now: now() }))

function fresh(template: 'blank' | 'strengths-map' = 'strengths-map'): WorkshopDoc {
  const doc = emptyDoc()
  return applyPatch(doc, createWorkshop.run(doc, { title: 'T', place: '', facilitator: '', language: 'en', template }, { now: now() }))
}

const note = (id: string, text: string, kind = 'idea') => ({ id, text, kind, x: 0, y: 0 })

describe('participants', () => {
  it('adds many of one role at once, with a name only for a single person', () => {
    let n = 0
    const batch = participantsBatch(35, 'citizen', () => `p${n++}`, 'ignored')
    expect(batch).toHaveLength(35)
    expect(new Set(batch.map((p) => p.id)).size).toBe(35)
    expect(batch.every((p) => p.role === 'citizen' && p.name === null)).toBe(true)
    expect(participantsBatch(1, 'staff', () => 'x', '  Ida  ')).toEqual([{ id: 'x', name: 'Ida', role: 'staff' }])
    expect(participantsBatch(0, 'staff', () => 'x')).toEqual([])
  })

  it('numbers unnamed people within their role and names named ones', () => {
    let doc = fresh()
    doc = run(doc, 'addParticipants', { participants: participantsBatch(2, 'citizen', () => `c${clock}${Math.random()}`) })
    doc = run(doc, 'addParticipants', { participants: [{ id: 'pol', name: 'Mette', role: 'politician' }] })
    doc = run(doc, 'addParticipants', { participants: [{ id: 'c3', name: null, role: 'citizen' }] })
    const labels = numberedParticipants(doc).map((entry) => participantLabel(entry, (role) => role))
    expect(labels).toEqual(['citizen 1', 'citizen 2', 'Mette (politician)', 'citizen 3'])
  })
})

describe('quick add', () => {
  it('splits lines and drops blank ones', () => {
    expect(linesOf(' Skolen \r\n\n  Hallen\n')).toEqual(['Skolen', 'Hallen'])
  })

  it('finds the area for a kind: a strength in its category area, an idea in the Ideas area', () => {
    const doc = fresh()
    expect(targetZone(doc, 'strength', 'places')?.categoryId).toBe('places')
    expect(targetZone(doc, 'idea', null)?.id).toBe('zone-ideas')
    expect(targetZone(fresh('blank'), 'idea', null)).toBeNull()
  })
})

describe('agenda and timer', () => {
  it('orders phases, names them from their kind, adds up minutes', () => {
    const phases = phasesInOrder(fresh())
    expect(phases.map((p) => p.kind)).toEqual(['map', 'dream', 'group', 'prioritise', 'plan', 'roundup'])
    expect(phaseName(phases[0]!, (key) => key)).toBe('method.phases.map')
    expect(totalMinutes(phases)).toBe(110)
  })

  it('counts down while running and signals at zero', () => {
    const live: LiveState = {
      id: 'live',
      currentSessionId: null,
      currentPhaseId: null,
      timerDurationMs: 60_000,
      timerStartedAt: '2026-03-01T18:00:00.000Z',
      timerRemainingMs: 60_000,
    }
    const start = Date.parse(live.timerStartedAt!)
    expect(timerView(live, start + 500)).toMatchObject({ clock: '1:00', running: true, timeUp: false })
    expect(timerView(live, start + 60_000)).toMatchObject({ clock: '0:00', timeUp: true })
    expect(timerView(live, start + 102_000).clock).toBe('-0:42')
    expect(timerView({ ...live, timerStartedAt: null }, start + 99_000)).toMatchObject({ clock: '1:00', running: false })
    expect(formatClock(20 * 60_000)).toBe('20:00')
  })
})

describe('themes', () => {
  it('stacks duplicates ignoring case and spaces, lists free notes by kind', () => {
    let doc = fresh()
    doc = run(doc, 'addNotes', { notes: [note('a', 'Cykelsti'), note('b', ' cykelsti.'), note('c', 'Legeplads'), note('s', 'Hallen', 'strength')] })
    doc = run(doc, 'createTheme', { id: 't', name: 'Trafik', noteIds: ['a', 'b', 'c'] })
    const [entry] = themesWithNotes(doc)
    expect(entry!.stacks.map((s) => [s.text, s.notes.length])).toEqual([['Cykelsti', 2], ['Legeplads', 1]])
    expect(freeNotes(doc, 'all').map((n) => n.id)).toEqual(['s'])
    expect(freeNotes(doc, 'idea')).toEqual([])
    expect(stackDuplicates([])).toEqual([])
  })
})

describe('voting', () => {
  const item = (itemId: string, total: number) => ({ itemId, total, byRole: { citizen: total, politician: 0, staff: 0, other: 0 } })

  it('shows exact ties and near ties (within 1 dot) as shared ranks', () => {
    const ranked = rankItems([item('a', 10), item('b', 12), item('c', 12), item('d', 7), item('e', 6), item('f', 0), item('g', 0)])
    expect(ranked.map((r) => [r.itemId, r.rank, r.tie])).toEqual([
      ['b', 1, 'tie'],
      ['c', 1, 'tie'],
      ['a', 3, null],
      ['d', 4, 'near'],
      ['e', 4, 'near'],
      ['f', 6, null],
      ['g', 7, null],
    ])
  })

  it('counts a participant\'s used dots and offers themes or idea notes', () => {
    let doc = fresh()
    doc = run(doc, 'addNotes', { notes: [note('a', 'x'), note('b', 'y'), note('s', 'z', 'strength')] })
    doc = run(doc, 'createTheme', { id: 't1', name: 'A', noteIds: ['a'] })
    doc = run(doc, 'createTheme', { id: 't2', name: 'B', noteIds: ['b'] })
    expect(optionIdsFor(doc, 'themes')).toEqual(['t1', 't2'])
    expect(optionIdsFor(doc, 'notes')).toEqual(['a', 'b'])
    doc = run(doc, 'addParticipants', { participants: [{ id: 'p', role: 'staff' }] })
    doc = run(doc, 'startVotingRound', { id: 'r', target: 'themes', optionIds: ['t1', 't2'] })
    doc = run(doc, 'recordVotes', { roundId: 'r', votes: [{ id: 'v1', itemId: 't1', participantId: 'p', count: 2 }] })
    doc = run(doc, 'addParticipants', { participants: ['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => ({ id, role: 'citizen' })) })
    doc = run(doc, 'recordPaperDots', { roundId: 'r', role: 'citizen', dots: [{ id: 'v2', itemId: 't2', count: 9 }] })
    expect(dotsUsedBy(doc, doc.votingRound.r!, 'p')).toBe(2)
    const ranked = rankItems(tallyRound(doc, doc.votingRound.r!).items)
    expect(ranked[0]).toMatchObject({ itemId: 't2', total: 9, byRole: { citizen: 9 } })
    expect(ranked[1]).toMatchObject({ itemId: 't1', total: 2, byRole: { staff: 2 } })
  })
})

describe('projects', () => {
  it('says how complete each project is and finds the newest update per session', () => {
    let doc = fresh()
    doc = run(doc, 'addSession', { id: 's50', title: 'Day 50', date: '2026-04-20' })
    doc = run(doc, 'addNotes', { notes: [note('i', 'idea'), note('s', 'hall', 'strength')] })
    doc = run(doc, 'addProject', { id: 'p', title: 'Bike', goal: 'Safer' })
    const [row] = projectRows(doc)
    // title, goal and the default deadline are filled
    expect(row).toMatchObject({ filled: 3, all: 13 })
    doc = run(doc, 'addProjectUpdate', { id: 'u1', projectId: 'p', sessionId: 's50', status: 'running', text: 'Started' })
    doc = run(doc, 'addProjectUpdate', { id: 'u2', projectId: 'p', sessionId: 's50', status: 'paused', text: 'Waiting' })
    expect(latestUpdate(doc, 'p', 's50')?.id).toBe('u2')
    expect(latestUpdate(doc, 'p', 'nope')).toBeUndefined()
    expect(linksFromNotes(doc, ['i', 's', 'gone'])).toEqual({ ideaIds: ['i'], strengthIds: ['s'] })
  })
})
