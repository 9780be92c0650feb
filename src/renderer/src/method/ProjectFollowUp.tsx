// The follow-up view: every project against every session (day 50, day 100) with the status it had then,
// and a form to record the update of the project being edited for a session.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatShortDate } from '@shared/format/format'
import { ProjectStatus, type Project, type Session } from '@shared/model/records'
import { newId } from '../editor/ids'
import type { MethodProps } from './methodProps'
import { latestUpdate, projectRows, sessionsInOrder } from './projectsModel'

function UpdateForm({ apply, project, session, sessionName }: Pick<MethodProps, 'apply'> & { project: Project; session: Session; sessionName: string }) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<Project['status']>(project.status)
  const [text, setText] = useState('')
  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (await apply({ name: 'addProjectUpdate', args: { id: newId('update'), projectId: project.id, sessionId: session.id, status, text } })) setText('')
  }
  return (
    <form className="method-form method-inline" onSubmit={(event) => void save(event)} aria-label={t('method.projects.update', { session: sessionName })}>
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
              <UpdateForm key={`${editing.id} ${session.id}`} apply={apply} project={editing} session={session} sessionName={sessionName(session)} />
            ))}
        </>
      )}
    </section>
  )
}
