// Notes typed from paper, one per line, placed in free places of the right area of the board (strengths in
// their category's area, ideas in the Ideas area). Faster than the board for 30 notes read out from a flip chart.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { categoriesInOrder } from '@shared/analysis/recordCounts'
import { liveStateOf } from '@shared/commands/liveState'
import { NoteKind } from '@shared/model/records'
import { categoryName } from '../board/labels'
import { newId } from '../editor/ids'
import type { MethodProps } from './methodProps'
import { linesOf, targetZone } from './quickAddModel'

export function QuickAddNotes({ doc, apply }: MethodProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [kind, setKind] = useState<NoteKind>('strength')
  const [categoryId, setCategoryId] = useState<string>('')
  const [added, setAdded] = useState<number | null>(null)
  const lines = linesOf(text)

  const add = async (event: FormEvent) => {
    event.preventDefault()
    if (lines.length === 0) return
    const category = kind === 'strength' && categoryId ? categoryId : null
    const zoneId = targetZone(doc, kind, category)?.id ?? null
    const sessionId = liveStateOf(doc).currentSessionId
    const notes = lines.map((line) => ({ id: newId('note'), text: line, kind, categoryId: category, sessionId }))
    // The command finds the free places (around the notes already there) and grows the area when it is full.
    if (await apply({ name: 'addNotes', args: { notes, place: { zoneId } } })) {
      setText('')
      setAdded(notes.length)
    }
  }

  return (
    <form className="method-form method-block" onSubmit={(event) => void add(event)} aria-label={t('method.setup.quickAdd')}>
      <h3>{t('method.setup.quickAdd')}</h3>
      <label>
        {t('method.setup.quickAddText')}
        <textarea rows={6} value={text} onChange={(event) => (setText(event.target.value), setAdded(null))} />
      </label>
      <div className="method-inline">
        <label>
          {t('method.setup.quickAddKind')}
          <select value={kind} onChange={(event) => setKind(event.target.value as NoteKind)}>
            {NoteKind.options.map((option) => (
              <option key={option} value={option}>
                {t(`board.kinds.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('method.setup.quickAddCategory')}
          <select value={categoryId} disabled={kind !== 'strength'} onChange={(event) => setCategoryId(event.target.value)}>
            <option value="">{t('board.noCategory')}</option>
            {categoriesInOrder(doc).map((category) => (
              <option key={category.id} value={category.id}>
                {categoryName(doc, category.id, t)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="submit" disabled={lines.length === 0}>
        {t('method.setup.quickAddButton')}
      </button>
      {added !== null && <p role="status">{t('method.setup.quickAdded', { count: added })}</p>}
    </form>
  )
}
