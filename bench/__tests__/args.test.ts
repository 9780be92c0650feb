import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZES, parseBenchArgs } from '../args'

describe('parseBenchArgs', () => {
  it('defaults to the three sizes of the issue, building first, no JSON', () => {
    expect(parseBenchArgs([])).toEqual({
      ok: true,
      options: { sizes: DEFAULT_SIZES, json: null, build: true, traceDir: null, sharingOnly: false },
    })
  })

  it('reads --json, --sizes, --trace and --no-build, with or without =', () => {
    const parsed = parseBenchArgs(['--json', 'out.json', '--sizes=1000,5000', '--trace', 'traces', '--no-build'])
    expect(parsed).toEqual({
      ok: true,
      options: { sizes: [1000, 5000], json: 'out.json', build: false, traceDir: 'traces', sharingOnly: false },
    })
    expect(parseBenchArgs(['--sharing'])).toMatchObject({ ok: true, options: { sharingOnly: true } })
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
})
