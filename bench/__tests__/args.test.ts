import { describe, expect, it } from 'vitest'
import { DEFAULT_PHONES, DEFAULT_SIZES, parseBenchArgs } from '../args'

describe('parseBenchArgs', () => {
  it('defaults to the three sizes of the issue, building first, no JSON', () => {
    expect(parseBenchArgs([])).toEqual({
      ok: true,
      options: { sizes: DEFAULT_SIZES, json: null, build: true, traceDir: null, room: false, phones: DEFAULT_PHONES, overview: false, areas: [18, 100] },
    })
  })

  it('reads --json, --sizes, --trace and --no-build, with or without =', () => {
    const parsed = parseBenchArgs(['--json', 'out.json', '--sizes=1000,5000', '--trace', 'traces', '--no-build'])
    expect(parsed).toEqual({
      ok: true,
      options: { sizes: [1000, 5000], json: 'out.json', build: false, traceDir: 'traces', room: false, phones: [60], overview: false, areas: [18, 100] },
    })
  })

  it('refuses sizes that are not whole positive numbers', () => {
    expect(parseBenchArgs(['--sizes', '1000,abc']).ok).toBe(false)
    expect(parseBenchArgs(['--sizes', '0']).ok).toBe(false)
    expect(parseBenchArgs(['--sizes', '1.5']).ok).toBe(false)
    expect(parseBenchArgs(['--sizes']).ok).toBe(false)
  })

  it('refuses a missing path and unknown options', () => {
    expect(parseBenchArgs(['--json']).ok).toBe(false)
    expect(parseBenchArgs(['--json', '--sizes']).ok).toBe(false)
    expect(parseBenchArgs(['--fast']).ok).toBe(false)
  })

  it('reads the room bench: --room and --phones (1 to 300, the room cap)', () => {
    expect(parseBenchArgs(['--room', '--phones', '60,200', '--json=r.json'])).toMatchObject({
      ok: true,
      options: { room: true, phones: [60, 200], json: 'r.json' },
    })
    expect(parseBenchArgs(['--room'])).toMatchObject({ options: { phones: [60] } })
    expect(parseBenchArgs(['--phones', '301']).ok).toBe(false)
    expect(parseBenchArgs(['--phones', '0']).ok).toBe(false)
    expect(parseBenchArgs(['--phones']).ok).toBe(false)
  })

  it('reads the overview bench: --overview and --areas (1 to 1000 files; default 18 and 100)', () => {
    expect(parseBenchArgs(['--overview'])).toMatchObject({ ok: true, options: { overview: true, areas: [18, 100] } })
    expect(parseBenchArgs(['--overview', '--areas', '18,200'])).toMatchObject({ options: { areas: [18, 200] } })
    expect(parseBenchArgs(['--areas', '0']).ok).toBe(false)
    expect(parseBenchArgs(['--areas', '1001']).ok).toBe(false)
    expect(parseBenchArgs(['--areas']).ok).toBe(false)
  })
})
