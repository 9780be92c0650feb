import { describe, expect, it } from 'vitest'
import { fitRegion, regionOfView, stepThrough, viewAt } from '../presentModel'

describe('presentModel', () => {
  it("fits the facilitator's region on a bigger projector, zooming in", () => {
    const laptop = { x: -200, y: -100, scale: 0.5, width: 1000, height: 600 }
    const region = regionOfView(laptop)
    expect(region).toEqual({ x: 400, y: 200, width: 2000, height: 1200 })
    const view = fitRegion(region, { width: 1920, height: 1080 }, 0)
    expect(view.scale).toBeCloseTo(0.9) // height-bound: 1080 / 1200
    // the region's middle lands in the projector's middle
    expect(view.x + (region.x + region.width / 2) * view.scale).toBeCloseTo(960)
    expect(view.y + (region.y + region.height / 2) * view.scale).toBeCloseTo(540)
    expect(fitRegion({ x: 0, y: 0, width: 10, height: 10 }, { width: 1920, height: 1080 }).scale).toBe(3)
  })

  it('animates from one view to another and ends exactly there', () => {
    const size = { width: 1000, height: 500 }
    const from = { scale: 1, x: 0, y: 0 }
    const to = { scale: 2, x: -300, y: -100 }
    expect(viewAt(from, to, 0, 400, size)).toEqual(from)
    expect(viewAt(from, to, 400, 400, size)).toEqual(to)
    const mid = viewAt(from, to, 200, 400, size)
    expect(mid.scale).toBeGreaterThan(1)
    expect(mid.scale).toBeLessThan(2)
  })

  it('keeps the scale exactly through a glide that only pans', () => {
    const size = { width: 1920, height: 1080 }
    // exp(log(0.3)) is 0.29999999999999993 in floating point: a pan glide must not drift the scale by a bit.
    const from = { scale: 0.3, x: 10, y: 20 }
    const to = { scale: 0.3, x: 310, y: -80 }
    for (const elapsed of [0, 37, 120, 225, 449]) expect(viewAt(from, to, elapsed, 450, size).scale).toBe(0.3)
  })

  it('steps through phases or projects, staying at the ends', () => {
    expect(stepThrough(['a', 'b', 'c'], 'b', 1)).toBe('c')
    expect(stepThrough(['a', 'b', 'c'], 'c', 1)).toBe('c')
    expect(stepThrough(['a', 'b', 'c'], 'a', -1)).toBe('a')
    expect(stepThrough(['a', 'b'], null, 1)).toBe('a')
    expect(stepThrough(['a', 'b'], 'gone', -1)).toBe('b')
    expect(stepThrough([], 'x', 1)).toBeNull()
  })
})
