// The readable form of `overview`: one row per workshop with the totals below, the files that could not
// be read with their reasons, themes that recur across areas, and the overdue projects.
import type { Translate } from '@shared/i18n'
import { ROLES } from '@shared/model/records'
import { areaName, type Overview } from '@shared/overview/buildOverview'
import { formatTable, type Cell } from './formatTable'

export function overviewLines(overview: Overview, t: Translate): string[] {
  const c = (key: string) => t(`overview.columns.${key}`)
  const heading = t('overview.report.title', { count: overview.totals.workshops })
  const lines = [heading, '='.repeat([...heading].length), t('overview.today', { date: overview.today }), '']
  const statusCell = (counts: Record<string, number>) =>
    `${counts.idea}/${counts.running}/${counts.done}/${counts.paused}`
  const roleCell = (byRole: Record<string, number>) =>
    ROLES.slice(0, 3)
      .map((role) => byRole[role])
      .join('/')
  const rows: Cell[][] = []
  for (const entry of overview.files) {
    if (!entry.ok) continue
    const { area } = entry
    rows.push([
      areaName(entry),
      area.lastSession ?? '—',
      area.participants.total,
      roleCell(area.participants.byRole),
      area.notes.strengths,
      area.themes.length,
      area.projects.length,
      statusCell(area.projectsByStatus),
      area.followUpsDue,
      area.overdue,
    ])
  }
  const totals = overview.totals
  rows.push([
    t('overview.totalsRow'),
    '',
    totals.participants.total,
    roleCell(totals.participants.byRole),
    totals.notes.strengths,
    totals.themes,
    totals.projects,
    statusCell(totals.projectsByStatus),
    totals.followUpsDue,
    totals.overdue,
  ])
  lines.push(
    ...formatTable(
      [
        'place',
        'lastSession',
        'participants',
        'byRole',
        'strengths',
        'themes',
        'projects',
        'byStatus',
        'followUpsDue',
        'overdue',
      ].map(c),
      rows,
    ),
  )

  const refused = overview.files.filter((entry) => !entry.ok)
  if (refused.length > 0) {
    lines.push('', t('overview.refusedHeading', { count: refused.length }))
    for (const entry of refused) if (!entry.ok) lines.push(`  ${entry.path}: ${entry.error.message}`)
  }

  lines.push('', t('overview.recurringHeading'))
  if (overview.recurringThemes.length === 0) lines.push(`  ${t('overview.recurringNone')}`)
  for (const theme of overview.recurringThemes) {
    lines.push(
      `  ${theme.names.join(' / ')} (${t('overview.recurringAreas', { count: theme.areas.length })}): ${theme.areas.map((area) => area.place).join(', ')}`,
    )
  }

  const overdue = overview.files.flatMap((entry) =>
    entry.ok ? entry.area.projects.filter((project) => project.overdue).map((project) => ({ entry, project })) : [],
  )
  if (overdue.length > 0) {
    lines.push('', `${t('overview.overdueBadge')}: ${overdue.length}`)
    lines.push(
      ...formatTable(
        [c('area'), c('project'), c('status'), c('deadline'), c('lastUpdate')],
        overdue.map(({ entry, project }) => [
          areaName(entry),
          project.title,
          t(`method.projects.status.${project.status}`),
          project.deadline ?? '—',
          project.lastUpdate ?? '—',
        ]),
      ),
    )
  }
  return lines
}
