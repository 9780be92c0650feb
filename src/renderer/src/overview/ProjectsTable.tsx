// Every action project across the areas: area, owner, status, progress, deadline, last update, strategy
// areas. Overdue ones (deadline passed, not done) come first and stand out.
import { useTranslation } from 'react-i18next'
import { areaName } from '@shared/overview/buildOverview'
import type { ProjectRow } from './overviewView'
import { ProgressBar } from './ProgressBar'
import { shortDate } from './shortDate'
import { ProjectTimeline } from './ProjectTimeline'

export function ProjectsTable({ rows }: { rows: ProjectRow[] }) {
  const { t, i18n } = useTranslation()
  const overdue = rows.filter((row) => row.project.overdue).length
  return (
    <section aria-labelledby="overview-projects-heading">
      <h2 id="overview-projects-heading">{t('overview.projectsHeading')}</h2>
      <p className="muted">{t('overview.projectsCount', { count: rows.length, overdue })}</p>
      <div className="overview-table-wrap">
        <table className="overview-table">
          <thead>
            <tr>
              <th scope="col">{t('overview.columns.project')}</th>
              <th scope="col">{t('overview.columns.area')}</th>
              <th scope="col">{t('overview.columns.owner')}</th>
              <th scope="col">{t('overview.columns.status')}</th>
              <th scope="col">{t('overview.columns.progress')}</th>
              <th scope="col">{t('overview.columns.deadline')}</th>
              <th scope="col">{t('overview.columns.lastUpdate')}</th>
              <th scope="col">{t('overview.columns.strategyArea')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, project }) => (
              <tr key={`${entry.path}/${project.id}`} className={project.overdue ? 'overdue-row' : undefined}>
                <th scope="row">
                  {project.title}
                  {project.overdue && <span className="overdue-badge">{t('overview.overdueBadge')}</span>}
                </th>
                <td>{areaName(entry)}</td>
                <td>{project.owner || t('overview.noOwner')}</td>
                <td>{t(`method.projects.status.${project.status}`)}</td>
                <td>
                  <ProgressBar value={project.progress} />
                </td>
                <td>{project.deadline ? shortDate(project.deadline, i18n.language) : t('overview.noDate')}</td>
                <td>
                  <ProjectTimeline project={project} />
                </td>
                <td>{project.strategyAreas.join(', ') || t('overview.noStrategyArea')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
