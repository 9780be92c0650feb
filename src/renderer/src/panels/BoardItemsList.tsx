// The board's content as DOM, for the keyboard and screen readers (canvas content is invisible to
// them): visually hidden lists of notes, areas and lines, as buttons in reading order. Tab walks them;
// focusing one selects it on the board and brings it into view; Enter edits it; arrow keys then move it.
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopDoc } from '@shared/model/document'
import type { Note, Zone } from '@shared/model/records'
import { categoryName } from '../board/labels'
import type { BoardEditor, EditTarget } from '../editor/boardEditor'

export interface BoardItemsListProps {
  doc: WorkshopDoc
  selected: readonly string[]
  editor: BoardEditor
  zoneTitle: (zone: Zone) => string
  /** Bring an item into view (the list is hidden, so the board shows where focus is). */
  reveal: (id: string) => void
}

const byReadingOrder = (a: { x: number; y: number }, b: { x: number; y: number }) => a.y - b.y || a.x - b.x

export const BoardItemsList = memo(function BoardItemsList({
  doc,
  selected,
  editor,
  zoneTitle,
  reveal,
}: BoardItemsListProps) {
  const { t } = useTranslation()
  const notes = Object.values(doc.note).sort(byReadingOrder)
  const zones = Object.values(doc.zone).sort(byReadingOrder)
  const connectors = Object.values(doc.connector)
  const selectedSet = new Set(selected)

  const noteName = (note: Note) => {
    const details = [t(`board.kinds.${note.kind}`)]
    if (note.categoryId) details.push(categoryName(doc, note.categoryId, t))
    return `${note.text.trim() === '' ? t('board.emptyNote') : note.text.replace(/\s+/g, ' ')} (${details.join(', ')})`
  }
  const endName = (id: string) => {
    const note = doc.note[id]
    if (note) return note.text.replace(/\s+/g, ' ')
    const zone = doc.zone[id]
    return zone ? zoneTitle(zone) : ''
  }

  const item = (id: string, name: string, edit: EditTarget) => (
    <li key={id}>
      <button
        type="button"
        data-board-item={id}
        aria-pressed={selectedSet.has(id)}
        onFocus={() => {
          if (!selectedSet.has(id) || selected.length !== 1) editor.select([id])
          reveal(id)
        }}
        onClick={() => editor.edit(edit)}
      >
        {name}
      </button>
    </li>
  )

  return (
    <div className="visually-hidden">
      <ul aria-label={t('board.notes')}>
        {notes.map((note) => item(note.id, noteName(note), { kind: 'note', id: note.id }))}
      </ul>
      <ul aria-label={t('board.areas')}>
        {zones.map((zone) =>
          item(zone.id, zoneTitle(zone) || t('board.untitledArea'), { kind: 'zone-title', id: zone.id }),
        )}
      </ul>
      <ul aria-label={t('board.lines')}>
        {connectors.map((c) =>
          item(
            c.id,
            `${t('board.lineName', { from: endName(c.fromId), to: endName(c.toId) })}${c.label ? `: ${c.label}` : ''}`,
            {
              kind: 'connector-label',
              id: c.id,
            },
          ),
        )}
      </ul>
    </div>
  )
})
