// The lines that have one end in a drag and the other still: arrows between notes and sharing links between
// actors follow the dragged item live, as the room expects (issue 15: links used to vanish until the drop).
// They leave the still drawing while the drag lasts (it needs both ends still) and are drawn here, on a layer
// of their own between the still board and the dragged items, so a move redraws only these few lines.
// Lines with both ends dragged travel with the drag layer itself.
import type Konva from 'konva'
import { useCallback, useImperativeHandle, useMemo, useRef, type Ref } from 'react'
import { Layer, Shape } from 'react-konva'
import type { WorkshopDoc } from '@shared/model/document'
import { boxOf, connectorPoints, type Box } from '../editor/boxes'
import type { BoardTheme } from './boardTheme'
import { drawSharingLinks } from './drawSharing'
import { useHiddenFlows } from './linkFilter'
import { ConnectorShape } from './shapes'

export interface DragLinesApi {
  /** The dragged items are (dx, dy) away from where the document has them. */
  follow(dx: number, dy: number): void
}

/** A line as it is drawn mid-drag: published by the board (data-drag-lines) for tests and tools. */
export interface DraggedLine {
  id: string
  points: [number, number, number, number]
}

export function DragLines({
  doc,
  dragIds,
  theme,
  api,
  onFollow,
}: {
  doc: WorkshopDoc
  dragIds: ReadonlySet<string>
  theme: BoardTheme
  api: Ref<DragLinesApi>
  /** Told where the lines are drawn after each move. */
  onFollow?: (lines: DraggedLine[]) => void
}) {
  const layerRef = useRef<Konva.Layer>(null)
  const offset = useRef({ dx: 0, dy: 0 })
  const hiddenFlows = useHiddenFlows()
  const attached = useMemo(
    () =>
      dragIds.size === 0
        ? []
        : Object.values(doc.connector).filter((line) => dragIds.has(line.fromId) !== dragIds.has(line.toId)),
    [doc.connector, dragIds],
  )
  const plain = useMemo(() => attached.filter((line) => !line.flow), [attached])
  const links = useMemo(
    () => attached.filter((line) => line.flow && !hiddenFlows.has(line.flow)),
    [attached, hiddenFlows],
  )

  /** A box where it is shown now: moved by the drag's offset when it is dragged. */
  const shownBox = useCallback(
    (id: string): Box | null => {
      const box = boxOf(doc, id)
      if (!box || !dragIds.has(id)) return box
      return { x: box.x + offset.current.dx, y: box.y + offset.current.dy, width: box.width, height: box.height }
    },
    [doc, dragIds],
  )

  useImperativeHandle(
    api,
    () => ({
      follow(dx, dy) {
        offset.current = { dx, dy }
        const layer = layerRef.current
        const drawn: DraggedLine[] = []
        for (const line of [...plain, ...links]) {
          const from = shownBox(line.fromId)
          const to = shownBox(line.toId)
          if (!from || !to) continue
          const points = connectorPoints(from, to)
          drawn.push({ id: line.id, points })
          if (line.flow || !layer) continue
          const group = layer.findOne<Konva.Group>(`#connector-${line.id}`)
          group?.findOne<Konva.Arrow>('.arrow')?.points(points)
          group
            ?.findOne<Konva.Label>('.label')
            ?.position({ x: (points[0] + points[2]) / 2, y: (points[1] + points[3]) / 2 })
        }
        layer?.batchDraw()
        onFollow?.(drawn)
      },
    }),
    [plain, links, shownBox, onFollow],
  )

  const drawLinks = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context
      const scale = layerRef.current?.getStage()?.scaleX() ?? 1
      // Ends looked up where they are shown: the dragged ones moved by the offset, read at draw time.
      const view = { x: -1e7, y: -1e7, width: 2e7, height: 2e7 }
      drawSharingLinks(ctx, shownDoc(doc, dragIds, links, offset.current), links, theme, scale, view)
    },
    [doc, dragIds, links, theme],
  )

  if (attached.length === 0) return null
  return (
    <Layer listening={false} ref={layerRef}>
      {plain.map((line) => {
        const from = shownBox(line.fromId)
        const to = shownBox(line.toId)
        return from && to ? (
          <ConnectorShape key={line.id} connector={line} points={connectorPoints(from, to)} theme={theme} />
        ) : null
      })}
      {links.length > 0 && <Shape listening={false} sceneFunc={drawLinks} perfectDrawEnabled={false} />}
    </Layer>
  )
}

/**
 * The document as the links see it mid-drag: the dragged ends moved by the offset. Only the few records at a
 * link's end are copied (the rest is looked up through the prototype), so a frame costs nothing on a big board.
 */
function shownDoc(
  doc: WorkshopDoc,
  dragIds: ReadonlySet<string>,
  links: readonly { fromId: string; toId: string }[],
  { dx, dy }: { dx: number; dy: number },
): WorkshopDoc {
  const actor = Object.create(doc.actor) as WorkshopDoc['actor']
  const note = Object.create(doc.note) as WorkshopDoc['note']
  const zone = Object.create(doc.zone) as WorkshopDoc['zone']
  for (const link of links) {
    for (const id of [link.fromId, link.toId]) {
      if (!dragIds.has(id)) continue
      if (doc.actor[id]) actor[id] = { ...doc.actor[id], x: doc.actor[id].x + dx, y: doc.actor[id].y + dy }
      else if (doc.note[id]) note[id] = { ...doc.note[id], x: doc.note[id].x + dx, y: doc.note[id].y + dy }
      else if (doc.zone[id]) zone[id] = { ...doc.zone[id], x: doc.zone[id].x + dx, y: doc.zone[id].y + dy }
    }
  }
  return { ...doc, actor, note, zone }
}
