// The board's UI layer: selection outlines, find marks, a selected zone's resize handle, the connection handle
// of a single selected note or actor, and what a gesture shows while it runs (the rubber band, the resize
// outline, the line being drawn). React draws what follows the selection; the gesture's marks change through
// the imperative `api` (a pointer move never goes through React). Hidden (no canvas to composite) while it
// has nothing to show.
import type Konva from 'konva'
import { useImperativeHandle, useRef, type Ref } from 'react'
import { Arrow, Circle, Group, Layer, Rect } from 'react-konva'
import type { WorkshopDoc } from '@shared/model/document'
import type { Note } from '@shared/model/records'
import { boxOf, centre, connectorPoints, edgePoint, HANDLE_PX, type Box, type Point } from '../editor/boxes'
import { connectHandleBox, connectHandleOwner } from '../editor/gestureContext'
import { projectBox } from '../editor/methodBoard'
import type { BoardTheme } from './boardTheme'

export interface SelectionOverlayApi {
  /** Moves the selection marks with a drag (0, 0 puts them back). */
  offset(dx: number, dy: number): void
  brush(box: Box | null): void
  resize(box: Box | null): void
  /** The line being drawn from an item to the pointer, or to the item it would connect to. */
  connect(line: { fromId: string; to: Point; targetId: string | null } | null): void
}

export interface SelectionOverlayProps {
  doc: WorkshopDoc
  selected: readonly string[]
  readOnly: boolean
  /** Notes matching the find bar that are near the view. */
  finds: readonly Note[]
  scale: number
  theme: BoardTheme
  api: Ref<SelectionOverlayApi>
}

