// Sends the facilitator's board view to main's presence channel while presenting, straight from the board's
// viewport (no DOM, no document edit): while the view moves, at most one report per MOVE_INTERVAL_MS (always
// including the latest once it stops), and a `settled` report when it comes to rest — main saves only that one.
import type { BoardView } from '@shared/model/records'
import type { View } from '../editor/viewMemory'

/** 20 reports a second while panning: a smooth follow on the projector, memory only on main's side. */
export const MOVE_INTERVAL_MS = 50

export interface ViewSource {
  readonly view: View
  readonly size: { width: number; height: number }
  onMove(listener: (view: View) => void): () => void
  onSettled(listener: (view: View) => void): () => void
}

export interface PresencePublisher {
  /** Report the view now as settled (presenting starts, the window was resized). */
  flush(): void
  stop(): void
}

export function boardViewOf(view: View, size: { width: number; height: number }): BoardView | null {
  const { scale, x, y } = view
  if (![scale, x, y].every(Number.isFinite) || scale <= 0 || size.width < 1 || size.height < 1) return null
  return { x, y, scale, width: Math.round(size.width), height: Math.round(size.height) }
}

export function startPresencePublisher(
  source: ViewSource,
  /** `at`: when the view was read (this window's clock), so main can drop a report that arrives late. */
  send: (view: BoardView, settled: boolean, at: number) => void,
  now: () => number = Date.now,
): PresencePublisher {
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastSent = Number.NEGATIVE_INFINITY
  let lastKey = ''
  const report = (settled: boolean) => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    const view = boardViewOf(source.view, source.size)
    if (!view) return
    const key = JSON.stringify(view)
    // A settled report always goes (main saves it); a move that changed nothing does not.
    if (!settled && key === lastKey) return
    lastKey = key
    lastSent = now()
    send(view, settled, lastSent)
  }
  const offMove = source.onMove(() => {
    if (timer !== null) return
    timer = setTimeout(() => report(false), Math.max(0, MOVE_INTERVAL_MS - (now() - lastSent)))
  })
  const offSettled = source.onSettled(() => report(true))
  return {
    flush: () => report(true),
    stop() {
      offMove()
      offSettled()
      if (timer !== null) clearTimeout(timer)
      timer = null
    },
  }
}
