// The notes not in a theme yet, as a checklist: check the ones that belong together and make a theme of them
// (the name can wait). The board's own selection is not reachable from here yet, so the checklist is the way.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NoteKind } from '@shared/model/records'
import { newId } from '../editor/ids'
import type { MethodProps } from './methodProps'
import { freeNotes } from './themesModel'

export interface Checked {
  ids: ReadonlySet<string>
  set: (ids: ReadonlySet<string>) => void
}

export function MakeTheme({ doc, apply, checked }: MethodProps & { checked: Checked }) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<NoteKind | 'all'>('idea')
  const [name, setName] = useState('')
  const notes = freeNotes(doc, kind)
  const chosen = [...checked.ids].filter((id) => doc.note[id] && doc.note[id].themeId === null)

  const toggle = (id: string, on: boolean) => {
    const next = new Set(checked.ids)
    if (on) next.add(id)
    else next.delete(id)
    checked.set(next)
  }
  const make = async () => {
    if (chosen.length === 0) return
    if (await apply({ name: 'createTheme', args: { id: newId('theme'), name, noteIds: chosen, gather: 'rows' } })) {
      setName('')
      checked.set(new Set())
    }
  }

  return (
    <section className="method-block" aria-labelledby="method-make-theme">
      <h3 id="method-make-theme">{t('method.themes.make')}</h3>
      <label>
        {t('method.themes.showKind')}
        <select value={kind} onChange={(event) => setKind(event.target.value as NoteKind | 'all')}>
          <option value="all">{t('method.themes.allKinds')}</option>
          <option value="idea">{t('board.kinds.idea')}</option>
          <option value="strength">{t('board.kinds.strength')}</option>
          <option value="other">{t('board.kinds.other')}</option>
        </select>
      </label>
      {notes.length === 0 ? (
        <p className="muted">{t('method.themes.noFreeNotes')}</p>
      ) : (
        <ul className="method-checklist" aria-label={t('method.themes.freeNotes')}>
          {notes.map((note) => (
            <li key={note.id}>
              <label>
                <input type="checkbox" checked={checked.ids.has(note.id)} onChange={(event) => toggle(note.id, event.target.checked)} />
                {note.text || t('board.emptyNote')}
              </label>
            </li>
          ))}
        </ul>
      )}
      <p className="method-count" aria-live="polite">
        {t('method.themes.checked', { count: chosen.length })}
      </p>
      <label>
        {t('method.themes.newName')}
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="button" disabled={chosen.length === 0} onClick={() => void make()}>
        {t('method.themes.makeTheme')}
      </button>
    </section>
  )
}
