// Strengths by asset category across areas: one row per area, one column per category, each cell a count
// and a small bar on one shared scale, so the eye compares areas down a column.
import { useTranslation } from 'react-i18next'
import { areaName, type Overview, type ReadEntry } from '@shared/overview/buildOverview'

export function categoryColumns(overview: Overview, entries: readonly ReadEntry[]) {
  const columns = new Map<string, { id: string; name: string | null; color: string }>()
  for (const entry of entries)
    for (const category of entry.area.categories) if (!columns.has(category.id)) columns.set(category.id, category)
  void overview
  return [...columns.values()]
}

export function StrengthsTable({ overview, entries }: { overview: Overview; entries: ReadEntry[] }) {
  const { t } = useTranslation()
  const columns = categoryColumns(overview, entries)
  const max = Math.max(1, ...entries.flatMap((entry) => Object.values(entry.area.byCategory)))
  const label = (column: { id: string; name: string | null }) =>
    column.name ?? t(`categories.${column.id}`, { defaultValue: column.id })
  return (
    <section aria-labelledby="overview-strengths-heading">
      <h2 id="overview-strengths-heading">{t('overview.strengthsHeading')}</h2>
      <p className="muted">{t('overview.strengthsHelp')}</p>
      <div className="overview-table-wrap">
        <table className="overview-table strengths-table">
          <thead>
            <tr>
              <th scope="col">{t('overview.columns.place')}</th>
              {columns.map((column) => (
                <th scope="col" key={column.id}>
                  <span className="swatch" style={{ background: column.color }} aria-hidden="true" />
                  {label(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.path}>
                <th scope="row">{areaName(entry)}</th>
                {columns.map((column) => {
                  const count = entry.area.byCategory[column.id] ?? 0
                  return (
                    <td key={column.id} className="bar-cell">
                      <span
                        className="bar"
                        style={{ width: `${(count / max) * 100}%`, background: column.color }}
                        aria-hidden="true"
                      />
                      <span className="bar-value">{count}</span>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
