import { describe, expect, it } from 'vitest'
import { EXTRA_MAX, FULL_LIST_MAX, listWindow, WINDOW_RADIUS } from '../listWindow'

describe('listWindow', () => {
  it('renders every item of a short list', () => {
    expect(listWindow({ count: 5, anchor: null, wanted: [] })).toEqual([0, 1, 2, 3, 4])
    expect(listWindow({ count: FULL_LIST_MAX, anchor: 3, wanted: [] })).toHaveLength(FULL_LIST_MAX)
  })

  it('renders a window around the focused item of a long list, plus the first and last', () => {
    const shown = listWindow({ count: 10_000, anchor: 5_000, wanted: [] })
    expect(shown[0]).toBe(0)
    expect(shown.at(-1)).toBe(9_999)
    expect(shown).toContain(5_000 - WINDOW_RADIUS)
    expect(shown).toContain(5_000 + WINDOW_RADIUS)
    expect(shown).not.toContain(5_000 + WINDOW_RADIUS + 1)
    expect(shown).toHaveLength(2 + 2 * WINDOW_RADIUS + 1)
  })

  it('starts at the top when nothing is focused, and clamps at the ends', () => {
    expect(listWindow({ count: 1_000, anchor: null, wanted: [] }).slice(0, 3)).toEqual([0, 1, 2])
    const end = listWindow({ count: 1_000, anchor: 5_000, wanted: [] })
    expect(end.at(-1)).toBe(999)
    expect(end).toContain(999 - WINDOW_RADIUS)
  })

  it('adds wanted items (selection, find matches) up to a cap, sorted and distinct', () => {
    const shown = listWindow({ count: 10_000, anchor: 0, wanted: [7_000, 3_000, 7_000, 1, -4, 20_000] })
    expect(shown).toContain(3_000)
    expect(shown).toContain(7_000)
    expect(shown).toEqual([...new Set(shown)].sort((a, b) => a - b))
    const many = listWindow({ count: 10_000, anchor: 0, wanted: Array.from({ length: 5_000 }, (_, i) => 1_000 + i) })
    // items 0..RADIUS, the last item, and the capped extras
    expect(many.length).toBe(WINDOW_RADIUS + 1 + 1 + EXTRA_MAX)
  })
})
