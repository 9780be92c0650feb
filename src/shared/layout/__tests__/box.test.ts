import { describe, expect, it } from 'vitest'
import { encloses, intersection } from '../box'

describe('intersection and encloses', () => {
  it('finds where two boxes overlap, and null when they only touch or are apart', () => {
    expect(intersection({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: -5, width: 10, height: 10 })).toEqual({
      x: 5,
      y: 0,
      width: 5,
      height: 5,
    })
    expect(intersection({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 })).toBeNull()
    expect(intersection({ x: 0, y: 0, width: 10, height: 10 }, { x: 50, y: 50, width: 5, height: 5 })).toBeNull()
  })

  it('says whether one box lies inside another, with slack for rounding', () => {
    const outer = { x: 0, y: 0, width: 100, height: 50 }
    expect(encloses(outer, { x: 10, y: 10, width: 20, height: 20 })).toBe(true)
    expect(encloses(outer, { x: 90, y: 10, width: 10.5, height: 20 })).toBe(false)
    expect(encloses(outer, { x: 90, y: 10, width: 10.5, height: 20 }, 1)).toBe(true)
    expect(encloses(outer, { x: -2, y: 0, width: 10, height: 10 }, 1)).toBe(false)
  })
})
