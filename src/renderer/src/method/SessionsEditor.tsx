// The gatherings of the group (kick-off, day-50 refresh, day-100 landing) and which one is happening now:
// new notes, rounds, projects and project updates are made in the current session.
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { liveStateOf } from '@shared/commands/liveState'
import { newId } from '../editor/ids'
import { formatShortDate } from '@shared/format/format'
import { CommitField } from './CommitField'
import { DateField } from './DateField'
import type { MethodProps } from './methodProps'
import { sessionsInOrder } from './projectsModel'

export function SessionsEditor({ doc, apply }: MethodProps) {
  const { t, i18n } = useTranslation()
  const shortDate = (iso: string) => formatShortDate(iso, i18n.language === 'da' ? 'da' : 'en')
  const sessions = sessionsInOrder(doc)
  const current = liveStateOf(doc).currentSessionId
  const [title, setTitle] = useState('')
  /** The ISO day of the new session; null while the typed text is not a date. */
  const [date, setDate] = useState<string | null>('')
  /** The date field is remounted to empty it when the form is sent, or to give back the sent date on failure. */
  const [dateField, setDateField] = useState({ key: 0, shows: '' })
  /** Set when the person types after sending: a failed save then leaves what they typed alone. */
  const editedSinceSubmit = useRef(false)

  const add = async (event: FormEvent) => {
    event.preventDefault()
    if (!date) return
    const id = newId('session')
    // The form is emptied as it is sent, not when the save lands: the next session's title typed meanwhile
    // would otherwise be wiped under the person's fingers (the participants form had the same race).
    const sent = { title, date }
    setTitle('')
    setDate('')
    setDateField((field) => ({ key: field.key + 1, shows: '' }))
    editedSinceSubmit.current = false
    if (!(await apply({ name: 'addSession', args: { id, title: sent.title, date: sent.date } }))) {
      if (!editedSinceSubmit.current) {
        setTitle(sent.title)
        setDate(sent.date)
        setDateField((field) => ({ key: field.key + 1, shows: sent.date }))
      }
      return
    }
    if (!current) await apply({ name: 'setCurrentSession', args: { sessionId: id } })
  }

  return (
    <section className="method-block" aria-labelledby="method-sessions">
      <h3 id="method-sessions">{t('method.setup.sessions')}</h3>
      <label>
        {t('method.setup.currentSession')}
        <select
          value={current ?? ''}

          onChange={(event) =>
            void apply({ name: 'setCurrentSession', args: { sessionId: event.target.value || null } })
          }
        >
          <option value="">{t('method.setup.noSession')}</option>
          {sessions.map((session) => (
            <option key={session.id} value={session.id}>
              {session.title || shortDate(session.date)} · {shortDate(session.date)}
            </option>
          ))}
        </select>
      </label>
      <ol className="method-list">
        {sessions.map((session, index) => (
          <li key={session.id} className="method-row method-session">
            <CommitField
              label={t('method.setup.sessionTitleOf', { number: index + 1 })}
              value={session.title}
              onCommit={(value) => void apply({ name: 'updateSession', args: { id: session.id, title: value } })}
            />
            <DateField
              label={t('method.setup.sessionDateOf', { number: index + 1 })}
              value={session.date}
              required
              onCommit={(value) => void apply({ name: 'updateSession', args: { id: session.id, date: value } })}
            />
          </li>
        ))}
      </ol>
      <form
        className="method-form method-inline"
        onSubmit={(event) => void add(event)}
        aria-label={t('method.setup.addSession')}
      >
        <label>
          {t('method.setup.sessionTitle')}
          <input
            value={title}
            placeholder={t('method.setup.sessionSuggestions')}
            onChange={(event) => {
              editedSinceSubmit.current = true
              setTitle(event.target.value)
            }}
          />
        </label>
        <label>
          {t('method.setup.sessionDate')}
          <DateField
            key={dateField.key}
            label={t('method.setup.sessionDate')}
            value={dateField.shows}
            required
            onChange={(iso) => {
              editedSinceSubmit.current = true
              setDate(iso)
            }}
          />
        </label>
        <button type="submit" disabled={!date}>
          {t('method.setup.addSession')}
        </button>
      </form>
    </section>
  )
}
