import { describe, expect, it } from 'vitest'
import { buildBlockIndex, drawBlocks, forEachBlockInView, type BlockNote } from '../noteBlocks'

const note = (id: string, x: number, y: number, color = '#fff'): BlockNote & { color: string } => ({
  id,
  x,
  y,
  width: 180,
  height: 120,
  color,
})

describe('note blocks', () => {
  const notes = [
    note('a', 0, 0, '#f00'),
    note('b', 5_000, 0, '#f00'),
    note('c', 900, 900, '#0f0'),
    note('d', -3_000, -2_000, '#0f0'),
    note('e', 1_000, 10, '#00f'),
  ]
  const index = buildBlockIndex(notes, (n) => n.color)
  const inView = (view: { x: number; y: number; width: number; height: number }) => {
    const seen: string[] = []
    forEachBlockInView(index, view, (n) => seen.push(n.id))
    return seen.sort()
  }

  it('finds exactly the notes that intersect the view, including ones starting in the cell before', () => {
    expect(inView({ x: 100, y: 100, width: 850, height: 850 })).toEqual(['a', 'c'])
    expect(inView({ x: 100, y: 100, width: 901, height: 850 })).toEqual(['a', 'c', 'e'])
    expect(inView({ x: 1_030, y: 1_030 - 30, width: 10, height: 10 })).toEqual(['c'])
    expect(inView({ x: 1_021, y: 1_010, width: 5, height: 5 })).toEqual(['c'])
    expect(inView({ x: -100_000, y: -100_000, width: 200_000, height: 200_000 })).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(inView({ x: 2_000, y: 2_000, width: 100, height: 100 })).toEqual([])
  })

  it('sets each colour once and fills one rectangle per note in view', () => {
    const calls: string[] = []
    const ctx = {
      set fillStyle(value: string) {
        calls.push(`fill ${value}`)
      },
      fillRect: (x: number, y: number) => calls.push(`rect ${x},${y}`),
    } as unknown as CanvasRenderingContext2D
    expect(drawBlocks(ctx, index, { x: -10, y: -10, width: 1_500, height: 1_500 })).toBe(3)
    expect(calls).toEqual(['fill #f00', 'rect 0,0', 'fill #0f0', 'rect 900,900', 'fill #00f', 'rect 1000,10'])
  })
})

describe('note blocks under a bitmap', () => {
  it('skips blocks wholly inside the covered box, keeps those crossing its edge', () => {
    const index = buildBlockIndex([note('in', 0, 0), note('edge', 300, 0), note('out', 900, 0)], () => '#fff')
    const drawn: number[] = []
    const ctx = { fillStyle: '', fillRect: (x: number) => drawn.push(x) } as unknown as CanvasRenderingContext2D
    drawBlocks(ctx, index, { x: -50, y: -50, width: 2_000, height: 500 }, { x: -10, y: -10, width: 400, height: 400 })
    expect(drawn).toEqual([300, 900])
  })
})
