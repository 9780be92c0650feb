// Themes, stacks and drops on the board, over a small document built through the real commands.
import { describe, expect, it } from 'vitest'
import type { WorkshopDoc } from '@shared/model/document'
import {
  noteStacks,
  projectAt,
  stackMoves,
  stackOf,
  themeLabelAt,
  themeOutlines,
  themesAfterDrop,
  THEME_OUTLINE,
  unstackMoves,
} from '../methodBoard'
import { newWorkshop, runOn } from '@shared/commands/__tests__/workshopFixture'

const ctx = { now: '2026-01-01T10:00:00.000Z' }
const run = (doc: WorkshopDoc, name: string, args: unknown) => runOn(doc, name, args, ctx)

/** Two themes side by side: traffic (a, b) at x 0..380, children (c) at x 1000; d is free, far below. */
function board(): WorkshopDoc {
  let doc = newWorkshop({ title: 'T', language: 'en' }, ctx)
  doc = run(doc, 'addItems', {
    notes: [
      { id: 'a', text: 'Bike lane', x: 0, y: 0 },
      { id: 'b', text: 'Speed bumps', x: 200, y: 0 },
      { id: 'c', text: 'Playground', x: 1000, y: 0 },
      { id: 'd', text: 'Bike lane', x: 0, y: 2000 },
    ],
  })
  doc = run(doc, 'createTheme', { id: 'traffic', noteIds: ['a', 'b'] })
  return run(doc, 'createTheme', { id: 'children', noteIds: ['c'] })
}

describe('theme outlines', () => {
  it('box the notes of each theme with padding and a label row above', () => {
    const outlines = themeOutlines(board())
    const traffic = outlines.find((o) => o.themeId === 'traffic')
    const children = outlines.find((o) => o.themeId === 'children')
    const p = THEME_OUTLINE.padding
    expect(traffic).toMatchObject({
      themeId: 'traffic',
      box: { x: -p, y: -p, width: 380 + 2 * p, height: 120 + 2 * p },
    })
    expect(traffic!.label.y + traffic!.label.height).toBeLessThan(traffic!.box.y)
    expect(children!.noteIds).toEqual(['c'])
    expect(themeLabelAt([traffic!, children!], { x: 100, y: traffic!.label.y + 5 })).toBe('traffic')
    expect(themeLabelAt([traffic!, children!], { x: 100, y: 50 })).toBeNull()
  })
  it('a theme without notes has no outline', () => {
    const doc = run(board(), 'createTheme', { id: 'empty' })
    expect(
      themeOutlines(doc)
        .map((o) => o.themeId)
        .sort(),
    ).toEqual(['children', 'traffic'])
  })
})

describe('dropping notes', () => {
  it('a note dragged far out of its theme leaves it', () => {
    expect(themesAfterDrop(board(), ['b'], 0, 900)).toEqual(new Map([['b', null]]))
  })
  it('a small shuffle inside the theme keeps it', () => {
    expect(themesAfterDrop(board(), ['b'], 20, 10).size).toBe(0)
  })
  it('a note dropped onto another theme joins it; a free note too', () => {
    expect(themesAfterDrop(board(), ['b'], 800, 0)).toEqual(new Map([['b', 'children']]))
    expect(themesAfterDrop(board(), ['d'], 1000, -2000)).toEqual(new Map([['d', 'children']]))
  })
  it('a whole theme dragged together stays a theme; a free note dropped on empty board stays free', () => {
    expect(themesAfterDrop(board(), ['a', 'b'], 0, 900).size).toBe(0)
    expect(themesAfterDrop(board(), ['d'], 3000, 0).size).toBe(0)
  })
})

describe('stacks', () => {
  it('stacking puts notes on the first one and into its theme; the stack is derived from the place', () => {
    const doc = board()
    const moves = stackMoves(doc, ['a', 'd'])
    expect(moves).toEqual([{ id: 'd', x: 0, y: 0, themeId: 'traffic' }])
    const stacked = run(doc, 'moveItems', { items: moves })
    expect(noteStacks(stacked)).toEqual([['a', 'd']])
    expect(stackOf(noteStacks(stacked), 'd')).toEqual(['a', 'd'])
    expect(stackOf(noteStacks(stacked), 'b')).toEqual(['b'])
  })
  it('unstacking spreads the notes under the top one; nothing else moves', () => {
    const stacked = run(board(), 'moveItems', { items: stackMoves(board(), ['a', 'd']) })
    const moves = unstackMoves(stacked, ['d'])
    expect(moves).toEqual([{ id: 'a', x: 196, y: 0 }])
    expect(noteStacks(run(stacked, 'moveItems', { items: moves }))).toEqual([])
    expect(unstackMoves(stacked, ['c'])).toEqual([])
  })
})

describe('project cards', () => {
  it('are found under a point', () => {
    const doc = run(board(), 'addProject', { id: 'p', title: 'Safe school road', x: 0, y: 500 })
    expect(projectAt(doc, { x: 10, y: 510 })).toBe('p')
    expect(projectAt(doc, { x: 10, y: 490 })).toBeNull()
  })
})
