// A small seeded pseudo-random generator (mulberry32): the demo, the bench boards and the fuzz tests come out
// the same for the same seed.
export type Random = () => number

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Picks an index with probability proportional to its weight; zero weights are never picked. */
export function weightedIndex(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  if (total <= 0) throw new Error('weightedIndex needs at least one positive weight')
  let remaining = random() * total
  for (const [index, weight] of weights.entries()) {
    if (weight <= 0) continue
    remaining -= weight
    if (remaining < 0) return index
  }
  // Rounding can leave a sliver of `remaining`; the last positive weight takes it.
  for (let index = weights.length - 1; index >= 0; index -= 1) if (weights[index]! > 0) return index
  return 0
}
