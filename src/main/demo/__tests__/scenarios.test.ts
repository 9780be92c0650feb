// The Holbæk and Vejle scenarios (issue 14): 18 different local areas, 20–60 people each, recurring themes,
// and the same commands every run; Vejle's projects cover its four strategy areas.
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
