// Writing a strength (for one of the workshop's asset categories, in its colour) or an idea: at most 280
// characters with a counter, Send, and the person's own notes with what became of each.
import { useState } from 'react'
import type { RoomMode } from '@shared/room/contract'
import { ErrorLine } from './PhoneApp'
import type { PhoneKey, PhoneT } from './phoneText'
import { notesToShow } from './phoneView'
import type { ScreenProps } from './RoomScreen'

type WriteMode = Extract<RoomMode, { kind: 'strengths' | 'ideas' }>
const BUILT_IN = ['people', 'associations', 'institutions', 'places', 'economy', 'culture']

export function categoryLabel(t: PhoneT, category: { id: string; name: string | null }): string {
  if (category.name) return category.name
  return BUILT_IN.includes(category.id) ? t(`categories.${category.id}` as PhoneKey) : category.id
}

export function WriteNote({ session, state, room, t, mode }: ScreenProps & { mode: WriteMode }) {
  const [text, setText] = useState('')
  const [categoryId, setCategoryId] = useState<string | null>(null)
  const [sent, setSent] = useState(false)
  const max = room.limits.noteMaxLength
  const strengths = mode.kind === 'strengths'
  const categories = strengths ? mode.categories : []
  const chosen = categories.some((c) => c.id === categoryId) ? categoryId : null
  const notes = notesToShow(room.myNotes, state.outbox)

  return (
    <>
      <form
        className="phone-card"
        aria-labelledby="write-heading"
        onSubmit={(event) => {
          event.preventDefault()
          setSent(false)
          if (session.sendNote(text, strengths ? 'strength' : 'idea', chosen)) {
            setText('')
            setSent(true)
          }
        }}
      >
        <h1 id="write-heading">{t(strengths ? 'write.strengths' : 'write.ideas')}</h1>
        <p>{t(strengths ? 'write.strengthsHint' : 'write.ideasHint')}</p>
        {categories.length > 0 && (
          <fieldset className="phone-categories">
            <legend>{t('write.category')}</legend>
            {categories.map((category) => (
              <label
                key={category.id}
                className={chosen === category.id ? 'phone-category chosen' : 'phone-category'}
                style={{ '--category': category.color } as React.CSSProperties}
              >
                <input
                  type="radio"
                  name="category"
                  value={category.id}
                  checked={chosen === category.id}
                  onChange={() => setCategoryId(category.id)}
                />
                <span>{categoryLabel(t, category)}</span>
              </label>
            ))}
          </fieldset>
        )}
        <label className="phone-field">
          <span>{t('write.text')}</span>
          <textarea
            rows={4}
            maxLength={max}
            value={text}
            aria-describedby="note-counter"
            onChange={(event) => {
              setText(event.target.value)
              setSent(false)
              if (state.error) session.clearError()
            }}
          />
        </label>
        <p id="note-counter" className={text.length >= max ? 'phone-counter full' : 'phone-counter'}>
          {t('write.counter', { count: text.length, max })}
        </p>
        <ErrorLine t={t} error={state.error} />
        {sent && !state.error && state.online && (
          <p className="phone-sent" role="status">
            {t('write.sent')}
          </p>
        )}
        <button type="submit" className="phone-primary" disabled={text.trim() === ''}>
          {t('write.send')}
        </button>
      </form>
      <section className="phone-card" aria-labelledby="mine-heading">
        <h2 id="mine-heading">{t('write.mine')}</h2>
        {notes.length === 0 ? (
          <p>{t('write.none')}</p>
        ) : (
          <ul className="phone-notes">
            {notes.map((note) => (
              <li key={note.clientId} className={`phone-note ${note.status}`}>
                <span className="phone-note-text">{note.text}</span>
                <span className="phone-note-status">{t(`write.status.${note.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
