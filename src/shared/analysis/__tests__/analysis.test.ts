// Pure analysis over a small hand-made document: every record is written out here, so the expected
// numbers can be checked by reading the test.
import { describe, expect, it } from 'vitest'
import { emptyDoc, type WorkshopDoc } from '../../model/document'
import type { Note, Participant, Project, Role, Theme, Vote, VotingRound } from '../../model/records'
import { projectCompleteness } from '../projectCompleteness'
import { notesByCategory, notesByKind, participantsByRole } from '../recordCounts'
import { allDots, latestRoundWith, tallyRound } from '../voteTallies'
import { summarizeWorkshop } from '../workshopSummary'

const at = (minute: number) => `2025-09-30T19:${String(minute).padStart(2, '0')}:00.000Z`

const person = (id: string, role: Role, name: string | null = null): Participant => ({
  id,
  name,
  role,
  source: 'facilitator',
  createdAt: at(0),
})
const theme = (id: string, minute: number): Theme => ({ id, name: id, color: '#e76f51', createdAt: at(minute) })
const round = (id: string, optionIds: string[], minute: number): VotingRound => ({
  id,
  title: id,
  target: 'themes',
  optionIds,
  dotsPerParticipant: 4,
  maxPerItem: 2,
  status: 'revealed',
  sessionId: null,
  createdAt: at(minute),
})
const vote = (
  id: string,
  roundId: string,
  itemId: string,
  participantId: string | null,
  role: Role,
  count: number,
): Vote => ({
  id,
  roundId,
  itemId,
  participantId,
  role,
  count,
  createdAt: at(30),
})
const note = (id: string, kind: Note['kind'], categoryId: string | null, themeId: string | null = null): Note => ({
  id,
  text: id,
  kind,
  categoryId,
  color: '#fff3b0',
  x: 0,
  y: 0,
  width: 180,
  height: 120,
  authorId: null,
  sessionId: null,
  themeId,
  actorId: null,
  marketCategory: null,
  exchange: null,
  createdAt: at(1),
  updatedAt: at(1),
})

function handMadeDoc(): WorkshopDoc {
  const doc = emptyDoc()
  doc.workshop.workshop = {
    id: 'workshop',
    title: 'Lille test',
    place: '',
    facilitator: '',
    language: 'da',
    template: 'blank',
    strategyAreas: [],
    createdAt: at(0),
    updatedAt: at(0),
  }
  doc.category.people = { id: 'people', name: null, color: '#f4a261', position: 0 }
  doc.category.places = { id: 'places', name: 'Steder', color: '#2a9d8f', position: 1 }
  for (const p of [
    person('c1', 'citizen', 'Anna'),
    person('c2', 'citizen'),
    person('c3', 'citizen'),
    person('pol', 'politician'),
    person('st', 'staff'),
  ]) {
    doc.participant[p.id] = p
  }
  doc.theme.traffic = theme('traffic', 10)
  doc.theme.children = theme('children', 11)
  doc.theme.unvoted = theme('unvoted', 12)
  for (const n of [
    note('s1', 'strength', 'people'),
    note('s2', 'strength', 'people'),
    note('s3', 'strength', 'gone-category'),
    note('i1', 'idea', null, 'traffic'),
    note('i2', 'idea', null, 'traffic'),
    note('i3', 'idea', null, 'children'),
  ]) {
    doc.note[n.id] = n
  }
  // An early trial round, then the real one; the theme entries must show the real (latest) one.
  doc.votingRound.trial = round('trial', ['traffic', 'children'], 20)
  doc.votingRound.real = round('real', ['traffic', 'children'], 21)
  for (const v of [
    vote('t1', 'trial', 'traffic', 'c1', 'citizen', 2),
    vote('v1', 'real', 'traffic', 'c1', 'citizen', 2),
    vote('v2', 'real', 'children', 'c1', 'citizen', 2),
    vote('v3', 'real', 'traffic', 'c2', 'citizen', 1),
    vote('v4', 'real', 'children', 'pol', 'politician', 2),
    vote('v5', 'real', 'traffic', 'pol', 'politician', 1),
    vote('v6', 'real', 'children', 'st', 'staff', 1),
    // Paper dots counted for the staff table as a whole: no participant, but a role.
    vote('v7', 'real', 'children', null, 'staff', 5),
    // A dot on an option no longer in the round is not shown.
    vote('v8', 'real', 'unvoted', 'c3', 'citizen', 1),
  ]) {
    doc.vote[v.id] = v
  }
  return doc
}

