// The board as the room sees it: read-only, drawn with the board's own shapes (imported, not changed), no
// selection, no handles, no hit-testing. It shows `region` fitted to the projector and glides there when
// the region changes (follow, spotlight, unfreeze). The view is set on the Konva stage directly from
// requestAnimationFrame, never through React state, and published as data attributes for tests.
import type Konva from 'konva'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { Layer, Stage } from 'react-konva'
import type { WorkshopDoc } from '@shared/model/document'
import type { Zone } from '@shared/model/records'
import { BOARD_FONT } from '../board/boardStyle'
import type { BoardTheme } from '../board/boardTheme'
import { ConnectorShape, NoteShape, ZoneShape } from '../board/shapes'
import { useElementSize, useFontLoaded } from '../board/useElementSize'
import { connectorPoints, type Box } from '../editor/boxes'
import { fitRegion, sameView, viewAt, type View } from './presentModel'

const GLIDE_MS = 450

export interface ProjectorBoardProps {
  doc: WorkshopDoc
  theme: BoardTheme
  /** The board region to show whole; null shows the whole board. */
  region: Box | null
  /** When set, only these zones and notes are drawn (a zone spotlight). */
  onlyZoneId?: string | null
  onlyNoteIds?: ReadonlySet<string> | null
  zoneTitle: (zone: Zone) => string
  label: string
}

export function ProjectorBoard({ doc, theme, region, onlyZoneId, onlyNoteIds, zoneTitle, label }: ProjectorBoardProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const stageRef = useRef<Konva.Stage>(null)
  const size = useElementSize(containerRef)
  useFontLoaded(BOARD_FONT)
  const animation = useRef<{ from: View; to: View; start: number; frame: number } | null>(null)

  const target = useMemo(() => (region ? fitRegion(region, size) : null), [region, size])

  useLayoutEffect(() => {
    const stage = stageRef.current
    const element = containerRef.current
    if (!stage || !element || !target || size.width === 0) return
    const place = (view: View) => {
      stage.scale({ x: view.scale, y: view.scale })
      stage.position({ x: view.x, y: view.y })
      stage.batchDraw()
      element.dataset.scale = String(view.scale)
      element.dataset.x = String(view.x)
      element.dataset.y = String(view.y)
    }
    element.dataset.targetScale = String(target.scale)
    element.dataset.targetX = String(target.x)
    element.dataset.targetY = String(target.y)
    const current: View = { scale: stage.scaleX(), x: stage.x(), y: stage.y() }
    if (animation.current) cancelAnimationFrame(animation.current.frame)
    // The first placement (nothing drawn yet) jumps; later changes glide.
    if (!element.dataset.placed || sameView(current, target)) {
      element.dataset.placed = 'true'
      animation.current = null
      place(target)
      element.dataset.moving = 'false'
      return
    }
    element.dataset.moving = 'true'
    const run = { from: current, to: target, start: performance.now(), frame: 0 }
    const tick = (now: number) => {
      const elapsed = now - run.start
      place(viewAt(run.from, run.to, elapsed, GLIDE_MS, size))
      if (elapsed < GLIDE_MS) run.frame = requestAnimationFrame(tick)
      else {
        element.dataset.moving = 'false'
        animation.current = null
      }
    }
    run.frame = requestAnimationFrame(tick)
    animation.current = run
  }, [target, size])
  useEffect(() => () => void (animation.current && cancelAnimationFrame(animation.current.frame)), [])

  const zones = Object.values(doc.zone).filter((zone) => !onlyZoneId || zone.id === onlyZoneId)
  const notes = Object.values(doc.note).filter((note) => !onlyNoteIds || onlyNoteIds.has(note.id))
  const shownNotes = new Set(notes.map((note) => note.id))
  const connectors = Object.values(doc.connector).filter((line) => {
    if (!onlyZoneId && !onlyNoteIds) return true
    return (
      (shownNotes.has(line.fromId) || line.fromId === onlyZoneId) &&
      (shownNotes.has(line.toId) || line.toId === onlyZoneId)
    )
  })
  // Readable text is the point of the projector; blocks only when the room could not read it anyway.
  const lowDetail = (target?.scale ?? 1) < 0.3

  return (
    <div
      ref={containerRef}
      className="projector-board"
      role="img"
      aria-label={label}
      style={{ background: theme.background }}
    >
      {size.width > 0 && (
        <Stage ref={stageRef} width={size.width} height={size.height} listening={false}>
          <Layer listening={false}>
            {zones.map((zone) => (
              <ZoneShape key={zone.id} zone={zone} title={zoneTitle(zone)} theme={theme} />
            ))}
            {connectors.map((line) => {
              const from = doc.note[line.fromId] ?? doc.zone[line.fromId]
              const to = doc.note[line.toId] ?? doc.zone[line.toId]
              if (!from || !to) return null
              return <ConnectorShape key={line.id} connector={line} points={connectorPoints(from, to)} theme={theme} />
            })}
            {notes.map((note) => (
              <NoteShape
                key={note.id}
                note={note}
                theme={theme}
                categoryColour={note.categoryId ? (doc.category[note.categoryId]?.color ?? null) : null}
                roleLabel={null}
                lowDetail={lowDetail}
              />
            ))}
          </Layer>
        </Stage>
      )}
      <ul className="projector-hidden-list">
        {notes.map((note) => (
          <li key={note.id} data-projector-note={note.id}>
            {note.text}
          </li>
        ))}
      </ul>
    </div>
  )
}
