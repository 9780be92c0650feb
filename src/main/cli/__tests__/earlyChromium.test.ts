// Which commands start Chromium before the CLI loads the rest of its code: only an export that prints.
import { describe, expect, it } from 'vitest'
import { startChromiumEarly, willPrint } from '../earlyChromium'

describe('starting Chromium early', () => {
  it('is for export with --pdf or --png (also as --pdf=FILE), never for --help or other commands', () => {
    expect(willPrint(['export', 'a.handlekraft', '--pdf', 'a.pdf'])).toBe(true)
    expect(willPrint(['export', 'a.handlekraft', '--png=a.png', '--scale', '2'])).toBe(true)
    expect(willPrint(['export', 'a.handlekraft', '--json', 'a.json'])).toBe(false)
    expect(willPrint(['export', 'a.handlekraft', '--pdf', 'a.pdf', '--help'])).toBe(false)
    expect(willPrint(['export', '-h', '--pdf', 'a.pdf'])).toBe(false)
    expect(willPrint(['info', 'a.handlekraft', '--pdf', 'a.pdf'])).toBe(false)
    expect(willPrint(['export', 'a.handlekraft', '--', '--pdf'])).toBe(false)
    expect(willPrint([])).toBe(false)
  })

  it('starts nothing for a command that does not print', () => {
    expect(startChromiumEarly(['info', 'a.handlekraft'], {})).toBeNull()
    expect(startChromiumEarly(['export', 'a.handlekraft', '--json', 'a.json'], {})).toBeNull()
  })
})
