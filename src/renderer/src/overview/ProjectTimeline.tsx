// A project's last follow-up in the overview's table, folding out to its dated timeline (day 50, day 100):
// status and progress at each session, and what the group said.
import { useTranslation } from 'react-i18next'
import type { AreaProject } from '@shared/overview/areaSummary'
import { shortDate } from './shortDate'

export function ProjectTimeline({ project }: { project: AreaProject }) {
  const { t, i18n } = useTranslation()
  const last = project.timeline.at(-1)
  if (!last) return <span>{t('overview.noDate')}</span>
  return (
    <details className="overview-timeline">
      <summary>
        {t('overview.timelineSummary', { date: shortDate(last.date, i18n.language), count: project.timeline.length })}
      </summary>
      <ol aria-label={t('overview.timelineOf', { project: project.title })}>
        {project.timeline.map((entry, index) => (
          <li key={index}>
            <strong>{shortDate(entry.date, i18n.language)}</strong> {entry.session && `${entry.session} · `}
            {t(`method.projects.status.${entry.status}`)}
            {entry.progress !== null && ` · ${entry.progress} %`}
            {entry.text && <div className="muted">{entry.text}</div>}
          </li>
        ))}
      </ol>
    </details>
  )
}
