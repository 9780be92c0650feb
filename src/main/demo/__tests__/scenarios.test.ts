// The Holbæk and Vejle scenarios (issue 14): 18 different local areas, 20–60 people each, recurring themes,
// and the same commands every run; Vejle's projects cover its four strategy areas. Kalundborg's symbiosis map
// and Rudersdal's needs-and-offers market (issue 15) hold what the issue asks of them.
import { describe, expect, it } from 'vitest'
import { runCommand } from '@shared/commands'
import { emptyDoc, recordsOf, type WorkshopDoc } from '@shared/model/document'
import { createWorkshop } from '@shared/commands/createWorkshop'
import { summarizeArea } from '@shared/overview/areaSummary'
import { applyPatch } from '@shared/model/patch'
import { areaCommands, areaWorkshopArgs } from '../scenarios/areaCommands'
import { HOLBAEK_AREAS, type AreaPlan } from '../scenarios/holbaekAreas'
import { VEJLE_STRATEGY_AREAS } from '../scenarios/scenarioTexts'
import { VEJLE_AREA } from '../scenarios/vejlePlan'
import { KALUNDBORG } from '../scenarios/kalundborgMap'
import { RUDERSDAL } from '../scenarios/rudersdalMarket'
import { scenarioDocInMemory } from '../inMemoryDemo'
import { summarizeWorkshop } from '@shared/analysis/workshopSummary'
import { ACTOR_TYPES, FLOW_TYPES, MATCH_STATUSES } from '@shared/model/records'
import { overlaps } from '@shared/layout/box'
import { cardBox } from '@shared/layout/obstacles'

function build(plan: AreaPlan): WorkshopDoc {
  let second = 0
  const ctx = () => ({ now: new Date(Date.UTC(2026, 4, 1, 18, 0, second++)).toISOString() })
  let doc = applyPatch(
    emptyDoc(),
    createWorkshop.run(emptyDoc(), createWorkshop.args.parse(areaWorkshopArgs(plan)), ctx()),
  )
  for (const call of areaCommands(doc, plan)) doc = applyPatch(doc, runCommand(doc, call, ctx()))
  return doc
}

describe('Holbæk scenario', () => {
  it('has 18 different local areas of 20–60 people', () => {
    expect(HOLBAEK_AREAS).toHaveLength(18)
    expect(new Set(HOLBAEK_AREAS.map((plan) => plan.place)).size).toBe(18)
    expect(new Set(HOLBAEK_AREAS.map((plan) => plan.kind))).toEqual(
      new Set(['town', 'station', 'village', 'coast', 'island']),
    )
    for (const plan of HOLBAEK_AREAS) {
      expect(plan.participants).toBeGreaterThanOrEqual(20)
      expect(plan.participants).toBeLessThanOrEqual(60)
    }
  })

  it('builds each area through the commands, the same every run, with day-50 and day-100 timelines', () => {
    for (const plan of HOLBAEK_AREAS.slice(0, 9)) {
      expect(areaCommands(build(plan), plan)).toEqual(areaCommands(build(plan), plan))
      const area = summarizeArea(build(plan), '2026-12-02')
      expect(area.participants.total).toBe(plan.participants)
      expect(area.projects).toHaveLength(plan.projects.length)
      expect(area.themes.map((theme) => theme.name).every(Boolean)).toBe(true)
      if (plan.followUps.length === 2) expect(area.projects.some((project) => project.timeline.length === 2)).toBe(true)
    }
  })
})

describe('Vejle scenario', () => {
  it('spreads its projects over all four strategy areas', () => {
    const doc = build(VEJLE_AREA)
    const area = summarizeArea(doc, '2026-12-02')
    expect(area.strategyAreas).toEqual(VEJLE_STRATEGY_AREAS)
    for (const name of VEJLE_STRATEGY_AREAS) {
      expect(area.projects.filter((project) => project.strategyAreas.includes(name)).length).toBeGreaterThanOrEqual(2)
    }
    expect(recordsOf(doc, 'project').some((project) => project.strategyAreas.length > 1)).toBe(true)
    // The day-50 and day-100 follow-ups leave a dated timeline with progress.
    const first = area.projects[0]!
    expect(first.timeline.map((entry) => [entry.date, entry.status, entry.progress])).toEqual([
      ['2026-07-30', 'running', 40],
      ['2026-09-18', 'done', 100],
    ])
    expect(first.progress).toBe(100)
    expect(area.projects.find((project) => project.timeline.length === 2 && project.status === 'running')?.progress).toBe(65)
  })
})

