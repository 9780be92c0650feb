// The board: a Konva stage filling its container, drawing the document's zones and notes. Panning and
// zooming change the Konva stage directly (no React state per pointer move); React re-renders only when
// the document or the window size changes.
import type Konva from 'konva'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Layer, Rect, Stage, Text } from 'react-konva'
import type { WorkshopDoc } from '@shared/model/document'
import { recordsOf } from '@shared/model/document'
import { BOARD_FONT, BOARD_TEXT_COLOUR } from './boardStyle'
import { boundsOf, fitView, zoomAt, type Box } from './geometry'

export interface BoardStageProps {
  doc: WorkshopDoc
  /** Changes when another workshop is shown, so the view is fitted again. */
  workshopId: string
  label: string
  emptyText: string
  zoneTitle: (zoneId: string) => string
}

const ZOOM_STEP = 1.1
/** Zone titles sit just above their zone, like a label on a box, so they never cover the notes inside it. */
const ZONE_TITLE = { size: 40, gap: 10 } as const

function useElementSize(ref: React.RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const { width, height } = element.getBoundingClientRect()
      setSize((old) =>
        old.width === Math.floor(width) && old.height === Math.floor(height)
          ? old
          : { width: Math.floor(width), height: Math.floor(height) },
      )
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return size
}

/** Konva measures text when it is set; redraw once the bundled font has loaded so notes use it. */
function useFontLoaded(): boolean {
  const [loaded, setLoaded] = useState(false)
  useEffect(() => {
    let alive = true
    const fonts = document.fonts
    if (!fonts) {
      setLoaded(true)
      return
    }
    Promise.all([fonts.load(`400 16px ${BOARD_FONT}`), fonts.load(`600 16px ${BOARD_FONT}`)])
      .catch(() => undefined)
      .then(() => alive && setLoaded(true))
    return () => {
      alive = false
    }
  }, [])
  return loaded
}

export function BoardStage({ doc, workshopId, label, emptyText, zoneTitle }: BoardStageProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const stageRef = useRef<Konva.Stage>(null)
  const fittedFor = useRef<string | null>(null)
  const size = useElementSize(containerRef)
  const fontLoaded = useFontLoaded()

  const zones = useMemo(() => recordsOf(doc, 'zone'), [doc])
  const notes = useMemo(() => recordsOf(doc, 'note'), [doc])
  const isEmpty = zones.length === 0 && notes.length === 0

  // Fit the content into view once per workshop, as soon as the stage has a size.
  useLayoutEffect(() => {
    const stage = stageRef.current
    if (!stage || size.width === 0 || fittedFor.current === workshopId) return
    fittedFor.current = workshopId
    const titled = zones.map((zone) => ({ ...zone, y: zone.y - ZONE_TITLE.size - ZONE_TITLE.gap }))
    const view = fitView(boundsOf([...zones, ...titled, ...notes] as Box[]), size)
    stage.scale({ x: view.scale, y: view.scale })
    stage.position({ x: view.x, y: view.y })
    stage.batchDraw()
  }, [workshopId, size, zones, notes])

  const onWheel = (event: Konva.KonvaEventObject<WheelEvent>) => {
    event.evt.preventDefault()
    const stage = stageRef.current
    const pointer = stage?.getPointerPosition()
    if (!stage || !pointer) return
    const factor = event.evt.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP
    const view = zoomAt({ scale: stage.scaleX(), x: stage.x(), y: stage.y() }, pointer, factor)
    stage.scale({ x: view.scale, y: view.scale })
    stage.position({ x: view.x, y: view.y })
  }

  return (
    <div ref={containerRef} className="board" role="region" aria-label={label}>
      {size.width > 0 && size.height > 0 && (
        <Stage ref={stageRef} width={size.width} height={size.height} draggable onWheel={onWheel}>
          {/* Nothing here reacts to the pointer yet; listening={false} keeps Konva from hit-testing it. */}
          <Layer listening={false} key={fontLoaded ? 'font' : 'fallback'}>
            {zones.map((zone) => (
              <Rect
                key={`zone-${zone.id}`}
                x={zone.x}
                y={zone.y}
                width={zone.width}
                height={zone.height}
                fill={zone.color}
                opacity={0.22}
                cornerRadius={16}
              />
            ))}
            {zones.map((zone) => (
              <Rect
                key={`zone-edge-${zone.id}`}
                x={zone.x}
                y={zone.y}
                width={zone.width}
                height={zone.height}
                stroke={zone.color}
                strokeWidth={4}
                cornerRadius={16}
              />
            ))}
            {zones.map((zone) => (
              <Text
                key={`zone-title-${zone.id}`}
                x={zone.x + 8}
                y={zone.y - ZONE_TITLE.size - ZONE_TITLE.gap}
                width={Math.max(1, zone.width - 16)}
                text={zoneTitle(zone.id)}
                fontFamily={BOARD_FONT}
                fontStyle="600"
                fontSize={ZONE_TITLE.size}
                fill={BOARD_TEXT_COLOUR}
                wrap="none"
                ellipsis
              />
            ))}
            {notes.map((note) => (
              <Rect
                key={`note-${note.id}`}
                x={note.x}
                y={note.y}
                width={note.width}
                height={note.height}
                fill={note.color}
                cornerRadius={6}
                shadowColor="#000000"
                shadowOpacity={0.18}
                shadowBlur={6}
                shadowOffsetY={2}
              />
            ))}
            {notes.map((note) => (
              <Text
                key={`note-text-${note.id}`}
                x={note.x + 10}
                y={note.y + 10}
                width={Math.max(1, note.width - 20)}
                height={Math.max(1, note.height - 20)}
                text={note.text}
                fontFamily={BOARD_FONT}
                fontSize={18}
                lineHeight={1.25}
                fill={BOARD_TEXT_COLOUR}
                ellipsis
              />
            ))}
          </Layer>
        </Stage>
      )}
      {isEmpty && <p className="board-empty">{emptyText}</p>}
    </div>
  )
}
