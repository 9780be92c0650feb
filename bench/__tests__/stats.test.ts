import { describe, expect, it } from 'vitest'
import { formatTable, framesWithin, intervals, percentile, round1, summarizeFrames } from '../stats'

describe('percentile', () => {
  it('interpolates between the nearest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5)
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48)
    expect(percentile([7], 95)).toBe(7)
  })

  it('does not depend on the order of the values and leaves them unsorted', () => {
    const values = [5, 1, 4, 2, 3]
    expect(percentile(values, 50)).toBe(3)
    expect(values).toEqual([5, 1, 4, 2, 3])
  })

  it('gives the extremes at 0 and 100', () => {
    expect(percentile([3, 9, 1], 0)).toBe(1)
    expect(percentile([3, 9, 1], 100)).toBe(9)
  })

  it('is NaN for no values and refuses a percentile outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN()
    expect(() => percentile([1], 101)).toThrow(RangeError)
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError)
  })
})

describe('frame intervals', () => {
  it('turns N timestamps into N-1 gaps', () => {
    expect(intervals([0, 16, 33, 50])).toEqual([16, 17, 17])
    expect(intervals([5])).toEqual([])
  })

  it('keeps only the frames inside the measured window', () => {
    expect(framesWithin([0, 400, 500, 900, 3500, 3600], 500, 3500)).toEqual([500, 900])
  })

  it('summarises a steady 60 Hz run with one dropped frame', () => {
    const times = Array.from({ length: 21 }, (_, i) => i * (1000 / 60))
    times.push(times.at(-1)! + 50) // one 50 ms hitch
    const summary = summarizeFrames(times)
    expect(summary.frames).toBe(21)
    expect(summary.p50Ms).toBeCloseTo(16.67, 1)
    expect(summary.maxMs).toBeCloseTo(50)
    expect(summary.longFrames).toBe(1)
  })

  it('reports NaN rather than zero when no frames were seen', () => {
    const summary = summarizeFrames([])
    expect(summary.frames).toBe(0)
    expect(summary.p95Ms).toBeNaN()
    expect(summary.maxMs).toBeNaN()
  })
})

describe('formatting', () => {
  it('rounds to one decimal', () => {
    expect(round1(16.6666)).toBe(16.7)
    expect(round1(2)).toBe(2)
  })

  it('aligns numbers right and text left', () => {
    const table = formatTable(
      ['name', 'ms'],
      [
        ['a', 1.25],
        ['long name', 100],
      ],
    )
    expect(table.split('\n')).toEqual(['name        ms', '---------  ---', 'a          1.3', 'long name  100'])
  })

  it('shows a missing number as a dash', () => {
    expect(formatTable(['x'], [[Number.NaN]])).toContain('—')
  })
})
