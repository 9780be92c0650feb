// Each action project on its own page with every field of its sheet, what it builds on, and how it went.
import { formatDate } from '@shared/format/format'
import type { ProjectBlock, ReportModel, Translate } from '../reportModel'
import { FieldText, Swatch } from './common'
import { ProjectProgress } from './ProjectProgress'
import { StrategyAreaProjects } from './StrategyAreaProjects'

const STATUS_CLASS = { idea: 'status-idea', running: 'status-running', done: 'status-done', paused: 'status-paused' }

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

function ProjectPage({ project, model, t }: { project: ProjectBlock; model: ReportModel; t: Translate }) {
  const field = (name: string) => t(`method.projects.field.${name}`)
  return (
    <article className="project-page" aria-labelledby={`project-${project.id}`}>
      <header className="project-head" style={{ borderColor: project.themeColour ?? '#1f5f5b' }}>
        {project.theme !== null && (
          <p className="kicker">
            {t('report.projects.fromTheme')}: {project.theme}
          </p>
        )}
        <h2 id={`project-${project.id}`}>{project.title}</h2>
        <p className="project-meta">
          <span className={`status ${STATUS_CLASS[project.status]}`}>
            {t(`method.projects.status.${project.status}`)}
          </span>
          {project.strategyAreas.map((area) => (
            <span key={area} className="tag">
              {area}
            </span>
          ))}
          <span className="muted">
            {t('report.projects.completeness', { filled: project.filled, all: project.fillable })}
          </span>
        </p>
        <p className="project-meta project-progress-line">
          <span className="small-heading">{t('report.projects.progress')}</span>
          <ProjectProgress progress={project.progress} t={t} />
          {project.lastUpdate !== null && (
            <span className="muted">
              {t('report.projects.lastUpdate', { date: formatDate(project.lastUpdate, model.language) })}
            </span>
          )}
        </p>
      </header>

      <div className="goal">
        <h3 className="small-heading">{field('goal')}</h3>
        <p className="goal-text">
          <FieldText text={project.goal} t={t} />
        </p>
      </div>

      <dl className="field-grid">
        <Field label={field('ownerId')}>
          <FieldText text={project.owner} t={t} />
        </Field>
        <Field label={field('memberIds')}>
          {project.members.length === 0 ? <FieldText text={null} t={t} /> : project.members.join(', ')}
        </Field>
        <Field label={field('firstStep')}>
          <FieldText text={project.firstStep} t={t} />
        </Field>
        <Field label={field('deadline')}>
          <FieldText text={project.deadline === null ? null : formatDate(project.deadline, model.language)} t={t} />
        </Field>
        <Field label={field('resourcesNeeded')}>
          <FieldText text={project.resourcesNeeded} t={t} />
        </Field>
        <Field label={field('resourcesOffered')}>
          <FieldText text={project.resourcesOffered} t={t} />
        </Field>
        <Field label={field('barriers')}>
          <FieldText text={project.barriers} t={t} />
        </Field>
        <Field label={field('successMeasure')}>
          <FieldText text={project.successMeasure} t={t} />
        </Field>
      </dl>

      <div className="links">
        <div>
          <h3 className="small-heading">{field('strengthIds')}</h3>
          {project.strengths.length === 0 ? (
            <p className="empty">{t('report.none')}</p>
          ) : (
            <ul className="chip-list">
              {project.strengths.map((strength, index) => (
                <li key={index}>
                  <Swatch colour={strength.colour} />
                  {strength.text}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="small-heading">{field('ideaIds')}</h3>
          {project.ideas.length === 0 ? (
            <p className="empty">{t('report.none')}</p>
          ) : (
            <ul className="chip-list">
              {project.ideas.map((text, index) => (
                <li key={index}>{text}</li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <div className="follow-up">
        <h3 className="small-heading">{t('report.projects.followUp')}</h3>
        {project.followUps.length === 0 ? (
          <p className="empty">{t('report.projects.noFollowUp')}</p>
        ) : (
          <ol className="timeline">
            {project.followUps.map((update, index) => (
              <li key={index}>
                <p className="timeline-head">
                  <strong>{update.session}</strong>
                  {update.date !== null && <span className="muted"> · {formatDate(update.date, model.language)}</span>}
                  <span className={`status ${STATUS_CLASS[update.status]}`}>
                    {t(`method.projects.status.${update.status}`)}
                  </span>
                  {update.progress !== null && (
                    <span className="muted"> · {t('report.projects.progressAt', { progress: update.progress })}</span>
                  )}
                </p>
                <p>
                  <FieldText text={update.text} t={t} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </article>
  )
}

export function ProjectPages({ model, t }: { model: ReportModel; t: Translate }) {
  return (
    <section className="projects" aria-labelledby="section-projects">
      <div className="projects-intro">
        <h1 id="section-projects">{t('report.sectionNames.projects')}</h1>
        <p className="intro">
          {model.projects.length === 0
            ? t('report.projects.none')
            : t('report.projects.intro', { count: model.projects.length })}
        </p>
        {model.projects.length > 0 && (
          <ol className="project-index">
            {model.projects.map((project) => (
              <li key={project.id}>
                <Swatch colour={project.themeColour ?? '#1f5f5b'} />
                <strong>{project.title}</strong>
                {project.owner !== null && <span className="muted"> · {project.owner}</span>}
                <span className={`status ${STATUS_CLASS[project.status]}`}>
                  {t(`method.projects.status.${project.status}`)}
                </span>
                <ProjectProgress progress={project.progress} t={t} />
              </li>
            ))}
          </ol>
        )}
      </div>
      {model.projects.length > 0 && <StrategyAreaProjects model={model} t={t} />}
      {model.projects.map((project) => (
        <ProjectPage key={project.id} project={project} model={model} t={t} />
      ))}
    </section>
  )
}
