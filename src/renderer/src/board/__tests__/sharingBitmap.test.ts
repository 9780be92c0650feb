import { describe, expect, it } from 'vitest'
import { alignToPixels, bitmapBudget, planBitmap, type PlanInput } from '../sharingBitmap'

const screen = { x: 0, y: 0, width: 1000, height: 500 }

/** A 1000 × 500 px canvas at `scale`, showing the board from (x, y). */
const viewAt = (scale: number, x = 0, y = 0) => ({ x, y, width: screen.width / scale, height: screen.height / scale })

const plan = (input: Partial<PlanInput>) =>
  planBitmap({
    cached: null,
    view: viewAt(1),
    content: { x: 0, y: 0, width: 800, height: 400 },
    pixelScale: 1,
    moving: false,
    maxPixels: bitmapBudget(screen.width * screen.height),
    ...input,
  })

describe('planBitmap: when the sharing map is drawn into a bitmap, and which part', () => {
  it('draws nothing when there is no map or none of it is in view', () => {
    expect(plan({ content: null })).toEqual({ kind: 'none' })
    expect(plan({ view: viewAt(1, 5000, 5000) })).toEqual({ kind: 'none' })
  })

  it('puts the whole map in the bitmap when it fits, so a pan at that zoom never redraws it', () => {
    const content = { x: 0, y: 0, width: 7600, height: 5400 }
    // Zoomed out (0.2): the whole map is 1520 × 1080 pixels.
    expect(plan({ content, pixelScale: 0.2, view: viewAt(0.2, 100, 100) })).toEqual({ kind: 'build', region: content })
  })

  it('reuses a bitmap at the same zoom that covers what is in view, however far the view moved', () => {
    const content = { x: 0, y: 0, width: 7600, height: 5400 }
    const cached = { box: content, pixelScale: 0.2 }
    expect(plan({ content, cached, pixelScale: 0.2, view: viewAt(0.2, -300, 900) })).toEqual({ kind: 'reuse' })
  })

  it('redraws at a new zoom once the view is still, but shows the old bitmap scaled during a gesture', () => {
    const content = { x: 0, y: 0, width: 7600, height: 5400 }
    const cached = { box: content, pixelScale: 0.2 }
    expect(plan({ content, cached, pixelScale: 0.25, view: viewAt(0.25), moving: false })).toEqual({ kind: 'build', region: content })
    expect(plan({ content, cached, pixelScale: 0.25, view: viewAt(0.25), moving: true })).toEqual({ kind: 'reuse' })
  })

  it('redraws during a gesture when the view has left what the bitmap covers', () => {
    const content = { x: 0, y: 0, width: 20_000, height: 20_000 }
    const cached = { box: { x: 0, y: 0, width: 2000, height: 1000 }, pixelScale: 1 }
    const result = plan({ content, cached, pixelScale: 1, view: viewAt(1, 1500, 0), moving: true })
    expect(result.kind).toBe('build')
  })

  it('takes the view and half a view around it on a map too big for one bitmap, clipped to the map', () => {
    const content = { x: 0, y: 0, width: 20_000, height: 20_000 }
    expect(plan({ content, view: viewAt(1, 5000, 5000) })).toEqual({
      kind: 'build',
      region: { x: 4500, y: 4750, width: 2000, height: 1000 },
    })
    // At the map's corner the margin outside the map is left out.
    expect(plan({ content, view: viewAt(1, 0, 0) })).toEqual({
      kind: 'build',
      region: { x: 0, y: 0, width: 1500, height: 750 },
    })
  })

  it('falls back to a smaller margin, then to drawing live, when the budget is tight', () => {
    const content = { x: 0, y: 0, width: 20_000, height: 20_000 }
    const view = viewAt(1, 5000, 5000)
    // Half a view around: 2000 × 1000 = 2 M pixels; a quarter: 1500 × 750 = 1.125 M.
    expect(plan({ content, view, maxPixels: 1_500_000 })).toEqual({
      kind: 'build',
      region: { x: 4750, y: 4875, width: 1500, height: 750 },
    })
    expect(plan({ content, view, maxPixels: 1_000_000 })).toEqual({ kind: 'live' })
  })

  it('gives a big canvas room for a margin: at least 3 canvases, never under 4 M pixels', () => {
    expect(bitmapBudget(1000 * 500)).toBe(4_000_000)
    expect(bitmapBudget(2880 * 1800)).toBe(3 * 2880 * 1800)
  })
})

describe('alignToPixels: the bitmap lies pixel on pixel on the canvas', () => {
  it('widens the region to whole canvas pixels at the canvas offset', () => {
    const { box, width, height } = alignToPixels({ x: 10.3, y: 20.6, width: 100, height: 50 }, 0.5, { x: 0.25, y: 0.75 })
    // Canvas pixels: x from 10.3 * 0.5 + 0.25 = 5.4 -> 5 to 110.3 * 0.5 + 0.25 = 55.4 -> 56.
    expect(width).toBe(51)
    expect(height).toBe(26) // 20.6 * 0.5 + 0.75 = 11.05 -> 11 to 70.6 * 0.5 + 0.75 = 36.05 -> 37
    // The box's corner falls exactly on a canvas pixel, and its size is the bitmap's.
    expect(box.x * 0.5 + 0.25).toBeCloseTo(5, 9)
    expect(box.y * 0.5 + 0.75).toBeCloseTo(11, 9)
    expect(box.width * 0.5).toBeCloseTo(51, 9)
    expect(box.x).toBeLessThanOrEqual(10.3)
    expect(box.x + box.width).toBeGreaterThanOrEqual(110.3)
  })

  it('never makes an empty bitmap', () => {
    const { width, height } = alignToPixels({ x: 0, y: 0, width: 0, height: 0 }, 1, { x: 0, y: 0 })
    expect(width).toBe(1)
    expect(height).toBe(1)
  })
})
