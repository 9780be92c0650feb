// The action projects to read, each with "I want to help" (joins the project's group; pressed again, leaves it).
import type { RoomMode } from '@shared/room/contract'
import { helpingNow } from './phoneView'
import type { ScreenProps } from './RoomScreen'

type ProjectsMode = Extract<RoomMode, { kind: 'projects' }>

export function ProjectsScreen({ session, state, t, mode }: ScreenProps & { mode: ProjectsMode }) {
  return (
    <section className="phone-card" aria-labelledby="projects-heading">
      <h1 id="projects-heading">{t('projects.heading')}</h1>
      {mode.projects.length === 0 && <p>{t('projects.none')}</p>}
      <ul className="phone-projects">
        {mode.projects.map((project) => {
          const helping = helpingNow(project.id, project.helping, state.outbox)
          return (
            <li key={project.id} className="phone-project">
              <h2>{project.title}</h2>
              {project.goal && (
                <p>
                  <strong>{t('projects.goal')}: </strong>
                  {project.goal}
                </p>
              )}
              {project.firstStep && (
                <p>
                  <strong>{t('projects.firstStep')}: </strong>
                  {project.firstStep}
                </p>
              )}
              <p className="phone-muted">
                {t('projects.members', { count: project.members })}
                {helping && ` · ${t('projects.helping')}`}
              </p>
              <button
                type="button"
                className={helping ? 'phone-help helping' : 'phone-help'}
                aria-pressed={helping}
                onClick={() => session.helpProject(project.id, !helping)}
              >
                {t('projects.help')}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
