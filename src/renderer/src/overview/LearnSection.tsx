// "Learn from each other": themes that recur in several areas, and for each project the other areas with a
// theme like it, so a local forum knows whom to call.
import { useTranslation } from 'react-i18next'
import { areaName, type Overview, type ReadEntry } from '@shared/overview/buildOverview'

export function LearnSection({ overview, entries }: { overview: Overview; entries: ReadEntry[] }) {
  const { t } = useTranslation()
  const shown = new Set(entries.map((entry) => entry.path))
  const byPath = new Map(entries.map((entry) => [entry.path, entry]))
  const matches = overview.projectMatches.filter((match) => shown.has(match.path))
  return (
    <div className="learn">
      <section aria-labelledby="overview-recurring-heading">
        <h2 id="overview-recurring-heading">{t('overview.recurringHeading')}</h2>
        {overview.recurringThemes.length === 0 ? (
          <p className="muted">{t('overview.recurringNone')}</p>
        ) : (
          <ul className="recurring-list">
            {overview.recurringThemes.map((theme) => (
              <li key={theme.key}>
                <strong>{theme.names.join(' / ')}</strong>{' '}
                <span className="muted">({t('overview.recurringAreas', { count: theme.areas.length })})</span>
                <div>{theme.areas.map((area) => area.place).join(', ')}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="overview-matches-heading">
        <h2 id="overview-matches-heading">{t('overview.matchesHeading')}</h2>
        {matches.length === 0 ? (
          <p className="muted">{t('overview.matchesNone')}</p>
        ) : (
          <table className="overview-table">
            <thead>
              <tr>
                <th scope="col">{t('overview.columns.project')}</th>
                <th scope="col">{t('overview.columns.area')}</th>
                <th scope="col">{t('overview.columns.similar')}</th>
              </tr>
            </thead>
            <tbody>
              {matches.map((match) => {
                const entry = byPath.get(match.path)!
                const project = entry.area.projects.find((candidate) => candidate.id === match.projectId)
                return (
                  <tr key={`${match.path}/${match.projectId}`}>
                    <th scope="row">{project?.title}</th>
                    <td>{areaName(entry)}</td>
                    <td>{match.similar.map((area) => `${area.place} (${area.theme})`).join(', ')}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  )
}
