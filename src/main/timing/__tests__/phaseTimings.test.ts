import { describe, expect, it } from 'vitest'
import { createPhaseTimings, NO_TIMINGS, timingsWanted } from '../phaseTimings'

/** A clock that moves only when told, so the figures are exact. */
function fakeClock(start: number) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('phase timings', () => {
  it('counts node start-up as the first phase and lists overlapping phases by when they started', async () => {
    const clock = fakeClock(120)
    const timings = createPhaseTimings(clock.now)
    let finishLaunch: () => void = () => undefined
    const launch = timings.measureAsync(
      'launch Chromium',
      () => new Promise<void>((resolve) => (finishLaunch = resolve)),
    )
    timings.measure('read workshop', () => clock.advance(30))
    clock.advance(70)
    finishLaunch()
    await launch
    const lines = timings.lines()
    expect(lines[0]).toMatch(/^phase\s+from ms\s+to ms\s+took ms$/)
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/))).toEqual([
      ['node start + module load', '0', '120', '120'],
      ['launch Chromium', '120', '220', '100'],
      ['read workshop', '120', '150', '30'],
      ['total so far', '0', '220'],
    ])
  })

  it('records a phase that throws, and rethrows', () => {
    const clock = fakeClock(0)
    const timings = createPhaseTimings(clock.now)
    expect(() =>
      timings.measure('read workshop', () => {
        clock.advance(5)
        throw new Error('damaged')
      }),
    ).toThrow('damaged')
    expect(timings.lines().some((line) => line.startsWith('read workshop'))).toBe(true)
  })

  it('is off unless HANDLEKRAFT_TIMINGS=1, and then records and prints nothing', () => {
    expect(timingsWanted({ HANDLEKRAFT_TIMINGS: '1' })).toBe(true)
    expect(timingsWanted({})).toBe(false)
    expect(timingsWanted({ HANDLEKRAFT_TIMINGS: 'yes' })).toBe(false)
    expect(NO_TIMINGS.measure('x', () => 42)).toBe(42)
    expect(NO_TIMINGS.lines()).toEqual([])
  })
})
