// Notes as plain coloured blocks, drawn by ONE canvas routine instead of one Konva node per note: at low
// zoom (and for what comes into view during a pan or zoom gesture) a board of 10,000 notes is 10,000
// fillRect calls, grouped by colour, over only the grid cells in view. Konva's per-node cost (transforms,
// save/restore) was ~22 ms a frame at 10,000 notes; this is a few milliseconds.
import type { Box } from '../editor/boxes'

export interface BlockNote extends Box {
  id: string
}

/** Board units per grid cell: a cell holds a few dozen notes of the default size. */
const CELL = 1024

export interface BlockIndex {
  /** Per colour, per cell (key from cellKey), the notes whose top-left corner is in that cell. */
  byColour: Map<string, Map<number, BlockNote[]>>
  /** The largest note, so a query also finds notes that start in the cell before and reach into view. */
  maxWidth: number
  maxHeight: number
  count: number
}

const OFFSET = 1 << 15
const cellKey = (cx: number, cy: number) => (cx + OFFSET) * (OFFSET * 2) + (cy + OFFSET)

export function buildBlockIndex<T extends BlockNote>(notes: Iterable<T>, colourOf: (note: T) => string): BlockIndex {
  const byColour = new Map<string, Map<number, BlockNote[]>>()
  let maxWidth = 0
  let maxHeight = 0
  let count = 0
  for (const note of notes) {
    const colour = colourOf(note)
    let grid = byColour.get(colour)
    if (!grid) byColour.set(colour, (grid = new Map()))
    const key = cellKey(Math.floor(note.x / CELL), Math.floor(note.y / CELL))
    const cell = grid.get(key)
    if (cell) cell.push(note)
    else grid.set(key, [note])
    maxWidth = Math.max(maxWidth, note.width)
    maxHeight = Math.max(maxHeight, note.height)
    count++
  }
  return { byColour, maxWidth, maxHeight, count }
}

/** Calls `visit` for every indexed note that intersects `view`, colour by colour. */
export function forEachBlockInView(
  index: BlockIndex,
  view: Box,
  visit: (note: BlockNote, colour: string, firstOfColour: boolean) => void,
): void {
  const x0 = Math.floor((view.x - index.maxWidth) / CELL)
  const y0 = Math.floor((view.y - index.maxHeight) / CELL)
  const x1 = Math.floor((view.x + view.width) / CELL)
  const y1 = Math.floor((view.y + view.height) / CELL)
  const right = view.x + view.width
  const bottom = view.y + view.height
  for (const [colour, grid] of index.byColour) {
    let first = true
    // A view wider than the grid's occupied cells would loop over empty cells: walk the cells instead.
    const walkCells = (x1 - x0 + 1) * (y1 - y0 + 1) > grid.size
    const visitCell = (cell: BlockNote[] | undefined) => {
      if (!cell) return
      for (const note of cell) {
        if (note.x > right || note.y > bottom || note.x + note.width < view.x || note.y + note.height < view.y) continue
        visit(note, colour, first)
        first = false
      }
    }
    if (walkCells) {
      for (const [key, cell] of grid) {
        const cx = Math.floor(key / (OFFSET * 2)) - OFFSET
        const cy = (key % (OFFSET * 2)) - OFFSET
        if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) visitCell(cell)
      }
    } else {
      for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visitCell(grid.get(cellKey(cx, cy)))
    }
  }
}

/**
 * Fills the blocks in view; `ctx` is already transformed to board units. Blocks wholly inside `covered`
 * (drawn some other way, e.g. by a bitmap) are skipped. Returns how many were drawn.
 */
export function drawBlocks(ctx: CanvasRenderingContext2D, index: BlockIndex, view: Box, covered?: Box): number {
  let drawn = 0
  let colourSet = ''
  forEachBlockInView(index, view, (note, colour) => {
    if (
      covered &&
      note.x >= covered.x &&
      note.y >= covered.y &&
      note.x + note.width <= covered.x + covered.width &&
      note.y + note.height <= covered.y + covered.height
    )
      return
    if (colour !== colourSet) ctx.fillStyle = colourSet = colour
    ctx.fillRect(note.x, note.y, note.width, note.height)
    drawn++
  })
  return drawn
}
