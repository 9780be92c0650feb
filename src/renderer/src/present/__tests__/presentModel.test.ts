import { describe, expect, it } from 'vitest'
import { fitRegion, followedRegion, regionOfView, stepThrough, viewAt } from '../presentModel'

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

// The facilitator's walk-through (issue 10): at Vis alt the projector fitted the laptop's whole view, margins
// and all, and the room got the board about a fifth smaller than the screen allowed.
describe('followedRegion', () => {
  // The evening at Vis alt: the laptop's view has margins around the template's areas, and cuts their right part.
  const board = { x: 0, y: -50, width: 3000, height: 1600 }
  const laptop = regionOfView({ x: 20, y: 60, scale: 0.32, width: 908, height: 620 })

  it('fits only the board part of the laptop view: larger for the room', () => {
    const region = followedRegion(laptop, board)
    expect(region).toEqual({ x: 0, y: -50, width: laptop.x + laptop.width, height: 1600 })
    const before = fitRegion(laptop, { width: 1250, height: 578 }).scale
    const after = fitRegion(region, { width: 1250, height: 578 }).scale
    expect(after).toBeGreaterThan(before * 1.15)
  })

  it('is the laptop view itself inside the board, and never zooms out as the laptop zooms in', () => {
    const zoomedIn = { x: 400, y: 300, width: 900, height: 600 }
    expect(followedRegion(zoomedIn, board)).toEqual(zoomedIn)
    expect(followedRegion(laptop, null)).toEqual(laptop)
    let previous = 0
    for (const factor of [1, 0.9, 0.75, 0.6, 0.45, 0.3]) {
      const middle = { x: laptop.x + laptop.width / 2, y: laptop.y + laptop.height / 2 }
      const view = { x: middle.x - (laptop.width * factor) / 2, y: middle.y - (laptop.height * factor) / 2, width: laptop.width * factor, height: laptop.height * factor }
      const scale = fitRegion(followedRegion(view, board), { width: 1920, height: 1080 }).scale
      expect(scale).toBeGreaterThanOrEqual(previous)
      previous = scale
    }
  })
})
