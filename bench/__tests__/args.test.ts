import { describe, expect, it } from 'vitest'
import { DEFAULT_PHONES, DEFAULT_SIZES, parseBenchArgs } from '../args'

describe('parseBenchArgs', () => {
  it('defaults to the three sizes of the issue, building first, no JSON', () => {
    expect(parseBenchArgs([])).toEqual({
      ok: true,
      options: { sizes: DEFAULT_SIZES, json: null, build: true, traceDir: null, room: false, phones: DEFAULT_PHONES },
    })
  })

  it('reads --json, --sizes, --trace and --no-build, with or without =', () => {
    const parsed = parseBenchArgs(['--json', 'out.json', '--sizes=1000,5000', '--trace', 'traces', '--no-build'])
    expect(parsed).toEqual({
      ok: true,
      options: { sizes: [1000, 5000], json: 'out.json', build: false, traceDir: 'traces', room: false, phones: [60] },
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
})