export function SelectionOverlay({ doc, selected, readOnly, finds, scale, theme, api }: SelectionOverlayProps) {
  const layerRef = useRef<Konva.Layer>(null)
  const selectionRef = useRef<Konva.Group>(null)
  const rubberRef = useRef<Konva.Rect>(null)
  const resizeRef = useRef<Konva.Rect>(null)
  const lineRef = useRef<Konva.Arrow>(null)
  const targetRef = useRef<Konva.Rect>(null)
  const shown = selected.length > 0 || finds.length > 0
  const shownRef = useRef(shown)
  shownRef.current = shown
  const handle = HANDLE_PX / scale
  const outline = 4 / scale
  const connectFrom = connectHandleOwner(doc, selected, readOnly)
  const connectBox = connectFrom ? boxOf(doc, connectFrom) : null

  useImperativeHandle(api, () => {
    const layer = () => layerRef.current
    /** Shows the layer for a gesture's mark, or hides it again when it has nothing else to show. */
    const redraw = (marking: boolean) => {
      layer()?.visible(marking || shownRef.current)
      layer()?.batchDraw()
    }
    return {
      offset(dx, dy) {
        selectionRef.current?.position({ x: dx, y: dy })
        layer()?.batchDraw()
      },
      brush(box) {
        const s = layer()?.getStage()?.scaleX() ?? 1
        rubberRef.current?.setAttrs(
          box ? { ...box, visible: true, strokeWidth: 2 / s, dash: [8 / s, 6 / s] } : { visible: false },
        )
        redraw(box !== null)
      },
      resize(box) {
        const s = layer()?.getStage()?.scaleX() ?? 1
        resizeRef.current?.setAttrs(box ? { ...box, visible: true, strokeWidth: 3 / s } : { visible: false })
        redraw(box !== null)
      },
      connect(line) {
        const arrow = lineRef.current
        const target = targetRef.current
        const from = line && boxOf(doc, line.fromId)
        if (!arrow || !target) return
        if (!line || !from) {
          arrow.visible(false)
          target.visible(false)
          redraw(false)
          return
        }
        const s = layer()?.getStage()?.scaleX() ?? 1
        const to = line.targetId ? boxOf(doc, line.targetId) : null
        const points = to ? connectorPoints(from, to) : lineToPoint(from, line.to)
        arrow.setAttrs({
          points,
          visible: true,
          strokeWidth: 3 / s,
          pointerLength: 16 / s,
          pointerWidth: 16 / s,
          dash: [10 / s, 6 / s],
        })
        const pad = 6 / s
        target.setAttrs(
          to
            ? {
                x: to.x - pad,
                y: to.y - pad,
                width: to.width + 2 * pad,
                height: to.height + 2 * pad,
                strokeWidth: 3 / s,
                visible: true,
              }
            : { visible: false },
        )
        redraw(true)
      },
    }
  }, [doc])

  return (
    <Layer listening={false} ref={layerRef} visible={shown}>
      {finds.map((n) => (
        <Rect
          key={`find-${n.id}`}
          x={n.x - 2 * outline}
          y={n.y - 2 * outline}
          width={n.width + 4 * outline}
          height={n.height + 4 * outline}
          stroke={theme.findMatch}
          strokeWidth={outline * 1.5}
          dash={[10 / scale, 5 / scale]}
          cornerRadius={8}
          perfectDrawEnabled={false}
        />
      ))}
      <Group ref={selectionRef}>
        {selected.map((id) => {
          const project = doc.project[id]
          const item = boxOf(doc, id) ?? (project && projectBox(project))
          if (item) {
            return (
              <Rect
                key={`sel-${id}`}
                x={item.x - outline}
                y={item.y - outline}
                width={item.width + 2 * outline}
                height={item.height + 2 * outline}
                stroke={theme.selection}
                strokeWidth={outline}
                cornerRadius={8}
                perfectDrawEnabled={false}
              />
            )
          }
          const connector = doc.connector[id]
          const from = connector && boxOf(doc, connector.fromId)
          const to = connector && boxOf(doc, connector.toId)
          if (!from || !to) return null
          const [x1, y1, x2, y2] = connectorPoints(from, to)
          return (
            <Rect
              key={`sel-${id}`}
              x={(x1 + x2) / 2 - handle / 2}
              y={(y1 + y2) / 2 - handle / 2}
              width={handle}
              height={handle}
              fill={theme.selection}
              cornerRadius={handle / 2}
            />
          )
        })}
        {!readOnly &&
          selected.map((id) => {
            const zone = doc.zone[id]
            if (!zone) return null
            return (
              <Rect
                key={`resize-${id}`}
                x={zone.x + zone.width - handle / 2}
                y={zone.y + zone.height - handle / 2}
                width={handle}
                height={handle}
                fill={theme.background}
                stroke={theme.selection}
                strokeWidth={outline}
                cornerRadius={4}
              />
            )
          })}
        {connectBox && <ConnectHandle box={connectHandleBox(connectBox, scale)} theme={theme} scale={scale} />}
      </Group>
      <Rect ref={rubberRef} visible={false} stroke={theme.rubberBand} fill={`${theme.rubberBand}14`} />
      <Rect ref={resizeRef} visible={false} stroke={theme.selection} dash={[12, 8]} cornerRadius={16} />
      <Rect ref={targetRef} visible={false} stroke={theme.selection} cornerRadius={10} />
      <Arrow ref={lineRef} visible={false} points={[0, 0, 0, 0]} stroke={theme.selection} fill={theme.selection} />
    </Layer>
  )
}

/** A round knob with an arrow's head in it: "pull a line from here". */
function ConnectHandle({ box, theme, scale }: { box: Box; theme: BoardTheme; scale: number }) {
  const c = centre(box)
  const r = box.width / 2
  const head = r * 0.45
  return (
    <Group>
      <Circle x={c.x} y={c.y} radius={r} fill={theme.selection} stroke={theme.background} strokeWidth={2 / scale} />
      <Arrow
        points={[c.x - head, c.y, c.x + head, c.y]}
        stroke={theme.background}
        fill={theme.background}
        strokeWidth={2.5 / scale}
        pointerLength={head * 0.8}
        pointerWidth={head * 0.9}
      />
    </Group>
  )
}

function lineToPoint(from: Box, to: Point): [number, number, number, number] {
  const start = edgePoint(from, to)
  return [start.x, start.y, to.x, to.y]
}
