// Editing text on the board: a DOM textarea placed exactly over the note (or zone title, or line label),
// following pan and zoom through the viewport without React re-renders. Escape, Ctrl/Cmd+Enter or a
// click outside (blur) ends editing and commits one command; an empty new note is simply not created.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
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

/** One field per target: keyed by it, so opening another note (or area, line, theme) starts a new field with that target's text. */
export function NoteEditorOverlay(props: NoteEditorOverlayProps) {
  return <TargetTextField key={`${props.target.kind}:${props.target.id}`} {...props} />
}

function TargetTextField({ target, doc, editor, actions, viewport, label, onDone, zoneTitle }: NoteEditorOverlayProps) {
  const ref = useRef<HTMLTextAreaElement>(null)
  const finished = useRef(false)
  // The text is read from the document once, when the field opens: patches from elsewhere (another window, the
  // room) re-render it with a new document, and must move and colour the field without touching what is typed.
  const [text, setText] = useState(() => initialText(target, doc, zoneTitle))
  const [openedAt] = useState(() => targetBox(target, doc))
  const box = targetBox(target, doc)
  const isNote = target.kind === 'note' || target.kind === 'draft'
  const background =
    target.kind === 'note'
      ? (doc.note[target.id]?.color ?? '#ffffff')
      : target.kind === 'draft'
        ? NOTE_COLOUR_BY_KIND.idea
        : '#ffffff'

  // Place the field over its target now, whenever the target moves or the text grows, and whenever the view moves.
  const { kind } = target
  const [x, y, width, height] = box ? [box.x, box.y, box.width, box.height] : [0, 0, 0, 0]
  const place = useCallback(() => {
    const field = ref.current
    if (!field) return
    const { scale } = viewport.view
    const topLeft = viewport.toScreen({ x, y })
    const fontSize = isNote ? fitFontSize(text || 'M', width, height) : kind === 'zone-title' ? 36 : 20
    Object.assign(field.style, {
      left: `${topLeft.x}px`,
      top: `${topLeft.y}px`,
      width: `${width}px`,
      height: `${height}px`,
      transform: `scale(${scale})`,
      fontSize: `${fontSize}px`,
      padding: isNote ? `${NOTE_PADDING + NOTE_BAND - 3}px ${NOTE_PADDING - 3}px ${NOTE_PADDING - 3}px` : '2px 8px',
      lineHeight: String(NOTE_FONT.lineHeight),
      background,
    })
  }, [viewport, x, y, width, height, isNote, kind, text, background])

  useLayoutEffect(() => {
    place()
    return viewport.onMove(place)
  }, [place, viewport])

  // Once, when the field opens: typing goes on at the end of the text.
  useLayoutEffect(() => {
    const field = ref.current
    if (!field) return
    field.focus()
    field.setSelectionRange(field.value.length, field.value.length)
  }, [])

  // Bring the target into view where it was when editing began (not again at every patch: the facilitator may pan).
  useEffect(() => {
    if (openedAt) viewport.reveal(openedAt)
  }, [openedAt, viewport])

  const finish = () => {
    if (finished.current) return
    finished.current = true
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
      value={text}
      onChange={(event) => setText(event.target.value)}
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
