// The bitmap a pan or zoom shows on huge boards, and when the board is crisp again. A gesture draws live: the
// drawing culls to the view, so each frame is crisp. Only when the view holds more than LIVE_NOTES notes at
// readable zoom does it switch to a bitmap: the static canvas is copied once and frames only move and scale it
// with a CSS transform (compositor work), redrawing (the bitmap plus blocks around it) only when content the
// last drawing did not cover comes into view. The gesture's end draws crisp at once.
// It also publishes, for the bench, when the board was first drawn crisp at a view (data-crisp-at) and the
// performance mark of the first drawing with notes (handlekraft:board-drawn, bench/README.md).
import type Konva from 'konva'
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { encloses, intersection } from '@shared/layout/box'
import type { Box } from '../editor/boxes'
import type { GestureSnapshot } from './BoardDrawing'
import { countInView, LOW_DETAIL_SCALE } from './drawNotes'
import type { BlockIndex } from './noteBlocks'
import type { BoardViewport } from './viewport'

/** Up to this many notes in view (at readable zoom), a pan or zoom draws live; beyond, it shows a bitmap. */
const LIVE_NOTES = 400

type View = { scale: number; x: number; y: number }

export interface BoardSnapshotInput {
  viewport: BoardViewport
  containerRef: RefObject<HTMLDivElement | null>
  stageRef: RefObject<Konva.Stage | null>
  staticLayerRef: RefObject<Konva.Layer | null>
  /** The notes in a grid, to count what is in view. */
  blocks: BlockIndex
  /** The bounds of everything on the board (asked once per bitmap gesture). */
  contentBounds: () => Box | null
  hasNotes: boolean
}

export interface BoardSnapshot {
  /** The bitmap shown now, or null (BoardDrawing asks while drawing). */
  getSnapshot: () => GestureSnapshot | null
  /** The static layer's onDraw: it was drawn at the current view. */
  onStaticDraw: () => void
}

export function useBoardSnapshot(input: BoardSnapshotInput): BoardSnapshot {
  const { viewport, containerRef, stageRef, staticLayerRef } = input
  const snapshot = useRef<GestureSnapshot | null>(null)
  /** What the canvases show, and the content's bounds, during a gesture. */
  const drawnView = useRef<View | null>(null)
  const content = useRef<Box | null>(null)
  // The latest inputs, read by the long-lived viewport listeners below (subscribed once per viewport).
  const latest = useRef(input)
  useEffect(() => {
    latest.current = input
  })

  useEffect(() => {
    const tooManyForLive = () =>
      viewport.view.scale >= LOW_DETAIL_SCALE &&
      countInView(latest.current.blocks, viewport.visibleBox(0), LIVE_NOTES + 1) > LIVE_NOTES
    const startBitmap = () => {
      const stage = stageRef.current
      const layer = staticLayerRef.current
      if (!stage || !layer) return
      snapshot.current = takeSnapshot(layer, drawnView.current ?? viewport.view, viewport.size, snapshot.current)
      content.current = latest.current.contentBounds()
      stage.content.style.transformOrigin = '0 0'
      stage.content.style.willChange = 'transform'
      viewport.deferDraw = true
      if (containerRef.current) containerRef.current.dataset.drawing = 'bitmap'
    }
    const offGesture = viewport.onGesture((active) => {
      const stage = stageRef.current
      if (!stage) return
      if (active) {
        if (tooManyForLive()) startBitmap()
        return
      }
      viewport.deferDraw = false
      snapshot.current = null
      stage.content.style.willChange = ''
      staticLayerRef.current?.batchDraw()
    })
    const offMove = viewport.onMove((view) => {
      const stage = stageRef.current
      if (!viewport.inGesture || !stage) return
      if (!viewport.deferDraw) {
        if (tooManyForLive()) startBitmap()
        return
      }
      const drawn = drawnView.current
      if (!drawn) return
      const k = view.scale / drawn.scale
      stage.content.style.transform = `translate(${view.x - drawn.x * k}px, ${view.y - drawn.y * k}px) scale(${k})`
      const inView = content.current && intersection(viewport.visibleBox(0), content.current)
      if (inView && !encloses(viewBox(drawn, viewport.size), inView, 1)) stage.batchDraw()
    })
    return () => {
      offGesture()
      offMove()
    }
  }, [viewport, containerRef, stageRef, staticLayerRef])

  const getSnapshot = useCallback(() => snapshot.current, [])

  const onStaticDraw = useCallback(() => {
    const stage = stageRef.current
    const element = containerRef.current
    if (stage) stage.content.style.transform = ''
    const view = viewport.view
    const last = drawnView.current
    drawnView.current = view
    // Published for the bench's settle-to-crisp figure: when the board was first drawn crisp at this view.
    if (element && !snapshot.current) {
      if (element.dataset.drawing !== 'live' || !last || !sameView(last, view))
        element.dataset.crispAt = String(performance.now())
      element.dataset.drawing = 'live'
    }
    if (latest.current.hasNotes && performance.getEntriesByName('handlekraft:board-drawn').length === 0)
      performance.mark('handlekraft:board-drawn')
  }, [viewport, stageRef, containerRef])

  return { getSnapshot, onStaticDraw }
}

/** Copies the static layer's canvas (one blit, ~1 ms), reusing the last snapshot's canvas when it can. */
function takeSnapshot(
  layer: Konva.Layer,
  view: View,
  size: { width: number; height: number },
  previous: GestureSnapshot | null,
): GestureSnapshot {
  const source = layer.getNativeCanvasElement()
  const canvas = previous?.canvas ?? document.createElement('canvas')
  canvas.width = source.width
  canvas.height = source.height
  canvas.getContext('2d')!.drawImage(source, 0, 0)
  return { canvas, box: viewBox(view, size) }
}

const sameView = (a: View, b: View) => a.scale === b.scale && a.x === b.x && a.y === b.y

function viewBox(view: View, size: { width: number; height: number }): Box {
  return {
    x: -view.x / view.scale,
    y: -view.y / view.scale,
    width: size.width / view.scale,
    height: size.height / view.scale,
  }
}
