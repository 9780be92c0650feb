// The symbiosis map (actor cards and sharing links) kept as a bitmap between frames, for the laptop board and the
// projector (while its view glides).
// Why: a profile of the 300-actor, 1,000-link bench board showed the frame time going to Chromium's raster of
// the canvas (LayerTreeHost::DoUpdateLayers), not to our JavaScript: 1,000 anti-aliased, partly dashed lines
// with arrow heads and marks cost ~100 ms of CPU per frame in software. Drawn once into a bitmap, a pan frame
// is one blit (a few ms), whatever the number of links. The bitmap is redrawn when the map changes (an edit,
// the legend's filter), when the zoom changes once the view is still, or when the view leaves what it covers.
// During a zoom gesture it is shown scaled (soft until the wheel pauses: the board's usual trade-off, see
// useBoardSnapshot), so a zoom never redraws 1,000 links per frame either. Once the view is still the map is
// drawn crisp, straight onto the canvas, and the bitmap for the next gesture is made in idle time.
import { encloses, intersection } from '@shared/layout/box'
import type { Box } from '../editor/boxes'

type Ctx = CanvasRenderingContext2D

/** What the bitmap covers: a board area, drawn at this many device pixels per board unit. */
export interface BitmapArea {
  box: Box
  pixelScale: number
}

export type BitmapPlan =
  /** Nothing of the map is in view. */
  | { kind: 'none' }
  /** The bitmap covers the view: blit it. */
  | { kind: 'reuse' }
  /** Draw `region` into a new bitmap, then blit. */
  | { kind: 'build'; region: Box }
  /** Even the view alone is too big for a bitmap: draw straight onto the canvas. */
  | { kind: 'live' }

export interface PlanInput {
  cached: BitmapArea | null
  /** The board area the canvas shows. */
  view: Box
  /** Everything the map draws (cards, lines, marks, labels), or null when there is nothing. */
  content: Box | null
  /** Device pixels per board unit now. */
  pixelScale: number
  /** A pan/zoom gesture is under way: a bitmap at another zoom may be shown scaled. */
  moving: boolean
  /** The largest bitmap, in device pixels. */
  maxPixels: number
}

/** How far around the view a new bitmap reaches, in views, tried in turn (so a pan does not leave it at once). */
export const BITMAP_MARGINS = [0.5, 0.25] as const

/**
 * Whether the bitmap can be shown as it is, or what to draw into a new one: the whole map when it fits (a
 * pan at that zoom never redraws), else the view with a margin around it; a view too big for a bitmap with
 * a margin is drawn live (a bitmap of the view alone would be redrawn at every step of a pan).
 */
export function planBitmap({ cached, view, content, pixelScale, moving, maxPixels }: PlanInput): BitmapPlan {
  if (!content) return { kind: 'none' }
  const needed = intersection(view, content)
  if (!needed) return { kind: 'none' }
  if (cached && encloses(cached.box, needed, 1e-3) && (moving || cached.pixelScale === pixelScale)) return { kind: 'reuse' }
  const pixels = (box: Box) => box.width * box.height * pixelScale * pixelScale
  if (pixels(content) <= maxPixels) return { kind: 'build', region: content }
  for (const margin of BITMAP_MARGINS) {
    const around = intersection(grow(view, margin), content)
    if (around && pixels(around) <= maxPixels) return { kind: 'build', region: around }
  }
  return { kind: 'live' }
}

/**
 * `region` widened to whole device pixels of the canvas whose transform is (pixelScale, offset): the
 * bitmap's pixels then fall exactly on the canvas's, so a blit is a copy (no resampling, no blur) and the
 * map looks as it would drawn straight onto the canvas. Returns the board box and the bitmap's size.
 */
export function alignToPixels(
  region: Box,
  pixelScale: number,
  offset: { x: number; y: number },
): { box: Box; width: number; height: number } {
  const left = Math.floor(region.x * pixelScale + offset.x)
  const top = Math.floor(region.y * pixelScale + offset.y)
  const width = Math.max(1, Math.ceil((region.x + region.width) * pixelScale + offset.x) - left)
  const height = Math.max(1, Math.ceil((region.y + region.height) * pixelScale + offset.y) - top)
  const box = {
    x: (left - offset.x) / pixelScale,
    y: (top - offset.y) / pixelScale,
    width: width / pixelScale,
    height: height / pixelScale,
  }
  return { box, width, height }
}

/** The bitmap budget for a canvas of `canvasPixels`: at least 4 M pixels (16 MB), or 3 canvases. */
export const bitmapBudget = (canvasPixels: number) => Math.max(4_000_000, 3 * canvasPixels)

export interface BitmapDrawInput {
  /** Changes whenever what the map shows changes (records, filter, theme): the bitmap is then redrawn. */
  key: unknown
  content: Box | null
  moving: boolean
  /** Draws the map culled to `region` onto `target` (whose transform is set up for board units). */
  draw: (target: Ctx, region: Box) => void
}

