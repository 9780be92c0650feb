// The viewport over a stand-in for the Konva stage: what it shows, and when it asks for a drawing.
import type Konva from 'konva'
import { describe, expect, it } from 'vitest'
import { BoardViewport, viewShowing } from '../viewport'

function fakeStage(view = { scale: 1, x: 0, y: 0 }) {
  const state = { ...view, draws: 0 }
  const stage = {
    scaleX: () => state.scale,
    scaleY: () => state.scale,
    x: () => state.x,
    y: () => state.y,
    scale: ({ x }: { x: number; y: number }) => void (state.scale = x),
    position: ({ x, y }: { x: number; y: number }) => Object.assign(state, { x, y }),
    batchDraw: () => void state.draws++,
  }
  return { stage: stage as unknown as Konva.Stage, state }
}

describe('board viewport', () => {
  const size = { width: 1920, height: 1080 }
  const box = { x: 0, y: 0, width: 29_480, height: 13_280 }

  it('fits a box at the view viewShowing works out beforehand', () => {
    const { stage, state } = fakeStage()
    const viewport = new BoardViewport()
    viewport.attach(stage)
    viewport.size = size
    viewport.fitContent(() => box)
    const expected = viewShowing(box, size)
    expect(viewport.view).toEqual(expected)
    expect(expected.scale).toBeCloseTo((1920 - 64) / 29_480)
    expect(state.draws).toBe(1)
  })

  it('draws again only when the view changes', () => {
    const first = viewShowing(box, size)
    // A stage made at the fitted view (BoardStage gives the Stage its first view): fitting again draws nothing.
    const { stage, state } = fakeStage(first)
    const viewport = new BoardViewport()
    viewport.attach(stage)
    viewport.size = size
    const moves: number[] = []
    viewport.onMove((view) => moves.push(view.scale))
    viewport.fitContent(() => box)
    expect(state.draws).toBe(0)
    expect(moves).toEqual([first.scale]) // listeners still hear of it
    viewport.panBy(10, 0)
    expect(state.draws).toBe(1)
  })
})
