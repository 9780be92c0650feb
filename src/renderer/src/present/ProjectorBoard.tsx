// The board as the room sees it: read-only, THE drawing of the board (board/BoardDrawing, as on the laptop,
// the PNG and the report: zones, lines, theme outlines and labels, project cards, notes), no selection, no
// handles, no hit-testing. It shows `region` fitted to the projector and glides there when
// the region changes (follow, spotlight, unfreeze). The view is set on the Konva stage directly from
// requestAnimationFrame, never through React state, and published as data attributes for tests, as is what
// the drawing put on the canvas (data-drawn: the zone titles, theme labels and project titles in view, and
// whether the sharing map came from its bitmap, as it does while the view glides).
import type Konva from 'konva'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Layer, Stage } from 'react-konva'
import type { WorkshopDoc } from '@shared/model/document'
import type { Zone } from '@shared/model/records'
import { BoardDrawing, boardScene, type BoardTexts, type DrawnItems } from '../board/BoardDrawing'
import { BOARD_FONT } from '../board/boardStyle'
import type { BoardTheme } from '../board/boardTheme'
import { methodTexts } from '../board/methodTexts'
import { useElementSize, useFontLoaded } from '../board/useElementSize'
import { contains, type Box } from '../editor/boxes'
import { projectBox } from '../editor/methodBoard'
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
  const fontLoaded = useFontLoaded(BOARD_FONT)
  const { t } = useTranslation()
  const animation = useRef<{ from: View; to: View; start: number; frame: number } | null>(null)
  // While the view glides the symbiosis map is shown from its bitmap (as on the laptop board during a pan):
  // redrawing 300 cards and 1,000 links on each frame of a glide cost the projector most of its frames.
  const gliding = useRef(false)
  const viewMoving = useCallback(() => gliding.current, [])

  const target = useMemo(() => (region ? onWholePixels(fitRegion(region, size)) : null), [region, size])

  useLayoutEffect(() => {
    const stage = stageRef.current
    const element = containerRef.current
    if (!stage || !element || !target || size.width === 0) return
    const place = (glide: View) => {
      const view = onWholePixels(glide)
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
      gliding.current = false
      place(target)
      element.dataset.moving = 'false'
      return
    }
    element.dataset.moving = 'true'
    gliding.current = true
    const run = { from: current, to: target, start: performance.now(), frame: 0 }
    const tick = (now: number) => {
      const elapsed = now - run.start
      if (elapsed < GLIDE_MS) {
        place(viewAt(run.from, run.to, elapsed, GLIDE_MS, size))
        run.frame = requestAnimationFrame(tick)
        return
      }
      // Arrived: the last frame draws the map live, crisp at the final view.
      gliding.current = false
      place(run.to)
      element.dataset.moving = 'false'
      animation.current = null
    }
    run.frame = requestAnimationFrame(tick)
    animation.current = run
  }, [target, size])
  useEffect(() => () => void (animation.current && cancelAnimationFrame(animation.current.frame)), [])

  const texts: BoardTexts = useMemo(() => {
    const method = methodTexts(doc, t)
    return { ...method, zoneTitle, roleLabel: () => null }
  }, [doc, t, zoneTitle])
  const scene = useMemo(() => {
    if (!onlyZoneId && !onlyNoteIds) return boardScene(doc)
    const zone = onlyZoneId ? doc.zone[onlyZoneId] : undefined
    // A spotlight shows its zone, its notes and the project cards inside it.
    return boardScene(doc, (id) => {
      if (id === onlyZoneId || onlyNoteIds?.has(id)) return true
      const project = doc.project[id]
      if (!project || !zone) return false
      const card = projectBox(project)
      return contains(zone, { x: card.x, y: card.y }) && contains(zone, { x: card.x + card.width, y: card.y })
    })
  }, [doc, onlyZoneId, onlyNoteIds])
  const publish = useCallback((items: DrawnItems) => {
    const element = containerRef.current
    if (element) element.dataset.drawn = JSON.stringify(items)
  }, [])

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
          <Layer listening={false} key={fontLoaded ? 'font' : 'fallback'}>
            <BoardDrawing
              doc={doc}
              scene={scene}
              texts={texts}
              theme={theme}
              viewMoving={viewMoving}
              onDrawn={publish}
            />
          </Layer>
        </Stage>
      )}
      <ul className="projector-hidden-list">
        {scene.notes.map((note) => (
          <li key={note.id} data-projector-note={note.id}>
            {note.text}
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The view with its origin on a whole device pixel. Why: the map's bitmap is laid pixel on pixel only at whole
 * pixel offsets (sharingBitmap.ts); at a fractional one it would sit up to half a pixel off the zones and notes
 * drawn live, after a glide as much as during it. A board moved by less than a pixel looks the same.
 */
function onWholePixels(view: View): View {
  const ratio = window.devicePixelRatio || 1
  return { scale: view.scale, x: Math.round(view.x * ratio) / ratio, y: Math.round(view.y * ratio) / ratio }
}