/**
 * Between gestures the map is drawn straight onto the canvas (crisp at once, only what is in view) and the
 * bitmap is made when the page is idle, ready for the next pan. During a gesture a missing or outgrown bitmap
 * is made at once: one slow frame, then blits.
 */
export class SharingBitmap {
  /** What is shown: a finished ImageBitmap, or the canvas it is being made from. */
  private image: ImageBitmap | HTMLCanvasElement | null = null
  private area: BitmapArea | null = null
  private key: unknown = undefined
  private idle: number | null = null

  /**
   * Draws the map onto `ctx` (transform: board units to device pixels, no rotation). Says how: from the
   * bitmap, live (straight onto the canvas), or not at all (nothing of the map in view).
   */
  draw(ctx: Ctx, { key, content, moving, draw }: BitmapDrawInput): 'bitmap' | 'live' | 'none' {
    const m = ctx.getTransform()
    const pixelScale = Math.hypot(m.a, m.b)
    const inverse = m.inverse()
    const a = inverse.transformPoint({ x: 0, y: 0 })
    const b = inverse.transformPoint({ x: ctx.canvas.width, y: ctx.canvas.height })
    const view = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) }
    if (key !== this.key) {
      this.key = key
      this.drop()
    }
    const plan = planBitmap({
      cached: this.area,
      view,
      content,
      pixelScale,
      moving,
      maxPixels: bitmapBudget(ctx.canvas.width * ctx.canvas.height),
    })
    if (plan.kind === 'none') return 'none'
    if (plan.kind === 'reuse') return this.blit(ctx, m, pixelScale)
    if (plan.kind === 'live') {
      draw(ctx, view)
      return 'live'
    }
    const offset = { x: m.e, y: m.f }
    if (moving) {
      this.build(plan.region, pixelScale, offset, draw)
      return this.blit(ctx, m, pixelScale)
    }
    draw(ctx, view)
    // The old bitmap no longer fits the still view (another zoom, or out of reach): forget it now, so a gesture
    // that starts before the page is idle makes a new one at once rather than showing the old one scaled (soft).
    this.drop()
    this.buildWhenIdle(plan.region, pixelScale, offset, draw)
    return 'live'
  }

  /** Forgets the bitmap (the map changed). */
  drop(): void {
    if (this.idle !== null) cancelIdle(this.idle)
    this.idle = null
    if (this.image && 'close' in this.image) this.image.close()
    this.image = null
    this.area = null
  }

  private buildWhenIdle(region: Box, pixelScale: number, offset: { x: number; y: number }, draw: BitmapDrawInput['draw']): void {
    if (this.idle !== null) cancelIdle(this.idle)
    const key = this.key
    this.idle = whenIdle(() => {
      this.idle = null
      if (key !== this.key) return
      const canvas = this.build(region, pixelScale, offset, draw)
      // Rasterised here, in idle time, rather than in the first frame that shows it.
      void createImageBitmap(canvas).then(
        (image) => {
          if (this.image !== canvas) return image.close() // dropped or rebuilt meanwhile
          this.image = image
          canvas.width = canvas.height = 0
        },
        () => undefined, // the canvas itself is shown then
      )
    })
  }

  private build(region: Box, pixelScale: number, offset: { x: number; y: number }, draw: BitmapDrawInput['draw']): HTMLCanvasElement {
    const { box, width, height } = alignToPixels(region, pixelScale, offset)
    const previous = this.image
    if (previous && 'close' in previous) previous.close()
    const canvas = previous instanceof HTMLCanvasElement ? previous : document.createElement('canvas')
    canvas.width = width // also clears it
    canvas.height = height
    const target = canvas.getContext('2d')!
    target.setTransform(pixelScale, 0, 0, pixelScale, -box.x * pixelScale, -box.y * pixelScale)
    draw(target, box)
    this.image = canvas
    this.area = { box, pixelScale }
    return canvas
  }

  private blit(ctx: Ctx, m: DOMMatrix, pixelScale: number): 'bitmap' {
    const { image, area } = this
    if (!image || !area) return 'bitmap'
    ctx.save()
    if (area.pixelScale === pixelScale) {
      // Pixel on pixel: a pan by whole pixels keeps the alignment the bitmap was drawn with.
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      ctx.drawImage(image, Math.round(area.box.x * m.a + m.e), Math.round(area.box.y * m.d + m.f))
    } else {
      ctx.imageSmoothingEnabled = true
      ctx.drawImage(image, area.box.x, area.box.y, area.box.width, area.box.height)
    }
    ctx.restore()
    return 'bitmap'
  }
}

// requestIdleCallback where there is one (Chromium), a timer elsewhere.
const whenIdle = (run: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : window.setTimeout(run, 50)
const cancelIdle = (handle: number): void =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle)

function grow(box: Box, views: number): Box {
  return {
    x: box.x - box.width * views,
    y: box.y - box.height * views,
    width: box.width * (1 + 2 * views),
    height: box.height * (1 + 2 * views),
  }
}