describe('vote tallies', () => {
  it('adds dots per option and per role, paper dots included', () => {
    const doc = handMadeDoc()
    const tally = tallyRound(doc, doc.votingRound.real!)
    expect(tally.items.map((item) => item.itemId)).toEqual(['traffic', 'children'])
    expect(tally.items[0]).toEqual({
      itemId: 'traffic',
      total: 4,
      byRole: { citizen: 3, politician: 1, staff: 0, other: 0 },
    })
    expect(tally.items[1]).toEqual({
      itemId: 'children',
      total: 10,
      byRole: { citizen: 2, politician: 2, staff: 6, other: 0 },
    })
    expect(tally.total).toBe(14)
    expect(tally.byRole).toEqual({ citizen: 5, politician: 3, staff: 6, other: 0 })
    // c1, c2, pol, st placed dots in this round; the staff paper dots stand for staff already counted (st),
    // and the dot on an option outside the round adds no one.
    expect(tally.voters).toBe(4)
  })

  it('keeps rounds apart and finds the latest round that offered a theme', () => {
    const doc = handMadeDoc()
    expect(tallyRound(doc, doc.votingRound.trial!).total).toBe(2)
    expect(latestRoundWith(doc, 'traffic')?.id).toBe('real')
    expect(latestRoundWith(doc, 'unvoted')).toBeUndefined()
    // Trial (2) plus real (14); the dot on an option outside the round counts nowhere, as in the round.
    expect(allDots(doc)).toEqual({ total: 16, byRole: { citizen: 7, politician: 3, staff: 6, other: 0 } })
  })
})

describe('counts', () => {
  it('counts people by role and notes by kind and category', () => {
    const doc = handMadeDoc()
    expect(participantsByRole(doc)).toEqual({ citizen: 3, politician: 1, staff: 1, other: 0 })
    expect(notesByKind(doc)).toEqual({ strength: 3, idea: 3, other: 0, need: 0, offer: 0 })
    // The note whose category was deleted counts as uncategorised; empty categories are still listed.
    expect(notesByCategory(doc)).toEqual({ byCategory: { people: 2, places: 0 }, withoutCategory: 4 })
  })
})

describe('project completeness', () => {
  const project: Project = {
    id: 'pr',
    title: 'Sikker skolevej',
    goal: '   ',
    ownerId: 'c1',
    ownerName: '',
    memberIds: [],
    firstStep: 'Tælle biler',
    deadline: null,
    resourcesNeeded: '',
    resourcesOffered: '',
    barriers: '',
    successMeasure: '',
    strategyAreas: [],
    status: 'idea',
    strengthIds: ['s1'],
    ideaIds: [],
    themeId: null,
    sessionId: null,
    x: 0,
    y: 0,
    createdAt: at(40),
    updatedAt: at(40),
  }

  it('treats blank text, empty lists and null as missing', () => {
    const result = projectCompleteness(project)
    expect(result.filled).toEqual(['title', 'ownerId', 'firstStep', 'strengthIds'])
    expect(result.missing).toContain('goal')
    expect(result.missing).toContain('deadline')
    expect(result.fraction).toBeCloseTo(4 / 13)
  })

  it('counts an owner typed by name (not on the participants list) as an owner', () => {
    const typed = { ...project, ownerId: null, ownerName: 'Jens fra vejafdelingen' }
    expect(projectCompleteness(typed).filled).toContain('ownerId')
    expect(projectCompleteness({ ...typed, ownerName: '' }).missing).toContain('ownerId')
  })

  it('summarises the whole document with themes in creation order', () => {
    const doc = handMadeDoc()
    doc.project.pr = project
    const summary = summarizeWorkshop(doc)
    expect(summary.participants).toEqual({
      total: 5,
      named: 1,
      byRole: { citizen: 3, politician: 1, staff: 1, other: 0 },
    })
    expect(summary.themes.map((entry) => [entry.id, entry.notes, entry.votes?.total ?? null])).toEqual([
      ['traffic', 2, 4],
      ['children', 1, 10],
      ['unvoted', 0, null],
    ])
    expect(summary.votingRounds.map((entry) => entry.id)).toEqual(['trial', 'real'])
    expect(summary.projects).toEqual([expect.objectContaining({ id: 'pr', owner: 'Anna', completeness: 4 / 13 })])
    // Stable key order is part of the JSON contract.
    expect(Object.keys(summary)).toEqual([
      'title',
      'language',
      'template',
      'place',
      'facilitator',
      'participants',
      'sessions',
      'notes',
      'connectors',
      'themes',
      'votingRounds',
      'votes',
      'projects',
      'sharing',
      'market',
    ])
  })
})
