// Where a rectangle fits on the board without touching anything: the "bottom-left" candidates of rectangle
// packing. A free spot, if there is one, can always be slid up and left until it meets an obstacle's edge
// or the region's, so only those edges are tried; that keeps the search small (a few hundred obstacles on a
// real evening) and the result aligned with what is already there, which reads as tidy.
import { overlaps, type Box, type Point } from './box'

export interface Region {
  x: number
  y: number
  width: number
  /** Infinity: the region may grow downward (a zone that grows to hold what is put in it). */
  height: number
}

export interface SpotOptions {
  /** Space kept free around the rectangle. */
  gap: number
  /** Prefer the free spot nearest this point (top-left corners compared); without it, reading order. */
  near?: Point
  /** With `near`: spots inside this height of the region win over nearer ones below it. */
  preferWithin?: number
}

/** The top-left corner of a free spot of `size` in `region`, or null when none fits. */
export function findFreeSpot(
  size: { width: number; height: number },
  area: Region,
  obstacles: readonly Box[],
  options: SpotOptions,
): Point | null {
  const { gap } = options
  const region = { ...area, x: Math.ceil(area.x), y: Math.ceil(area.y) }
  const right = region.x + Math.max(region.width, size.width)
  const bottom = region.y + region.height
  const nearby = obstacles.filter(
    (o) => o.x < right + gap && o.x + o.width + gap > region.x && o.y + o.height + gap > region.y && o.y < bottom + gap,
  )
  const near = options.near
  // Reading order needs only the edges right of and below obstacles; "near" also tries left of and above
  // them, and the wished-for point itself, so a spot can hug an obstacle from any side.
  const xs = unique([
    region.x,
    ...nearby.map((o) => o.x + o.width + gap),
    ...(near ? [near.x, ...nearby.map((o) => o.x - gap - size.width)] : []),
  ]).filter((x) => x >= region.x && x + size.width <= right)
  const ys = unique([
    region.y,
    ...nearby.map((o) => o.y + o.height + gap),
    ...(near ? [near.y, ...nearby.map((o) => o.y - gap - size.height)] : []),
  ]).filter((y) => y >= region.y && y + size.height <= bottom)
  const candidates: Point[] = []
  for (const y of ys) for (const x of xs) candidates.push({ x, y })
  if (near) {
    const limit = region.y + (options.preferWithin ?? Infinity)
    const outside = (p: Point) => (p.y + size.height > limit ? 1 : 0)
    const distance = (p: Point) => Math.hypot(p.x - near.x, p.y - near.y)
    candidates.sort((a, b) => outside(a) - outside(b) || distance(a) - distance(b) || a.y - b.y || a.x - b.x)
  } else candidates.sort((a, b) => a.y - b.y || a.x - b.x)
  for (const spot of candidates) {
    const padded = { x: spot.x - gap, y: spot.y - gap, width: size.width + 2 * gap, height: size.height + 2 * gap }
    if (!nearby.some((o) => overlaps(padded, o))) return spot
  }
  return null
}

function unique(values: number[]): number[] {
  // Whole board units, rounded up: never a fraction into what the spot must clear.
  return [...new Set(values.map((v) => Math.ceil(v)))].sort((a, b) => a - b)
}
