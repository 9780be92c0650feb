// One grid rule for "Tidy up", pasted lines and gathered themes: near-square, reading order, LAYOUT_GAP apart.
import { describe, expect, it } from 'vitest'
import { gridColumns, gridPositions, tidyPositions } from '../grid'

describe('the grid', () => {
  it('is near-square and fills rows left to right', () => {
    expect([1, 2, 4, 5, 9, 10].map(gridColumns)).toEqual([1, 2, 2, 3, 3, 4])
    expect(gridPositions(3, { x: 100, y: 50 }, { width: 200, height: 150 }, 24)).toEqual([
      { x: 100, y: 50 },
      { x: 324, y: 50 },
      { x: 100, y: 224 },
    ])
  })

  it('tidies a selection from its top-left corner in reading order, cells as big as the biggest box', () => {
    const boxes = [
      { id: 'c', x: 500, y: 400, width: 200, height: 150 },
      { id: 'a', x: 10, y: 20, width: 200, height: 150 },
      { id: 'b', x: 300, y: 20, width: 240, height: 150 },
    ]
    expect(tidyPositions(boxes)).toEqual([
      { id: 'a', x: 10, y: 20 },
      { id: 'b', x: 274, y: 20 },
      { id: 'c', x: 10, y: 194 },
    ])
    expect(tidyPositions([])).toEqual([])
  })
})
