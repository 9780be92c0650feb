// The demo workshop built in memory through the pure commands: the numbers DOMAIN.md asks for, notes
// inside their zones and not on top of each other, the dot-voting rules kept, and the same demo every time.
import { describe, expect, it } from 'vitest'
import { summarizeWorkshop } from '@shared/analysis/workshopSummary'
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { Note, Zone } from '@shared/model/records'
import { DEMO_TEXTS } from '../content'
import { demoDocInMemory } from '../inMemoryDemo'
import { seededRandom, weightedIndex } from '@shared/random'
import { THEME_KEYS } from '../structure'

/** A clock that moves one second per command, so creation order is visible in timestamps. */
function tickingClock() {
  let second = 0
  return () => new Date(Date.UTC(2025, 8, 9, 18, 0, second++)).toISOString()
}

const inside = (note: Note, zone: { x: number; y: number; width: number; height: number }) =>
  note.x >= zone.x &&
  note.y >= zone.y &&
  note.x + note.width <= zone.x + zone.width &&
  note.y + note.height <= zone.y + zone.height

const overlap = (a: Note, b: Note) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

function zone(doc: WorkshopDoc, find: (zone: Zone) => boolean): Zone {
  const found = recordsOf(doc, 'zone').find(find)
  if (!found) throw new Error('zone missing')
  return found
}

describe.each(['da', 'en'] as const)('demo workshop (%s)', (language) => {
  const doc = demoDocInMemory(language, tickingClock())
  const summary = summarizeWorkshop(doc)

  it('has the room, the notes, the themes and the projects of DOMAIN.md', () => {
    expect(summary.language).toBe(language)
    expect(summary.participants.byRole).toEqual({ citizen: 35, politician: 5, staff: 10, other: 0 })
    expect(summary.participants.named).toBeGreaterThan(5)
    expect(summary.participants.named).toBeLessThan(25)
    expect(summary.sessions).toHaveLength(5)
    expect(summary.notes.byKind).toEqual({ strength: 60, idea: 80, other: 0, need: 0, offer: 0 })
    expect(Object.keys(summary.notes.byCategory)).toHaveLength(6)
    for (const count of Object.values(summary.notes.byCategory)) expect(count).toBeGreaterThan(0)
    expect(summary.connectors).toBeGreaterThanOrEqual(3)
    expect(summary.themes).toHaveLength(6)
    expect(summary.themes.reduce((sum, theme) => sum + theme.notes, 0)).toBe(80)
    for (const theme of summary.themes) expect(theme.name).not.toBe('')
    expect(summary.votingRounds).toEqual([
      expect.objectContaining({ status: 'revealed', dotsPerParticipant: 4, voters: 50, total: 200 }),
    ])
    expect(summary.votes).toEqual({ total: 200, byRole: { citizen: 140, politician: 20, staff: 40, other: 0 } })
    expect(summary.projects).toHaveLength(6)
    for (const project of summary.projects) {
      expect(project.missing).toEqual([])
      expect(project.completeness).toBe(1)
      expect(project.owner).toBeTruthy()
    }
  })

  it('gives every project its own theme, a citizen owner and links that belong to it', () => {
    const projects = recordsOf(doc, 'project')
    expect(new Set(projects.map((project) => project.themeId)).size).toBe(6)
    for (const project of projects) {
      expect(doc.participant[project.ownerId!]!.role).toBe('citizen')
      expect(project.memberIds).not.toContain(project.ownerId)
      for (const id of project.ideaIds) expect(doc.note[id]!.themeId).toBe(project.themeId)
      for (const id of project.strengthIds) expect(doc.note[id]!.kind).toBe('strength')
      expect(project.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(project.strategyAreas).not.toEqual([])
    }
    expect(new Set(projects.map((project) => project.status))).toEqual(new Set(['idea', 'running', 'done', 'paused']))
  })

  it('places strengths in their category zone and ideas in their theme cluster, never on top of each other', () => {
    const notes = recordsOf(doc, 'note')
    for (const note of notes.filter((entry) => entry.kind === 'strength')) {
      expect(
        inside(
          note,
          zone(doc, (entry) => entry.categoryId === note.categoryId),
        ),
      ).toBe(true)
    }
    const ideasZone = zone(doc, (entry) => entry.id === 'zone-ideas')
    for (const note of notes.filter((entry) => entry.kind === 'idea')) expect(inside(note, ideasZone)).toBe(true)
    for (const [index, a] of notes.entries()) {
      for (const b of notes.slice(index + 1)) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false)
    }
    // Clusters: the ideas of one theme sit side by side, left to right in theme order.
    const columns = THEME_KEYS.map((theme) => notes.filter((note) => note.themeId === `theme-${theme}`))
    for (let index = 1; index < columns.length; index += 1) {
      const rightEdgeBefore = Math.max(...columns[index - 1]!.map((note) => note.x + note.width))
      expect(Math.min(...columns[index]!.map((note) => note.x))).toBeGreaterThan(rightEdgeBefore)
    }
  })

  it('records four dots per participant and at most two on one theme', () => {
    const perPerson = new Map<string, number>()
    for (const vote of recordsOf(doc, 'vote')) {
      expect(vote.participantId).not.toBeNull()
      expect(vote.count).toBeLessThanOrEqual(2)
      perPerson.set(vote.participantId!, (perPerson.get(vote.participantId!) ?? 0) + vote.count)
    }
    expect(perPerson.size).toBe(50)
    for (const dots of perPerson.values()) expect(dots).toBe(4)
  })
})

describe('demo content', () => {
  it('has the same number of ideas per theme in both languages, and really is translated', () => {
    for (const theme of THEME_KEYS) expect(DEMO_TEXTS.en.ideas[theme].length).toBe(DEMO_TEXTS.da.ideas[theme].length)
    expect(DEMO_TEXTS.en.strengths.school).not.toBe(DEMO_TEXTS.da.strengths.school)
    expect(DEMO_TEXTS.en.themes.traffic).not.toBe(DEMO_TEXTS.da.themes.traffic)
  })

  it('is the same demo every time', () => {
    const strip = (doc: WorkshopDoc) =>
      JSON.stringify(doc, (key, value) => (key === 'createdAt' || key === 'updatedAt' ? undefined : value))
    expect(strip(demoDocInMemory('da'))).toBe(strip(demoDocInMemory('da')))
  })

  it('varies the tally between roles (the leanings show through)', () => {
    const summary = summarizeWorkshop(demoDocInMemory('en'))
    const staffFavourite = [...summary.themes].sort((a, b) => b.votes!.byRole.staff - a.votes!.byRole.staff)[0]!
    expect(staffFavourite.id).toBe('theme-children')
  })
})

describe('seeded random', () => {
  it('repeats for one seed and never picks a zero weight', () => {
    const a = seededRandom(7)
    const b = seededRandom(7)
    expect([a(), a(), a()]).toEqual([b(), b(), b()])
    const random = seededRandom(1)
    for (let draw = 0; draw < 500; draw += 1) expect(weightedIndex(random, [0, 3, 0, 1])).not.toBe(0)
  })
})
