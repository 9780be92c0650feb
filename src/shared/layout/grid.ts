// Notes in a near-square grid, in reading order: how "Tidy up" arranges a selection, where pasted lines land,
// and how a gathered theme lays out its notes (themeBlocks.ts). One rule, so they all look alike.
import { NOTE_SIZE } from '../model/defaults'
import type { Box, Point } from './box'
import { LAYOUT_GAP } from './sizes'

/** Columns of a near-square grid of `count` cells. */
export function gridColumns(count: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(count)))
}

/** Top-left corners of `count` cells of `cell` size in a near-square grid starting at `origin`. */
export function gridPositions(
  count: number,
  origin: Point,
  cell: { width: number; height: number } = NOTE_SIZE,
  gap = LAYOUT_GAP,
): Point[] {
  const columns = gridColumns(count)
  return Array.from({ length: count }, (_, index) => ({
    x: origin.x + (index % columns) * (cell.width + gap),
    y: origin.y + Math.floor(index / columns) * (cell.height + gap),
  }))
}

/**
 * New places for the given boxes arranged in a grid from the selection's top-left corner, keeping their
 * reading order (top to bottom, then left to right) so the arrangement feels predictable.
 */
export function tidyPositions<T extends Box & { id: string }>(
  boxes: readonly T[],
): { id: string; x: number; y: number }[] {
  if (boxes.length === 0) return []
  const ordered = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x)
  const origin = { x: Math.min(...boxes.map((b) => b.x)), y: Math.min(...boxes.map((b) => b.y)) }
  const cell = { width: Math.max(...boxes.map((b) => b.width)), height: Math.max(...boxes.map((b) => b.height)) }
  return gridPositions(ordered.length, origin, cell).map((point, index) => ({ id: ordered[index]!.id, ...point }))
}
