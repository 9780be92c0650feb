// Boxes on the board for e2e checks: where things overlap or sit inside one another. Built on the app's own
// src/shared/layout/box.ts, so the specs judge overlap exactly as the placement code does.
import { overlaps, type Box } from '../src/shared/layout/box'

export { overlaps, type Box }

/** Whether `inner` lies wholly within `outer` (edges may touch). */
export const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height

/** Pairs of things that overlap, named, for a readable failure. */
export function overlappingPairs(items: readonly { name: string; box: Box }[]): string[] {
  const pairs: string[] = []
  for (const [i, a] of items.entries())
    for (const b of items.slice(i + 1)) if (overlaps(a.box, b.box)) pairs.push(`${a.name} × ${b.name}`)
  return pairs
}
