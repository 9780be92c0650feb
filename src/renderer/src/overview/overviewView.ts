// What the overview screen shows after filtering and sorting: plain functions over the Overview, no React,
// so the rules (which workshop a filter keeps, how a column sorts) are testable and shared by every table.
import type { ProjectStatus } from '@shared/model/records'
import type { AreaProject } from '@shared/overview/areaSummary'
import { areaName, type Overview, type ReadEntry } from '@shared/overview/buildOverview'
import { themeKey } from '@shared/overview/themeKey'

export interface OverviewFilter {
  status: ProjectStatus | ''
  strategyArea: string
  place: string
}

export const NO_FILTER: OverviewFilter = { status: '', strategyArea: '', place: '' }

export type SortColumn =
  'place' | 'lastSession' | 'participants' | 'strengths' | 'themes' | 'projects' | 'followUpsDue' | 'overdue'

export interface Sort {
  column: SortColumn
  descending: boolean
}

const sameArea = (a: string, b: string) => themeKey(a) === themeKey(b)

/** Does a project pass the status and strategy-area filters? */
export function projectMatches(project: AreaProject, filter: OverviewFilter): boolean {
  if (filter.status && project.status !== filter.status) return false
  if (filter.strategyArea && !project.strategyAreas.some((area) => sameArea(area, filter.strategyArea))) return false
  return true
}

/** A workshop stays when its place matches and (when a project filter is set) one of its projects does. */
export function entryMatches(entry: ReadEntry, filter: OverviewFilter): boolean {
  if (filter.place && !areaName(entry).toLocaleLowerCase('da').includes(filter.place.trim().toLocaleLowerCase('da')))
    return false
  if (!filter.status && !filter.strategyArea) return true
  return entry.area.projects.some((project) => projectMatches(project, filter))
}

function sortValue(entry: ReadEntry, column: SortColumn): string | number {
  const { area } = entry
  switch (column) {
    case 'place':
      return areaName(entry)
    case 'lastSession':
      return area.lastSession ?? ''
    case 'participants':
      return area.participants.total
    case 'strengths':
      return area.notes.strengths
    case 'themes':
      return area.themes.length
    case 'projects':
      return area.projects.length
    case 'followUpsDue':
      return area.followUpsDue
    case 'overdue':
      return area.overdue
  }
}

export function visibleEntries(overview: Overview, filter: OverviewFilter, sort: Sort | null): ReadEntry[] {
  const entries = overview.files.filter((entry): entry is ReadEntry => entry.ok && entryMatches(entry, filter))
  if (!sort) return entries
  const direction = sort.descending ? -1 : 1
  return [...entries].sort((a, b) => {
    const x = sortValue(a, sort.column)
    const y = sortValue(b, sort.column)
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'da')
    return order * direction || areaName(a).localeCompare(areaName(b), 'da')
  })
}

/** Every strategy area named by a project or a workshop's list, once each (first spelling kept). */
export function strategyAreaChoices(overview: Overview): string[] {
  const seen = new Map<string, string>()
  for (const entry of overview.files) {
    if (!entry.ok) continue
    for (const name of [...entry.area.strategyAreas, ...entry.area.projects.flatMap((p) => p.strategyAreas)]) {
      const key = themeKey(name)
      if (key && !seen.has(key)) seen.set(key, name)
    }
  }
  return [...seen.values()]
}

export interface ProjectRow {
  entry: ReadEntry
  project: AreaProject
}

/** Every project of the visible workshops that passes the filter: overdue first, then by area. */
export function visibleProjects(entries: readonly ReadEntry[], filter: OverviewFilter): ProjectRow[] {
  return entries
    .flatMap((entry) =>
      entry.area.projects.filter((p) => projectMatches(p, filter)).map((project) => ({ entry, project })),
    )
    .sort((a, b) => Number(b.project.overdue) - Number(a.project.overdue))
}
