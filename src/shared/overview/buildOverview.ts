// The overview of many local areas (issue 14): every file read (or refused, with its reason), the totals
// across areas, and "learn from each other": themes that recur in several areas, and for each project the
// other areas with a theme like it. Pure aggregation over the per-file summaries, so the CLI's JSON, the
// screen and the exports all show the same numbers.
//
// JSON shape (`handlekraft overview --json`; keys in this order):
// {
//   "today": "YYYY-MM-DD",                      // overdue / due are judged against this date
//   "files": [                                   // one per file, in the order read (folder: by name)
//     { "file": name, "path": absolute, "ok": true, "area": AreaSummary }        // see areaSummary.ts
//     { "file": name, "path": absolute, "ok": false,
//       "error": { "code", "params", "message" } }                               // message in --lang
//   ],
//   "totals": { "workshops": n, "refused": n, "participants": { "total", "byRole": {…} },
//               "notes": { "total", "strengths", "ideas" }, "byCategory": { "<categoryId>": n },
//               "themes": n, "projects": n, "projectsByStatus": { idea, running, done, paused },
//               "followUpsDue": n, "overdue": n },
//   "recurringThemes": [ { "key", "names": [..], "areas": [ { "path", "place", "theme" } ] } ],  // ≥ 2 areas
//   "projectMatches": [ { "path", "projectId", "similar": [ { "path", "place", "theme" } ] } ],
//   "strategyAreas": [ { "name", "projects": n, "areas": n } ]                // by first appearance
// }
import type { AppErrorShape } from '../errors'
import { ROLES } from '../model/records'
import { zeroRoleCounts } from '../analysis/voteTallies'
import { zeroStatusCounts, type AreaSummary, type StatusCounts } from './areaSummary'
import { themeKey } from './themeKey'
import type { RoleCounts } from '../analysis/voteTallies'

export type OverviewEntry =
  | { file: string; path: string; ok: true; area: AreaSummary }
  | { file: string; path: string; ok: false; error: AppErrorShape & { message: string } }

export type ReadEntry = Extract<OverviewEntry, { ok: true }>

export interface OverviewTotals {
  workshops: number
  refused: number
  participants: { total: number; byRole: RoleCounts }
  notes: { total: number; strengths: number; ideas: number }
  byCategory: Record<string, number>
  themes: number
  projects: number
  projectsByStatus: StatusCounts
  followUpsDue: number
  overdue: number
}

export interface AreaTheme {
  path: string
  place: string
  theme: string
}

export interface RecurringTheme {
  key: string
  /** The names as each area wrote them, without repeats. */
  names: string[]
  areas: AreaTheme[]
}

export interface ProjectMatch {
  path: string
  projectId: string
  similar: AreaTheme[]
}

export interface Overview {
  today: string
  files: OverviewEntry[]
  totals: OverviewTotals
  recurringThemes: RecurringTheme[]
  projectMatches: ProjectMatch[]
  strategyAreas: { name: string; projects: number; areas: number }[]
}

/** What a row is called: its place, else its title, else the file name. */
export function areaName(entry: OverviewEntry): string {
  return entry.ok ? entry.area.place || entry.area.title || entry.file : entry.file
}

function totalsOf(read: ReadEntry[], refused: number): OverviewTotals {
  const totals: OverviewTotals = {
    workshops: read.length,
    refused,
    participants: { total: 0, byRole: zeroRoleCounts() },
    notes: { total: 0, strengths: 0, ideas: 0 },
    byCategory: {},
    themes: 0,
    projects: 0,
    projectsByStatus: zeroStatusCounts(),
    followUpsDue: 0,
    overdue: 0,
  }
  for (const { area } of read) {
    totals.participants.total += area.participants.total
    for (const role of ROLES) totals.participants.byRole[role] += area.participants.byRole[role]
    totals.notes.total += area.notes.total
    totals.notes.strengths += area.notes.strengths
    totals.notes.ideas += area.notes.ideas
    for (const [id, count] of Object.entries(area.byCategory))
      totals.byCategory[id] = (totals.byCategory[id] ?? 0) + count
    totals.themes += area.themes.length
    totals.projects += area.projects.length
    for (const project of area.projects) totals.projectsByStatus[project.status] += 1
    totals.followUpsDue += area.followUpsDue
    totals.overdue += area.overdue
  }
  return totals
}

/** Theme key -> the areas that have a theme with that key (one entry per area, the first such theme). */
function themesByKey(read: ReadEntry[]): Map<string, AreaTheme[]> {
  const byKey = new Map<string, AreaTheme[]>()
  for (const entry of read) {
    const seen = new Set<string>()
    for (const theme of entry.area.themes) {
      const key = themeKey(theme.name)
      if (!key || seen.has(key)) continue
      seen.add(key)
      const list = byKey.get(key) ?? []
      list.push({ path: entry.path, place: areaName(entry), theme: theme.name })
      byKey.set(key, list)
    }
  }
  return byKey
}

export function buildOverview(files: OverviewEntry[], today: string): Overview {
  const read = files.filter((entry): entry is ReadEntry => entry.ok)
  const byKey = themesByKey(read)

  const recurringThemes = [...byKey]
    .filter(([, areas]) => areas.length >= 2)
    .map(([key, areas]) => ({ key, names: [...new Set(areas.map((area) => area.theme))], areas }))
    .sort((a, b) => b.areas.length - a.areas.length || a.key.localeCompare(b.key, 'da'))

  const projectMatches: ProjectMatch[] = []
  for (const entry of read) {
    for (const project of entry.area.projects) {
      const key = themeKey(project.theme || project.title)
      const similar = (byKey.get(key) ?? []).filter((area) => area.path !== entry.path)
      if (similar.length > 0) projectMatches.push({ path: entry.path, projectId: project.id, similar })
    }
  }

  const strategy = new Map<string, { name: string; projects: number; areas: Set<string> }>()
  for (const entry of read) {
    for (const project of entry.area.projects) {
      for (const name of project.strategyAreas) {
        const key = themeKey(name)
        const found = strategy.get(key) ?? { name, projects: 0, areas: new Set<string>() }
        found.projects += 1
        found.areas.add(entry.path)
        strategy.set(key, found)
      }
    }
  }

  return {
    today,
    files,
    totals: totalsOf(read, files.length - read.length),
    recurringThemes,
    projectMatches,
    strategyAreas: [...strategy.values()].map(({ name, projects, areas }) => ({ name, projects, areas: areas.size })),
  }
}
