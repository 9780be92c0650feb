// Reading many workshops for the overview: every file exactly as `info --json` reads it (the totals are
// the sum of the files' info), never changed, open ones read too, and a bad file never stops the rest.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkshopSummary } from '@shared/analysis/workshopSummary'
import { ROLES } from '@shared/model/records'
import type { Overview } from '@shared/overview/buildOverview'
import { cli } from '../../cli/__tests__/helpers'
import { WorkshopStore } from '../../core/workshopStore'
import { HOLBAEK_AREAS } from '../../demo/scenarios/holbaekAreas'
import { writeArea, writeBadFiles } from '../../demo/scenarios/writeScenario'

let folder: string
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const everyFile = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? everyFile(full) : [full]
  })
const snapshot = (dir: string) =>
  Object.fromEntries(everyFile(dir).map((file) => [file, `${sha(file)}:${fs.statSync(file).mtimeMs}`]))

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-overview-test-'))
  for (const plan of HOLBAEK_AREAS.slice(0, 3)) writeArea(folder, plan)
  writeBadFiles(path.join(folder, 'bad'))
})
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

function overviewJson(args: string[]): { code: number; overview: Overview } {
  const run = cli(['overview', ...args, '--json', '--today', '2026-12-02'])
  expect(run.err).toBe('')
  return { code: run.code, overview: JSON.parse(run.out) as Overview }
}

const info = (file: string) => JSON.parse(cli(['info', file, '--json']).out) as WorkshopSummary

describe('overview of a folder', () => {
  it('has totals equal to the sum of each file’s info --json', () => {
    const { code, overview } = overviewJson([folder])
    expect(code).toBe(0)
    expect(overview.files).toHaveLength(3)
    const infos = overview.files.map((entry) => info(entry.path))
    const sum = (pick: (summary: WorkshopSummary) => number) =>
      infos.reduce((total, summary) => total + pick(summary), 0)
    expect(overview.totals.workshops).toBe(3)
    expect(overview.totals.participants.total).toBe(sum((s) => s.participants.total))
    for (const role of ROLES)
      expect(overview.totals.participants.byRole[role]).toBe(sum((s) => s.participants.byRole[role]))
    expect(overview.totals.notes.total).toBe(sum((s) => s.notes.total))
    expect(overview.totals.notes.strengths).toBe(sum((s) => s.notes.byKind.strength))
    expect(overview.totals.notes.ideas).toBe(sum((s) => s.notes.byKind.idea))
    for (const [id, count] of Object.entries(overview.totals.byCategory)) {
      expect(count).toBe(sum((s) => s.notes.byCategory[id] ?? 0))
    }
    expect(overview.totals.themes).toBe(sum((s) => s.themes.length))
    expect(overview.totals.projects).toBe(sum((s) => s.projects.length))
    for (const status of ['idea', 'running', 'done', 'paused'] as const) {
      expect(overview.totals.projectsByStatus[status]).toBe(
        sum((s) => s.projects.filter((p) => p.status === status).length),
      )
    }
    expect(overview.files.map((entry) => entry.ok && entry.area.place)).toEqual(['Holbæk By', 'Tølløse', 'Jyderup'])
  })

  it('does not read sub-folders unless asked', () => {
    expect(overviewJson([folder]).overview.files.every((entry) => entry.ok)).toBe(true)
    expect(overviewJson([folder, '--recursive']).overview.files).toHaveLength(6)
  })

  it('lists each bad file with its reason and still reads the rest, in any order', () => {
    const bad = path.join(folder, 'bad')
    const { code, overview } = overviewJson([bad, folder])
    expect(code).toBe(1)
    expect(overview.totals.workshops).toBe(3)
    expect(overview.totals.refused).toBe(3)
    const reasons = Object.fromEntries(overview.files.filter((e) => !e.ok).map((e) => [e.file, !e.ok && e.error.code]))
    expect(reasons).toEqual({
      'fra-nyere-version.handlekraft': 'newer-version',
      'ikke-en-workshop.handlekraft': 'not-sqlite',
      'skadet.handlekraft': 'corrupt',
    })
    for (const entry of overview.files) if (!entry.ok) expect(entry.error.message).toMatch(/\w{4}/)
    // A missing file among the paths is one more refusal, not a stop.
    const mixed = overviewJson([
      path.join(folder, 'nowhere.handlekraft'),
      path.join(bad, 'skadet.handlekraft'),
      folder,
    ]).overview
    expect(mixed.files.map((entry) => entry.ok)).toEqual([false, false, true, true, true])
  })

  it('leaves every file byte-identical and nothing beside them', () => {
    const before = snapshot(folder)
    overviewJson([folder, path.join(folder, 'bad'), '--recursive'])
    expect(snapshot(folder)).toEqual(before)
  })

  it('reads a workshop that is open (locked) in the app, without touching it', () => {
    const file = path.join(folder, `${HOLBAEK_AREAS[0]!.key}.handlekraft`)
    const store = WorkshopStore.open(file)
    try {
      const { overview } = overviewJson([file])
      expect(overview.files[0]!.ok).toBe(true)
    } finally {
      store.close()
    }
  })

  it('marks projects overdue only when the deadline has passed and they are not done', () => {
    const { overview } = overviewJson([folder])
    const projects = overview.files.flatMap((entry) => (entry.ok ? entry.area.projects : []))
    for (const project of projects) {
      expect(project.overdue).toBe(
        project.status !== 'done' && project.deadline !== null && project.deadline < '2026-12-02',
      )
    }
    expect(projects.some((project) => project.overdue)).toBe(true)
    expect(projects.some((project) => project.timeline.length === 2)).toBe(true)
  })
})
