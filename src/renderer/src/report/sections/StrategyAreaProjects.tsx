// "Projects by strategy area" (Vejle reports everything by its four areas): on its own page before the
// project pages, every area on the workshop's list with its projects' status and progress; a project in two
// areas is listed under both, and those in none are listed last.
import type { ProjectBlock, ReportModel, Translate } from '../reportModel'
import { ProjectProgress } from './ProjectProgress'

const STATUS_CLASS = { idea: 'status-idea', running: 'status-running', done: 'status-done', paused: 'status-paused' }

function ProjectList({ projects, t }: { projects: ProjectBlock[]; t: Translate }) {
  if (projects.length === 0) return <p className="empty">{t('report.projects.noProjectsInArea')}</p>
  return (
    <ul className="area-projects">
      {projects.map((project) => (
        <li key={project.id}>
          <strong>{project.title}</strong>
          <span className={`status ${STATUS_CLASS[project.status]}`}>
            {t(`method.projects.status.${project.status}`)}
          </span>
          <ProjectProgress progress={project.progress} t={t} />
        </li>
      ))}
    </ul>
  )
}

export function StrategyAreaProjects({ model, t }: { model: ReportModel; t: Translate }) {
  const byId = new Map(model.projects.map((project) => [project.id, project]))
  const withoutArea = model.projects.filter((project) => project.strategyAreas.length === 0)
  return (
    <section className="strategy-areas" aria-labelledby="section-strategy-areas">
      <h1 id="section-strategy-areas">{t('report.projects.byStrategyArea')}</h1>
      <p className="intro">{t('report.projects.byStrategyAreaIntro')}</p>
      {model.byStrategyArea.map(({ area, projectIds }) => (
        <div className="strategy-area" key={area}>
          <h2>
            {area} <span className="muted">({projectIds.length})</span>
          </h2>
          <ProjectList projects={projectIds.map((id) => byId.get(id)!).filter(Boolean)} t={t} />
        </div>
      ))}
      {withoutArea.length > 0 && (
        <div className="strategy-area">
          <h2>
            {t('report.projects.noStrategyArea')} <span className="muted">({withoutArea.length})</span>
          </h2>
          <ProjectList projects={withoutArea} t={t} />
        </div>
      )}
    </section>
  )
}
