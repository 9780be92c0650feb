// Where the demo puts things: inside the template's zones, in grids that never overlap. Notes shrink a little
// when a zone must hold many of them (an affinity cluster of 14 ideas), as a facilitator would write smaller.
import { NOTE_SIZE } from '@shared/model/defaults'

export interface Area {
  x: number
  y: number
  width: number
  height: number
}

export interface Slot {
  x: number
  y: number
  width: number
  height: number
}

const GAP = 12
/** Room left free at the top of a zone for its title. */
const HEADER = 70
const MARGIN = 30

/** The part of a zone where notes may go: below the title, inside a margin. */
export function innerArea(zone: Area): Area {
  return {
    x: zone.x + MARGIN,
    y: zone.y + HEADER,
    width: Math.max(1, zone.width - 2 * MARGIN),
    height: Math.max(1, zone.height - HEADER - MARGIN),
  }
}

/** `count` non-overlapping slots inside `area`, row by row, at the largest note scale (≤ 1) that fits. */
export function gridSlots(area: Area, count: number): Slot[] {
  for (let scale = 1; scale >= 0.3; scale -= 0.05) {
    const width = Math.round(NOTE_SIZE.width * scale)
    const height = Math.round(NOTE_SIZE.height * scale)
    const columns = Math.floor((area.width + GAP) / (width + GAP))
    const rows = Math.floor((area.height + GAP) / (height + GAP))
    if (columns * rows < count) continue
    return Array.from({ length: count }, (_, index) => ({
      x: area.x + (index % columns) * (width + GAP),
      y: area.y + Math.floor(index / columns) * (height + GAP),
      width,
      height,
    }))
  }
  throw new Error(`cannot fit ${count} notes in an area of ${area.width}×${area.height}`)
}

/** Splits an area into `parts` equal columns with a gap between them (one per theme cluster). */
export function splitColumns(area: Area, parts: number, gap = 24): Area[] {
  const width = (area.width - gap * (parts - 1)) / parts
  return Array.from({ length: parts }, (_, index) => ({
    x: area.x + index * (width + gap),
    y: area.y,
    width,
    height: area.height,
  }))
}
