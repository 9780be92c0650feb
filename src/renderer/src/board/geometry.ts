// Pure arithmetic for the board view: what the content spans and how to fit it in the window.
import { boundsOf, type Box } from '@shared/layout/box'

// The board's boxes are the shared layout's (one definition of a box and of the bounds around boxes).
export { boundsOf, type Box }

export interface View {
  scale: number
  x: number
  y: number
}

export const MIN_SCALE = 0.05
export const MAX_SCALE = 4

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))
}

/** Scale and offset that show `content` centred in a viewport, with a margin, never zoomed in past 1:1. */
export function fitView(content: Box | null, viewport: { width: number; height: number }, margin = 32): View {
  if (!content || viewport.width <= 0 || viewport.height <= 0) return { scale: 1, x: margin, y: margin }
  const usableWidth = Math.max(1, viewport.width - 2 * margin)
  const usableHeight = Math.max(1, viewport.height - 2 * margin)
  const scale = clampScale(Math.min(1, usableWidth / content.width, usableHeight / content.height))
  return {
    scale,
    x: (viewport.width - content.width * scale) / 2 - content.x * scale,
    y: (viewport.height - content.height * scale) / 2 - content.y * scale,
  }
}

/** Zoom by `factor` keeping the board point under `pointer` (screen coordinates) where it is. */
export function zoomAt(view: View, pointer: { x: number; y: number }, factor: number): View {
  const scale = clampScale(view.scale * factor)
  const boardX = (pointer.x - view.x) / view.scale
  const boardY = (pointer.y - view.y) / view.scale
  return { scale, x: pointer.x - boardX * scale, y: pointer.y - boardY * scale }
}
