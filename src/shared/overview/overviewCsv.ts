// The overview's two CSV files (issue 14): one row per area (a file that could not be read gets its row
// too, with the reason) and one row per action project. Same conventions as the workshop's CSV
// (exchange/csvFormat.ts): UTF-8 with BOM, semicolons, CRLF, formula-safe cells, for Danish Excel.
import { csvDocument, type CsvValue } from '../exchange/csvFormat'
import type { Translate } from '../i18n'
import { areaName, type Overview } from './buildOverview'

export const OVERVIEW_CSV_FILES = ['areas.csv', 'projects.csv'] as const
export type OverviewCsvFiles = Record<(typeof OVERVIEW_CSV_FILES)[number], string>

export function buildOverviewCsv(overview: Overview, t: Translate): OverviewCsvFiles {
  const a = (key: string) => t(`overview.csv.areas.${key}`)
  const p = (key: string) => t(`overview.csv.projects.${key}`)
  const yesNo = (value: boolean) => t(value ? 'overview.csv.yes' : 'overview.csv.no')
  const placeOf = new Map(overview.files.map((entry) => [entry.path, areaName(entry)]))

  const areaRows = overview.files.map((entry): CsvValue[] => {
    if (!entry.ok) return [entry.file, areaName(entry), '', '', '', '', '', '', '', '', '', '', entry.error.message]
    const { area } = entry
    return [
      entry.file,
      areaName(entry),
      area.title,
      area.lastSession ?? '',
      area.participants.total,
      area.themes.length,
      area.notes.strengths,
      area.notes.ideas,
      area.projects.length,
      area.followUpsDue,
      area.overdue,
      area.strategyAreas.join('; '),
      '',
    ]
  })
  const areaHeader = [
    'file',
    'place',
    'title',
    'lastSession',
    'participants',
    'themes',
    'strengths',
    'ideas',
    'projects',
    'followUpsDue',
    'overdue',
    'strategyAreas',
    'error',
  ].map(a)

  const similar = new Map(
    overview.projectMatches.map((match) => [
      `${match.path}\u0000${match.projectId}`,
      match.similar.map((s) => s.place),
    ]),
  )
  const projectRows: CsvValue[][] = []
  for (const entry of overview.files) {
    if (!entry.ok) continue
    for (const project of entry.area.projects) {
      projectRows.push([
        placeOf.get(entry.path) ?? '',
        entry.file,
        project.title,
        project.owner ?? '',
        t(`method.projects.status.${project.status}`),
        project.progress ?? '',
        project.deadline ?? '',
        project.lastUpdate ?? '',
        project.strategyAreas.join('; '),
        project.theme,
        yesNo(project.overdue),
        (similar.get(`${entry.path}\u0000${project.id}`) ?? []).join('; '),
      ])
    }
  }
  const projectHeader = [
    'place',
    'file',
    'title',
    'owner',
    'status',
    'progress',
    'deadline',
    'lastUpdate',
    'strategyAreas',
    'theme',
    'overdue',
    'similarAreas',
  ].map(p)

  return {
    'areas.csv': csvDocument(areaHeader, areaRows),
    'projects.csv': csvDocument(projectHeader, projectRows),
  }
}
