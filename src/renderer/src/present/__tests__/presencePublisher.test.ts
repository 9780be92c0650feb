// The facilitator's window reports its view from the viewport itself: throttled while it moves (the latest
// always arrives), `settled` once it rests.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { View } from '../../editor/viewMemory'
import { MOVE_INTERVAL_MS, startPresencePublisher, type ViewSource } from '../presencePublisher'

function fakeViewport() {
  const move = new Set<(view: View) => void>()
  const settled = new Set<(view: View) => void>()
  type Fake = ViewSource & { view: View; size: { width: number; height: number } }
  const source: Fake & { moveTo(x: number): void; settle(): void } = {
    view: { scale: 1, x: 0, y: 0 },
    size: { width: 1280, height: 600 },
    onMove: (listener) => (move.add(listener), () => move.delete(listener)),
    onSettled: (listener) => (settled.add(listener), () => settled.delete(listener)),
    moveTo(x) {
      this.view = { ...this.view, x }
      for (const listener of move) listener(this.view)
    },
    settle() {
      for (const listener of settled) listener(this.view)
    },
  }
  return source
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('startPresencePublisher', () => {
  it('sends at most one moving view per interval, the latest one, then the settled view', () => {
    const viewport = fakeViewport()
    const sent: Array<{ x: number; settled: boolean }> = []
    const publisher = startPresencePublisher(
      viewport,
      (view, settled) => sent.push({ x: view.x, settled }),
      () => Date.now(),
    )
    for (let x = 1; x <= 10; x++) {
      viewport.moveTo(x)
      vi.advanceTimersByTime(MOVE_INTERVAL_MS / 5)
    }
    vi.advanceTimersByTime(MOVE_INTERVAL_MS)
    expect(sent.length).toBeLessThanOrEqual(3)
    expect(sent.at(-1)).toEqual({ x: 10, settled: false })
    viewport.settle()
    expect(sent.at(-1)).toEqual({ x: 10, settled: true })
    publisher.stop()
    viewport.moveTo(11)
    vi.advanceTimersByTime(MOVE_INTERVAL_MS * 2)
    expect(sent.at(-1)!.x).toBe(10)
  })

  it('sends the board size with the view, and nothing before the board has a size', () => {
    const viewport = fakeViewport()
    viewport.size = { width: 0, height: 0 }
    const sent: unknown[] = []
    const publisher = startPresencePublisher(viewport, (view) => sent.push(view))
    publisher.flush()
    expect(sent).toEqual([])
    viewport.size = { width: 1280, height: 600 }
    publisher.flush()
    expect(sent).toEqual([{ x: 0, y: 0, scale: 1, width: 1280, height: 600 }])
  })
})
