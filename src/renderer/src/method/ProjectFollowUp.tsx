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
      className="method-form method-inline method-update"
      noValidate
      onSubmit={(event) => void save(event)}
      aria-label={t('method.projects.update', { session: sessionName })}
    >
      {/* The session's name once, as the form's heading; the fields show short names and keep the session in
          their accessible names ("Status ved Dag 50"), so five forms read apart in a narrow panel. */}
      <h4 className="method-update-session">{sessionName}</h4>
      <label>
        {t('method.projects.updateStatusShort')}
        <select
          value={status}
          aria-label={t('method.projects.updateStatus', { session: sessionName })}
          onChange={(event) => setStatus(event.target.value as Project['status'])}
        >
          {ProjectStatus.options.map((option) => (
            <option key={option} value={option}>
              {t(`method.projects.status.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('method.projects.updateProgressShort')}
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={percent}
          aria-label={t('method.projects.updateProgress', { session: sessionName })}
          onChange={(event) => setPercent(event.target.value)}
        />
      </label>
      <label className="method-update-text">
        {t('method.projects.updateTextShort')}
        <input
          value={text}
          aria-label={t('method.projects.updateText', { session: sessionName })}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <button type="submit" aria-label={t('method.projects.saveUpdate', { session: sessionName })}>
        {t('method.projects.saveUpdateShort')}
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
            // Two columns, not one per session: five sessions with long titles do not fit beside each other
            // in the panel at 1280 px; each project lists the sessions it has an update for, in order.
            <table className="method-follow-up" aria-label={t('method.projects.followUp')}>
              <thead>
                <tr>
                  <th scope="col">{t('method.projects.followUpProject')}</th>
                  <th scope="col">{t('method.projects.followUpSessions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ project }) => {
                  const updates = sessions.flatMap((session) => {
                    const update = latestUpdate(doc, project.id, session.id)
                    return update ? [{ session, update }] : []
                  })
                  return (
                    <tr key={project.id}>
                      <th scope="row">{project.title || t('method.projects.untitled')}</th>
                      <td>
                        {updates.length === 0 ? (
                          t('method.projects.noUpdate')
                        ) : (
                          <ol className="method-follow-ups">
                            {updates.map(({ session, update }) => (
                              <li key={session.id}>
                                <span className="method-follow-up-session">{sessionName(session)}</span>{' '}
                                {t(`method.projects.status.${update.status}`)}
                                {update.progress != null && ` · ${update.progress} %`}
                                {update.text && <div className="muted">{update.text}</div>}
                              </li>
                            ))}
                          </ol>
                        )}
                      </td>
                    </tr>
                  )
                })}
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