describe('Kalundborg scenario (issue 15)', () => {
  const doc = scenarioDocInMemory(KALUNDBORG)
  const summary = summarizeWorkshop(doc)

  it('maps at least 15 actors of every type in their type zones, with at least 20 typed sharing links', () => {
    expect(summary.sharing.actors).toBeGreaterThanOrEqual(15)
    for (const type of ACTOR_TYPES) expect(summary.sharing.byActorType[type], type).toBeGreaterThan(0)
    for (const actor of recordsOf(doc, 'actor')) {
      const zone = doc.zone[`zone-actors-${actor.type}`]!
      expect(actor.x >= zone.x && actor.y >= zone.y && actor.x + actor.width <= zone.x + zone.width && actor.y + actor.height <= zone.y + zone.height, actor.name).toBe(true)
    }
    expect(summary.sharing.links).toBeGreaterThanOrEqual(20)
    for (const flow of FLOW_TYPES) expect(summary.sharing.linksByFlow[flow], flow).toBeGreaterThan(0)
    expect(recordsOf(doc, 'connector').some((link) => link.direction === 'both')).toBe(true)
  })

  it('leaves a few actors without a link: the opportunities', () => {
    expect(summary.sharing.actorsWithoutLinks).toEqual(['Egnsmuseet', 'Lokalradio Vestsjælland', 'Spejdergruppen Fjorden'])
  })

  it('is the same every run', () => {
    expect(KALUNDBORG.commands(doc)).toEqual(KALUNDBORG.commands(scenarioDocInMemory(KALUNDBORG)))
  })
})

describe('Rudersdal scenario (issue 15)', () => {
  const doc = scenarioDocInMemory(RUDERSDAL)
  const summary = summarizeWorkshop(doc)
  const notes = recordsOf(doc, 'note')

  it('has at least 12 job seekers’ initiatives with their needs, and at least 15 offers from every kind of helper', () => {
    const needs = notes.filter((note) => note.kind === 'need')
    expect(new Set(needs.map((need) => need.authorId)).size).toBeGreaterThanOrEqual(12)
    const offers = notes.filter((note) => note.kind === 'offer')
    expect(offers.length).toBeGreaterThanOrEqual(15)
    const helpers = new Set(offers.map((offer) => (offer.actorId ? doc.actor[offer.actorId]!.type : offer.authorId!.slice(0, 2))))
    // Firms, the job centre (an authority), senior business people ('sr') and entrepreneurs ('en').
    for (const kind of ['firm', 'authority', 'sr', 'en']) expect(helpers, kind).toContain(kind)
    for (const note of [...needs, ...offers]) expect(note.marketCategory, note.text).not.toBeNull()
    for (const offer of offers) expect(offer.exchange, offer.text).not.toBeNull()
  })

  it('has matches in every status, two agreed ones made into projects owned by the need’s owner, and about half with an agreed match', () => {
    for (const status of MATCH_STATUSES) expect(summary.market.matchesByStatus[status], status).toBeGreaterThan(0)
    const made = recordsOf(doc, 'match').filter((match) => match.projectId)
    expect(made).toHaveLength(2)
    for (const match of made) {
      expect(match.status).toBe('agreed')
      expect(doc.project[match.projectId!]!.ownerId).toBe(doc.note[match.needId]!.authorId)
    }
    expect(summary.market.needsWithoutMatch).toBeGreaterThan(0)
    expect(summary.market.shareWithAgreedMatch).toBe(0.5)
  })

  it('puts needs and offers in their zones and the project cards clear of the actor cards', () => {
    const inZone = (id: string) => (note: (typeof notes)[number]) => {
      const zone = doc.zone[id]!
      return note.x >= zone.x && note.x + note.width <= zone.x + zone.width && note.y >= zone.y && note.y + note.height <= zone.y + zone.height
    }
    expect(notes.filter((note) => note.kind === 'need').every(inZone('zone-needs'))).toBe(true)
    expect(notes.filter((note) => note.kind === 'offer').every(inZone('zone-offers'))).toBe(true)
    for (const project of recordsOf(doc, 'project'))
      for (const actor of recordsOf(doc, 'actor'))
        expect(overlaps(cardBox(project), actor), `${project.title} × ${actor.name}`).toBe(false)
  })
})
