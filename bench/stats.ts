// Numbers for the bench: percentiles of frame intervals, and the table printed at the end.
// Plain functions with no browser or Node APIs, so they are unit-tested (bench/__tests__/stats.test.ts).

/**
 * The p-th percentile (0..100) by linear interpolation between the two nearest ranks, the same method as
 * numpy's default and most spreadsheets; NaN for an empty list (a run without frames has no percentile).
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`)
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low)
}

/** The gaps between successive timestamps: a list of N frame times gives N-1 frame intervals. */
export function intervals(timestamps: readonly number[]): number[] {
  const gaps: number[] = []
  for (let i = 1; i < timestamps.length; i++) gaps.push(timestamps[i]! - timestamps[i - 1]!)
  return gaps
}

/** Frame times inside [from, to): the warm-up before `from` and anything after the gesture are left out. */
export function framesWithin(timestamps: readonly number[], from: number, to: number): number[] {
  return timestamps.filter((t) => t >= from && t < to)
}

export interface FrameSummary {
  frames: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Frames that took longer than one 60 Hz frame (16.7 ms) plus a little jitter: what a user sees as a stutter. */
  longFrames: number
}

/** Slack above 1000/60 ms before an interval counts as a missed frame: rAF timestamps jitter by a fraction of a ms. */
const LONG_FRAME_MS = 1000 / 60 + 2

export function summarizeFrames(timestamps: readonly number[]): FrameSummary {
  const gaps = intervals(timestamps)
  return {
    frames: gaps.length,
    p50Ms: percentile(gaps, 50),
    p95Ms: percentile(gaps, 95),
    maxMs: gaps.length ? Math.max(...gaps) : Number.NaN,
    longFrames: gaps.filter((gap) => gap > LONG_FRAME_MS).length,
  }
}

/** Rounds for the JSON output and the table: one decimal is finer than rAF's own jitter. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10
}

/** A plain-text table with right-aligned numbers and left-aligned text, for a terminal. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) =>
    row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)),
  )
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)))
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'))
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return '—'
  return Number.isInteger(value) ? String(value) : value.toFixed(1)
}
