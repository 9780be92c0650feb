// Sends the facilitator's board view to main for the projector to follow. The board already publishes its
// view as data attributes on its element (data-x, data-y, data-scale, kept current on every move without
// React), so this watches those attributes instead of reaching into the board's code. Writes are
// throttled: at most one per THROTTLE_MS, always including the last view once the board stops moving.
import type { BoardView } from '@shared/model/records'

export const THROTTLE_MS = 150

export interface ViewportPublisher {
  /** Publish the board's current view now (presenting starts, a freeze ends). */
  flush(): void
  stop(): void
}

export function readBoardView(element: HTMLElement): BoardView | null {
  const scale = Number(element.dataset.scale)
  const x = Number(element.dataset.x)
  const y = Number(element.dataset.y)
  const width = element.clientWidth
  const height = element.clientHeight
  if (![scale, x, y].every(Number.isFinite) || scale <= 0 || width < 1 || height < 1) return null
  return { x, y, scale, width, height }
}

export function startViewportPublisher(root: HTMLElement, publish: (view: BoardView) => void): ViewportPublisher {
  let last = ''
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastSent = 0
  const send = () => {
    timer = null
    const board = root.querySelector<HTMLElement>('.board')
    const view = board && readBoardView(board)
    if (!view) return
    const key = JSON.stringify(view)
    if (key === last) return
    last = key
    lastSent = Date.now()
    publish(view)
  }
  const schedule = () => {
    if (timer !== null) return
    timer = setTimeout(send, Math.max(0, THROTTLE_MS - (Date.now() - lastSent)))
  }
  const observer = new MutationObserver(schedule)
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-x', 'data-y', 'data-scale'] })
  const resize = () => schedule()
  window.addEventListener('resize', resize)
  return {
    flush() {
      if (timer !== null) clearTimeout(timer)
      last = ''
      send()
    },
    stop() {
      observer.disconnect()
      window.removeEventListener('resize', resize)
      if (timer !== null) clearTimeout(timer)
    },
  }
}
