// The follow-up view: every project against every session (day 50, day 100) with the status and progress it
// had then, and a form to record the update of the project being edited for a session. Progress is checked
// by the command, not the browser, so "140" is refused in the workshop app's language.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { projectProgress, projectTimeline } from '@shared/analysis/projectProgress'
import { formatShortDate } from '@shared/format/format'
import { ProjectStatus, type Project, type Session } from '@shared/model/records'
import { newId } from '../editor/ids'
import type { MethodProps } from './methodProps'
import { latestUpdate, projectRows, sessionsInOrder } from './projectsModel'

type UpdateFormProps = Pick<MethodProps, 'apply'> & { project: Project; progress: number | null; session: Session; sessionName: string }

function UpdateForm({ apply, project, progress, session, sessionName }: UpdateFormProps) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<Project['status']>(project.status)
  const [text, setText] = useState('')
  const [percent, setPercent] = useState(progress === null ? '' : String(progress))
  const save = async (event: FormEvent) => {
    event.preventDefault()
    const args = {
      id: newId('update'),
      projectId: project.id,
      sessionId: session.id,
      status,
      text,
      progress: percent.trim() === '' ? null : Number(percent),
    }
    if (await apply({ name: 'addProjectUpdate', args })) setText('')
  }
  return (
    <form
      className="method-form method-inline"
      noValidate
      onSubmit={(event) => void save(event)}
      aria-label={t('method.projects.update', { session: sessionName })}
    >
      <label>
        {t('method.projects.updateStatus', { session: sessionName })}
        <select value={status} onChange={(event) => setStatus(event.target.value as Project['status'])}>
          {ProjectStatus.options.map((option) => (
            <option key={option} value={option}>
              {t(`method.projects.status.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('method.projects.updateProgress', { session: sessionName })}
        <input type="number" inputMode="numeric" min={0} max={100} step={1} value={percent} onChange={(event) => setPercent(event.target.value)} />
      </label>
      <label>
        {t('method.projects.updateText', { session: sessionName })}
        <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="submit">
        {t('method.projects.saveUpdate', { session: sessionName })}
      </button>
    </form>
  )
}

export function ProjectFollowUp({ doc, apply, editing }: MethodProps & { editing: Project | null }) {
  const { t, i18n } = useTranslation()
  const sessions = sessionsInOrder(doc)
  const rows = projectRows(doc)
  const sessionName = (session: Session) =>
    session.title || formatShortDate(session.date, i18n.language === 'da' ? 'da' : 'en')
  return (
    <section className="method-block" aria-labelledby="method-follow-up">
      <h3 id="method-follow-up">{t('method.projects.followUp')}</h3>
      <p className="muted">{t('method.projects.followUpHelp')}</p>
      {sessions.length === 0 ? (
        <p className="muted">{t('method.projects.noSessions')}</p>
      ) : (
        <>
          {rows.length > 0 && (
            <table className="method-results" aria-label={t('method.projects.followUp')}>
              <thead>
                <tr>
                  <th scope="col">{t('method.projects.field.title')}</th>
                  {sessions.map((session) => (
                    <th scope="col" key={session.id}>
                      {sessionName(session)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ project }) => (
                  <tr key={project.id}>
                    <th scope="row">{project.title || t('method.projects.untitled')}</th>
                    {sessions.map((session) => {
                      const update = latestUpdate(doc, project.id, session.id)
                      return (
                        <td key={session.id} title={update?.text}>
                          {update ? t(`method.projects.status.${update.status}`) : t('method.projects.noUpdate')}
                          {update?.progress != null && ` · ${update.progress} %`}
                          {update?.text && <div className="muted">{update.text}</div>}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {editing &&
            sessions.map((session) => (
              <UpdateForm
                key={`${editing.id} ${session.id}`}
                apply={apply}
                project={editing}
                progress={projectProgress(editing, projectTimeline(doc, editing.id))}
                session={session}
                sessionName={sessionName(session)}
              />
            ))}
        </>
      )}
    </section>
  )
}
