// The board's content as DOM, for the keyboard and screen readers (canvas content is invisible to
// them): visually hidden lists of notes, areas and lines, as buttons in reading order. Tab walks them;
// focusing one selects it on the board and brings it into view; Enter edits it; arrow keys then move it.
// Long lists are windowed (editor/listWindow.ts): only the items around the focused one, the first and
// last, and the selected and found ones exist in the DOM, each with its true position (aria-posinset of
// aria-setsize), and Tab/Shift+Tab move focus item by item through ALL of them. Why windowing rather than
// rendering everything later in idle chunks: 10,000 buttons would still cost memory and layout on every
// selection change, and a screen reader would still walk a 10,000-node tree; a window keeps both small
// while the reader still hears "note 4,812 of 10,000".
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopDoc } from '@shared/model/document'
import type { Note, Zone } from '@shared/model/records'
import { categoryName } from '../board/labels'
import type { BoardEditor, EditTarget } from '../editor/boardEditor'
import { FULL_LIST_MAX, listWindow } from '../editor/listWindow'

export interface BoardItemsListProps {
  doc: WorkshopDoc
  selected: readonly string[]
  /** Notes matching the find query: kept in the DOM so they can be reached by name. */
  findMatches: ReadonlySet<string>
  editor: BoardEditor
  zoneTitle: (zone: Zone) => string
  /** Bring an item into view (the list is hidden, so the board shows where focus is). */
  reveal: (id: string) => void
}

const byReadingOrder = (a: { x: number; y: number }, b: { x: number; y: number }) => a.y - b.y || a.x - b.x

interface ListItem {
  id: string
  /** Built only for the items that are rendered. */
  name: () => string
  edit: EditTarget
}

export const BoardItemsList = memo(function BoardItemsList({
  doc,
  selected,
  findMatches,
  editor,
  zoneTitle,
  reveal,
}: BoardItemsListProps) {
  const { t } = useTranslation()
  const notes = useMemo(() => Object.values(doc.note).sort(byReadingOrder), [doc.note])
  const zones = useMemo(() => Object.values(doc.zone).sort(byReadingOrder), [doc.zone])
  const connectors = useMemo(() => Object.values(doc.connector), [doc.connector])
  const selectedSet = useMemo(() => new Set(selected), [selected])

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

  const shared = { selected, selectedSet, findMatches, editor, reveal }
  return (
    <div className="visually-hidden">
      <WindowedList
        {...shared}
        label={t('board.notes')}
        items={notes.map((note) => ({
          id: note.id,
          name: () => noteName(note),
          edit: { kind: 'note', id: note.id },
        }))}
      />
      <WindowedList
        {...shared}
        label={t('board.areas')}
        items={zones.map((zone) => ({
          id: zone.id,
          name: () => zoneTitle(zone) || t('board.untitledArea'),
          edit: { kind: 'zone-title', id: zone.id },
        }))}
      />
      <WindowedList
        {...shared}
        label={t('board.lines')}
        items={connectors.map((c) => ({
          id: c.id,
          name: () =>
            `${t('board.lineName', { from: endName(c.fromId), to: endName(c.toId) })}${c.label ? `: ${c.label}` : ''}`,
          edit: { kind: 'connector-label', id: c.id },
        }))}
      />
    </div>
  )
})

interface WindowedListProps {
  label: string
  items: readonly ListItem[]
  selected: readonly string[]
  selectedSet: ReadonlySet<string>
  findMatches: ReadonlySet<string>
  editor: BoardEditor
  reveal: (id: string) => void
}

function WindowedList({ label, items, selected, selectedSet, findMatches, editor, reveal }: WindowedListProps) {
  const listRef = useRef<HTMLUListElement>(null)
  /** The item keyboard focus is on, or is being moved to. */
  const [focusId, setFocusId] = useState<string | null>(null)
  const pendingFocus = useRef<string | null>(null)
  const windowed = items.length > FULL_LIST_MAX

  const indexOf = useMemo(() => {
    const map = new Map<string, number>()
    items.forEach((item, i) => map.set(item.id, i))
    return map
  }, [items])

  const shown = useMemo(() => {
    if (!windowed) return items.map((_, i) => i)
    const wanted: number[] = []
    for (const id of selected) {
      const i = indexOf.get(id)
      if (i !== undefined) wanted.push(i)
    }
    for (const id of findMatches) {
      const i = indexOf.get(id)
      if (i !== undefined) wanted.push(i)
    }
    const anchorId = focusId ?? selected[0] ?? null
    const anchor = anchorId === null ? null : (indexOf.get(anchorId) ?? null)
    return listWindow({ count: items.length, anchor, wanted })
  }, [windowed, items, indexOf, selected, findMatches, focusId])

  // Focus moved past the window's edge: the next item exists now, so focus it.
  useLayoutEffect(() => {
    const id = pendingFocus.current
    if (id === null) return
    pendingFocus.current = null
    listRef.current?.querySelector<HTMLButtonElement>(`[data-board-item="${CSS.escape(id)}"]`)?.focus()
  })

  const onKeyDown = (event: React.KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (!windowed || event.key !== 'Tab' || event.ctrlKey || event.metaKey || event.altKey) return
    const next = index + (event.shiftKey ? -1 : 1)
    // Past the first or last item, Tab leaves the list as it normally would.
    if (next < 0 || next >= items.length) return
    event.preventDefault()
    const id = items[next]!.id
    pendingFocus.current = id
    setFocusId(id)
    // Already rendered: the effect above runs after this state update's render all the same.
  }

  return (
    <ul ref={listRef} aria-label={label}>
      {shown.map((index) => {
        const item = items[index]!
        return (
          <li
            key={item.id}
            aria-setsize={windowed ? items.length : undefined}
            aria-posinset={windowed ? index + 1 : undefined}
          >
            <button
              type="button"
              data-board-item={item.id}
              aria-pressed={selectedSet.has(item.id)}
              onFocus={() => {
                setFocusId(item.id)
                if (!selectedSet.has(item.id) || selected.length !== 1) editor.select([item.id])
                reveal(item.id)
              }}
              onBlur={() => setFocusId((current) => (current === item.id ? null : current))}
              onKeyDown={(event) => onKeyDown(event, index)}
              onClick={() => editor.edit(item.edit)}
            >
              {item.name()}
            </button>
          </li>
        )
      })}
    </ul>
  )
}
