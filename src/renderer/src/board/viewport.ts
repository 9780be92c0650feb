// The board's view (zoom and pan) as a small object around the Konva stage, so the toolbar, keyboard,
// find bar and text overlay can move the view without React state. It changes the stage directly and
// tells listeners; React hears about it only through a "settled" signal (for culling and the zoom
// read-out), never on every pointer move. A pan or zoom GESTURE (a drag, a run of wheel events) settles
// only when it ends (pointer up, a pause of the wheel), however slow its frames: a bare timer would fire
// between two moves of one slow drag and drag React into the middle of it.
import type Konva from 'konva'
import type { Box, Point } from '../editor/boxes'
import type { View } from '../editor/viewMemory'
import { clampScale, fitView } from './geometry'

export const ZOOM_STEP = 1.2
/** A view changed by a single step settles after this long without another change. */
const SETTLE_MS = 120
/** A run of wheel events is one gesture until the wheel pauses this long. */
const WHEEL_PAUSE_MS = 160

export class BoardViewport {
  private stage: Konva.Stage | null = null
  private readonly moveListeners = new Set<(view: View) => void>()
  private readonly settledListeners = new Set<(view: View) => void>()
  private readonly gestureListeners = new Set<(active: boolean) => void>()
  private settleTimer: ReturnType<typeof setTimeout> | null = null
  private wheelTimer: ReturnType<typeof setTimeout> | null = null
  private gesture = false
  /** Set by "Show everything": what to keep in view when the board changes size, until the view is moved. */
  private keepFitting: (() => Box | null) | null = null
  size = { width: 0, height: 0 }
  /** While set, a view change does not redraw the stage: the board moves its drawn canvas instead. */
  deferDraw = false

  attach(stage: Konva.Stage | null): void {
    this.stage = stage
  }

  get view(): View {
    const stage = this.stage
    return stage ? { scale: stage.scaleX(), x: stage.x(), y: stage.y() } : { scale: 1, x: 0, y: 0 }
  }

