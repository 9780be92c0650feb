// One row per workshop with the totals at the bottom; column headers sort, each row opens its workshop.
import { useTranslation } from 'react-i18next'
import { shortDate } from './shortDate'
import { ROLES } from '@shared/model/records'
import { areaName, type Overview, type ReadEntry } from '@shared/overview/buildOverview'
import type { Sort, SortColumn } from './overviewView'
import { StatusCounts } from './StatusCounts'

interface Props {
  overview: Overview
  entries: ReadEntry[]
  sort: Sort | null
  onSort: (sort: Sort) => void
  onOpen: (path: string) => void
  busy: boolean
}

export function AreasTable({ overview, entries, sort, onSort, onOpen, busy }: Props) {
  const { t, i18n } = useTranslation()
  const header = (column: SortColumn, label: string, numeric = false) => {
    const active = sort?.column === column
    return (
      <th
        scope="col"
        className={numeric ? 'num' : undefined}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          aria-label={t('overview.sortBy', { column: label })}
          onClick={() => onSort({ column, descending: active ? !sort.descending : numeric })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    )
  }
  const totals = overview.totals
  const roles = (byRole: Record<string, number>) =>
    ROLES.slice(0, 3)
      .map((role) => byRole[role])
      .join(' / ')
  return (
    <div className="overview-table-wrap">
      <table className="overview-table" aria-label={t('overview.tabs.areas')}>
        <thead>
          <tr>
            {header('place', t('overview.columns.place'))}
            {header('lastSession', t('overview.columns.lastSession'))}
            {header('participants', t('overview.columns.participants'), true)}
            {header('strengths', t('overview.columns.strengths'), true)}
            {header('themes', t('overview.columns.themes'), true)}
            {header('projects', t('overview.columns.projects'), true)}
            {header('followUpsDue', t('overview.columns.followUpsDue'), true)}
            {header('overdue', t('overview.columns.overdue'), true)}
            <th scope="col">{t('overview.columns.strategyAreas')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('overview.columns.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const { area } = entry
            const name = areaName(entry)
            const areas = [...new Set(area.projects.flatMap((project) => project.strategyAreas))]
            return (
              <tr key={entry.path}>
                <th scope="row">
                  <span className="area-name">{name}</span>
                  <span className="area-title">{area.title}</span>
                </th>
                <td>{area.lastSession ? shortDate(area.lastSession, i18n.language) : t('overview.noDate')}</td>
                <td className="num">
                  {area.participants.total}
                  <span className="sub" title={t('overview.columns.byRole')}>
                    {roles(area.participants.byRole)}
                  </span>
                </td>
                <td className="num">{area.notes.strengths}</td>
                <td className="num" title={area.themes.map((theme) => theme.name).join(', ')}>
                  {area.themes.length}
                </td>
                <td>
                  <StatusCounts counts={area.projectsByStatus} />
                </td>
                <td className="num">{area.followUpsDue}</td>
                <td className={area.overdue > 0 ? 'num overdue' : 'num'}>{area.overdue}</td>
                <td className="strategy-cell">{areas.join(', ')}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => onOpen(entry.path)}
                    aria-label={t('overview.openWorkshop', { place: name })}
                  >
                    {t('overview.columns.open')}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('overview.totalsRow')}</th>
            <td />
            <td className="num">
              {totals.participants.total}
              <span className="sub">{roles(totals.participants.byRole)}</span>
            </td>
            <td className="num">{totals.notes.strengths}</td>
            <td className="num">{totals.themes}</td>
            <td>
              <StatusCounts counts={totals.projectsByStatus} />
            </td>
            <td className="num">{totals.followUpsDue}</td>
            <td className={totals.overdue > 0 ? 'num overdue' : 'num'}>{totals.overdue}</td>
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
