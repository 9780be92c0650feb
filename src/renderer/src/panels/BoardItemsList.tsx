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
import { noteStacks, themeOutlines } from '../editor/methodBoard'
import type { MethodTexts } from './useMethodTexts'
import { useOpenItem } from '../workshop/OpenItemContext'

export interface BoardItemsListProps {
  doc: WorkshopDoc
  selected: readonly string[]
  /** Notes matching the find query: kept in the DOM so they can be reached by name. */
  findMatches: ReadonlySet<string>
  editor: BoardEditor
  zoneTitle: (zone: Zone) => string
  /** Bring an item into view (the list is hidden, so the board shows where focus is). */
  reveal: (id: string) => void
  methodTexts: MethodTexts
}

const byReadingOrder = (a: { x: number; y: number }, b: { x: number; y: number }) => a.y - b.y || a.x - b.x

interface ListItem {
  id: string
  /** Built only for the items that are rendered. */
  name: () => string
  /** What Enter (a click) edits; null: Enter does `activate` instead. */
  edit: EditTarget | null
  /** Focus selects these (a theme selects its notes); default: the item itself. */
  selects?: readonly string[]
  activate?: () => void
}

export const BoardItemsList = memo(function BoardItemsList({
  doc,
  selected,
  findMatches,
  editor,
  zoneTitle,
  reveal,
  methodTexts,
}: BoardItemsListProps) {
  const { t } = useTranslation()
  const openItem = useOpenItem()
  const notes = useMemo(() => Object.values(doc.note).sort(byReadingOrder), [doc.note])
  const zones = useMemo(() => Object.values(doc.zone).sort(byReadingOrder), [doc.zone])
  const connectors = useMemo(() => Object.values(doc.connector), [doc.connector])
  const selectedSet = useMemo(() => new Set(selected), [selected])
  const outlines = useMemo(() => themeOutlines({ note: doc.note, theme: doc.theme }), [doc.note, doc.theme])
  const stackSize = useMemo(() => {
    const sizes = new Map<string, number>()
    for (const ids of noteStacks({ note: doc.note })) for (const id of ids) sizes.set(id, ids.length)
    return sizes
  }, [doc.note])
  const projects = useMemo(() => Object.values(doc.project).sort(byReadingOrder), [doc.project])
  const actors = useMemo(() => Object.values(doc.actor).sort(byReadingOrder), [doc.actor])

  // A note's name is kept until the note, its stack or its theme's name changes: while phones send notes, every
  // edit re-renders this list, and translating 300 names each time cost more than the rest of the board.
  const categories = doc.category
  const noteNames = useMemo(
    () => ({ t, categories, names: new WeakMap<Note, { key: string; name: string }>() }),
    [t, categories],
  ).names
  const noteName = (note: Note) => {
    const stacked = stackSize.get(note.id)
    const themeName = note.themeId ? methodTexts.themeName(note.themeId) : null
    const key = `${stacked ?? 0} ${themeName ?? ''}`
    const known = noteNames.get(note)
    if (known?.key === key) return known.name
    const details = [t(`board.kinds.${note.kind}`)]
    if (note.categoryId) details.push(categoryName(doc, note.categoryId, t))
    if (themeName !== null) details.push(t('boardMethod.inTheme', { name: themeName }))
    if (stacked) details.push(t('boardMethod.stackOf', { count: stacked }))
    const name = `${note.text.trim() === '' ? t('board.emptyNote') : note.text.replace(/\s+/g, ' ')} (${details.join(', ')})`
    noteNames.set(note, { key, name })
    return name
  }
  const endName = (id: string) => {
    const note = doc.note[id]
    if (note) return note.text.replace(/\s+/g, ' ')
    const actor = doc.actor[id]
    if (actor) return actor.name
    const zone = doc.zone[id]
    return zone ? zoneTitle(zone) : ''
  }
  const lineName = (c: (typeof connectors)[number]) => {
    if (!c.flow)
      return `${t('board.lineName', { from: endName(c.fromId), to: endName(c.toId) })}${c.label ? `: ${c.label}` : ''}`
    const values = {
      from: endName(c.fromId),
      to: endName(c.toId),
      arrow: c.direction === 'both' ? '↔' : '→',
      flow: t(`sharing.flows.${c.flow}`),
    }
    return `${t('sharing.linkName', values)}${c.label ? ` (${c.label})` : ''}`
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
        label={t('sharing.actorsHeading')}
        items={actors.map((actor) => ({
          id: actor.id,
          name: () =>
            `${t('sharing.actorCard', { type: t(`sharing.actorTypes.${actor.type}`), name: actor.name })}${actor.contact ? `, ${actor.contact}` : ''}`,
          edit: null,
          activate: () => openItem({ kind: 'actor', id: actor.id }),
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
          name: () => lineName(c),
          edit: { kind: 'connector-label', id: c.id },
        }))}
      />
      <WindowedList
        {...shared}
        label={t('boardMethod.themes')}
        items={outlines.map((outline) => ({
          id: outline.themeId,
          name: () => {
            const dots = methodTexts.themeDots(outline.themeId)
            const values = { name: methodTexts.themeName(outline.themeId), count: outline.noteIds.length, dots }
            return dots === null ? t('boardMethod.themeItem', values) : t('boardMethod.themeItemDots', values)
          },
          edit: { kind: 'theme-name', id: outline.themeId },
          selects: outline.noteIds,
        }))}
      />
      <WindowedList
        {...shared}
        label={t('boardMethod.projects')}
        items={projects.map((project) => ({
          id: project.id,
          name: () => {
            const text = methodTexts.projectText(project)
            const [filled, all] = text.complete.split('/')
            return t('boardMethod.projectItem', {
              title: text.title,
              status: text.status,
              owner: text.owner,
              filled,
              all,
            })
          },
          edit: null,
          activate: () => openItem({ kind: 'project', id: project.id }),
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
              aria-pressed={item.selects ? item.selects.every((id) => selectedSet.has(id)) : selectedSet.has(item.id)}
              onFocus={() => {
                setFocusId(item.id)
                const wanted = item.selects ?? [item.id]
                const same = wanted.length === selected.length && wanted.every((id) => selectedSet.has(id))
                if (!same) editor.select(wanted)
                reveal(item.selects?.[0] ?? item.id)
              }}
              onBlur={() => setFocusId((current) => (current === item.id ? null : current))}
              onKeyDown={(event) => onKeyDown(event, index)}
              onClick={() => (item.edit ? editor.edit(item.edit) : item.activate?.())}
            >
              {item.name()}
            </button>
          </li>
        )
      })}
    </ul>
  )
}
