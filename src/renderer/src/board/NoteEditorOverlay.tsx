// Editing text on the board: a DOM textarea placed exactly over the note (or zone title, or line label),
// following pan and zoom through the viewport without React re-renders. Escape, Ctrl/Cmd+Enter or a
// click outside (blur) ends editing and commits one command; an empty new note is simply not created.
import { useEffect, useLayoutEffect, useRef } from 'react'
import { NOTE_COLOUR_BY_KIND, NOTE_SIZE } from '@shared/model/defaults'
import type { WorkshopDoc } from '@shared/model/document'
import type { Zone } from '@shared/model/records'
import type { BoardActions } from '../editor/boardActions'
import type { BoardEditor, EditTarget } from '../editor/boardEditor'
import { connectorPoints, zoneTitleBox, type Box } from '../editor/boxes'
import { themeOutlines } from '../editor/methodBoard'
import { fitFontSize, NOTE_BAND, NOTE_FONT, NOTE_PADDING } from './noteText'
import type { BoardViewport } from './viewport'

export interface NoteEditorOverlayProps {
  target: EditTarget
  doc: WorkshopDoc
  editor: BoardEditor
  actions: BoardActions
  viewport: BoardViewport
  /** Accessible name of the field, e.g. "Note text". */
  label: string
  /** Called after editing ends, to give the keyboard back to the board. */
  onDone: () => void
  /** What a zone shows as its title: a template's zone stores none and shows its category's or actor type's name. */
  zoneTitle: (zone: Zone) => string
}

function targetBox(target: EditTarget, doc: WorkshopDoc): Box | null {
  if (target.kind === 'draft') return { ...target.at, ...NOTE_SIZE }
  if (target.kind === 'note') return doc.note[target.id] ?? null
  if (target.kind === 'zone-title') {
    const zone = doc.zone[target.id]
    return zone ? zoneTitleBox(zone) : null
  }
  if (target.kind === 'theme-name') {
    const outline = themeOutlines(doc).find((o) => o.themeId === target.id)
    return outline ? { ...outline.label, width: Math.max(outline.label.width, 320) } : null
  }
  const connector = doc.connector[target.id]
  const from = connector && (doc.note[connector.fromId] ?? doc.zone[connector.fromId])
  const to = connector && (doc.note[connector.toId] ?? doc.zone[connector.toId])
  if (!from || !to) return null
  const [x1, y1, x2, y2] = connectorPoints(from, to)
  return { x: (x1 + x2) / 2 - 140, y: (y1 + y2) / 2 - 24, width: 280, height: 48 }
}

function initialText(target: EditTarget, doc: WorkshopDoc, zoneTitle: (zone: Zone) => string): string {
  if (target.kind === 'note') return doc.note[target.id]?.text ?? ''
  if (target.kind === 'zone-title') {
    // The name the area shows, also where it comes from its actor type or category (no stored title).
    const zone = doc.zone[target.id]
    return zone ? zoneTitle(zone) : ''
  }
  if (target.kind === 'connector-label') return doc.connector[target.id]?.label ?? ''
  if (target.kind === 'theme-name') return doc.theme[target.id]?.name ?? ''
  return ''
}

export function NoteEditorOverlay({ target, doc, editor, actions, viewport, label, onDone, zoneTitle }: NoteEditorOverlayProps) {
  const ref = useRef<HTMLTextAreaElement>(null)
  const finished = useRef(false)
  const box = targetBox(target, doc)
  const isNote = target.kind === 'note' || target.kind === 'draft'
  const background =
    target.kind === 'note'
      ? (doc.note[target.id]?.color ?? '#ffffff')
      : target.kind === 'draft'
        ? NOTE_COLOUR_BY_KIND.idea
        : '#ffffff'

  // Place the field over its target now and whenever the view moves.
  const place = () => {
    const field = ref.current
    if (!field || !box) return
    const { scale } = viewport.view
    const topLeft = viewport.toScreen(box)
    const fontSize = isNote
      ? fitFontSize(field.value || 'M', box.width, box.height)
      : target.kind === 'zone-title'
        ? 36
        : 20
    Object.assign(field.style, {
      left: `${topLeft.x}px`,
      top: `${topLeft.y}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      transform: `scale(${scale})`,
      fontSize: `${fontSize}px`,
      padding: isNote ? `${NOTE_PADDING + NOTE_BAND - 3}px ${NOTE_PADDING - 3}px ${NOTE_PADDING - 3}px` : '2px 8px',
      lineHeight: String(NOTE_FONT.lineHeight),
      background,
    })
  }

  useLayoutEffect(() => {
    const field = ref.current
    if (!field) return
    finished.current = false
    field.value = initialText(target, doc, zoneTitle)
    place()
    field.focus()
    field.setSelectionRange(field.value.length, field.value.length)
    return viewport.onMove(place)
    // Only a new target resets the field; document changes must not overwrite what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target])

  useEffect(() => {
    if (box) viewport.reveal(box)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target])

  const finish = () => {
    if (finished.current) return
    finished.current = true
    const text = ref.current?.value ?? ''
    editor.edit(null)
    if (target.kind === 'draft') void actions.finishDraft(target.id, target.at, text)
    else if (target.kind === 'note') void actions.setNoteText(target.id, text)
    else if (target.kind === 'zone-title') {
      const title = text.replace(/\s*\n\s*/g, ' ')
      const zone = doc.zone[target.id]
      // The shown name left as it was: nothing changes, and the area keeps following its type's name and language.
      if (zone && !(zone.title === '' && title === zoneTitle(zone))) void actions.setZoneTitle(target.id, title)
    }
    else if (target.kind === 'theme-name') void actions.renameTheme(target.id, text.replace(/\s*\n\s*/g, ' '))
    else void actions.setConnectorLabel(target.id, text.replace(/\s*\n\s*/g, ' '))
    onDone()
  }

  if (!box) return null
  return (
    <textarea
      ref={ref}
      className="board-text-editor"
      aria-label={label}
      maxLength={target.kind === 'note' || target.kind === 'draft' ? 10_000 : 200}
      spellCheck
      onInput={place}
      onBlur={finish}
      onKeyDown={(event) => {
        event.stopPropagation()
        const single = !isNote && event.key === 'Enter'
        if (event.key === 'Escape' || single || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault()
          finish()
        }
      }}
    />
  )
}