  setView(view: View): void {
    const stage = this.stage
    if (!stage) return
    // Any other move of the view (a pan, a zoom, a jump to a note) makes the view the facilitator's own.
    this.keepFitting = null
    const scale = clampScale(view.scale)
    // The same view again (the first fit of a board whose stage was made at that view) needs no new drawing.
    const moved = scale !== stage.scaleX() || scale !== stage.scaleY() || view.x !== stage.x() || view.y !== stage.y()
    stage.scale({ x: scale, y: scale })
    stage.position({ x: view.x, y: view.y })
    if (moved && !this.deferDraw) stage.batchDraw()
    const now = this.view
    for (const listener of this.moveListeners) listener(now)
    if (this.settleTimer) clearTimeout(this.settleTimer)
    this.settleTimer = null
    // Single steps (keys, buttons) settle after a short pause, so a held key does not settle on each repeat.
    if (!this.gesture) this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS)
  }

  private settle(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer)
    this.settleTimer = null
    for (const listener of this.settledListeners) listener(this.view)
  }

  /** True from the start of a pan/zoom gesture to its end. */
  get inGesture(): boolean {
    return this.gesture
  }

  /** A drag-pan (or any continuous gesture) starts: no settling until endGesture. */
  beginGesture(): void {
    if (this.gesture) return
    this.gesture = true
    if (this.settleTimer) clearTimeout(this.settleTimer)
    this.settleTimer = null
    for (const listener of this.gestureListeners) listener(true)
  }

  /** The gesture is over: settle now. */
  endGesture(): void {
    if (this.wheelTimer) clearTimeout(this.wheelTimer)
    this.wheelTimer = null
    if (!this.gesture) return
    this.gesture = false
    for (const listener of this.gestureListeners) listener(false)
    this.settle()
  }

  /** One wheel event: part of a gesture that ends when the wheel has paused for WHEEL_PAUSE_MS. */
  wheelTick(): void {
    this.beginGesture()
    if (this.wheelTimer) clearTimeout(this.wheelTimer)
    this.wheelTimer = setTimeout(() => this.endGesture(), WHEEL_PAUSE_MS)
  }

  /** Told when a gesture starts (true) and ends (false), before the settled listeners. */
  onGesture(listener: (active: boolean) => void): () => void {
    this.gestureListeners.add(listener)
    return () => this.gestureListeners.delete(listener)
  }

  /** Every change, synchronously: for things that must stick to the board (the text field over a note). */
  onMove(listener: (view: View) => void): () => void {
    this.moveListeners.add(listener)
    return () => this.moveListeners.delete(listener)
  }

  /** Once the view has stopped changing for a moment: for culling, the zoom read-out, remembering the view. */
  onSettled(listener: (view: View) => void): () => void {
    this.settledListeners.add(listener)
    return () => this.settledListeners.delete(listener)
  }

  panBy(dx: number, dy: number): void {
    const view = this.view
    this.setView({ ...view, x: view.x + dx, y: view.y + dy })
  }

  /** Zoom by `factor` keeping the board point under `screen` (default: the middle) where it is. */
  zoomBy(factor: number, screen: Point = { x: this.size.width / 2, y: this.size.height / 2 }): void {
    const view = this.view
    const scale = clampScale(view.scale * factor)
    const board = this.toBoard(screen)
    this.setView({ scale, x: screen.x - board.x * scale, y: screen.y - board.y * scale })
  }

  zoomTo(scale: number): void {
    this.zoomBy(scale / this.view.scale)
  }

  /** Shows `box` whole and centred; `maxScale` keeps a single note from filling the projector. */
  fit(box: Box | null, maxScale = 1, margin = 32): void {
    this.setView(viewShowing(box, this.size, maxScale, margin))
  }

  /**
   * "Show everything": fits what `content` answers, and fits it again whenever the board changes size (a
   * projector at another resolution, a smaller window) until the view is panned or zoomed by hand.
   * `box` is what `content` answers now, when the caller has it already.
   */
  fitContent(content: () => Box | null, box: Box | null = content()): void {
    this.fit(box)
    this.keepFitting = content
  }

  /** The board element has a new size: keeps the fit of "Show everything" when it is still in force. */
  resize(size: { width: number; height: number }): void {
    if (size.width === this.size.width && size.height === this.size.height) return
    this.size = size
    const content = this.keepFitting
    if (!content) return
    this.fitContent(content)
  }

  /** Centres `box` on screen, zooming in to at least `minScale` so the found note can be read. */
  centreOn(box: Box, minScale = 0.8): void {
    const scale = clampScale(Math.max(this.view.scale, minScale))
    this.setView({
      scale,
      x: this.size.width / 2 - (box.x + box.width / 2) * scale,
      y: this.size.height / 2 - (box.y + box.height / 2) * scale,
    })
  }

  /** Pans (without zooming) just enough that `box` is on screen. */
  reveal(box: Box, margin = 40): void {
    const { scale, x, y } = this.view
    const left = box.x * scale + x
    const top = box.y * scale + y
    const right = left + box.width * scale
    const bottom = top + box.height * scale
    let dx = 0
    let dy = 0
    if (left < margin) dx = margin - left
    else if (right > this.size.width - margin) dx = this.size.width - margin - right
    if (top < margin) dy = margin - top
    else if (bottom > this.size.height - margin) dy = this.size.height - margin - bottom
    if (dx !== 0 || dy !== 0) this.panBy(dx, dy)
  }

  toBoard(screen: Point): Point {
    const { scale, x, y } = this.view
    return { x: (screen.x - x) / scale, y: (screen.y - y) / scale }
  }

  toScreen(board: Point): Point {
    const { scale, x, y } = this.view
    return { x: board.x * scale + x, y: board.y * scale + y }
  }

  /** The board area on screen, grown by `margin` screens on each side so a short pan shows drawn content. */
  visibleBox(margin = 0.5): Box {
    const { scale } = this.view
    const topLeft = this.toBoard({ x: 0, y: 0 })
    const width = this.size.width / scale
    const height = this.size.height / scale
    return {
      x: topLeft.x - width * margin,
      y: topLeft.y - height * margin,
      width: width * (1 + 2 * margin),
      height: height * (1 + 2 * margin),
    }
  }

  centre(): Point {
    return this.toBoard({ x: this.size.width / 2, y: this.size.height / 2 })
  }
}

/** The view `fit` shows `box` at, on a board of `size`: pure, so a view can be worked out before a stage exists. */
export function viewShowing(
  box: Box | null,
  size: { width: number; height: number },
  maxScale = 1,
  margin = 32,
): View {
  if (!box) return fitView(box, size)
  const usableWidth = Math.max(1, size.width - 2 * margin)
  const usableHeight = Math.max(1, size.height - 2 * margin)
  const scale = clampScale(
    Math.min(maxScale, usableWidth / Math.max(1, box.width), usableHeight / Math.max(1, box.height)),
  )
  return {
    scale,
    x: size.width / 2 - (box.x + box.width / 2) * scale,
    y: size.height / 2 - (box.y + box.height / 2) * scale,
  }
}
