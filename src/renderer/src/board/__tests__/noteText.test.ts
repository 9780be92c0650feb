import { describe, expect, it } from 'vitest'
import { layoutText, NOTE_BAND, NOTE_FONT, NOTE_PADDING, type Measure } from '../noteText'

// A proportional font's average: each character 0.56 em wide. The real board measures with a canvas.
const measure: Measure = (text, size) => text.length * size * 0.56
// The text area of a default note (180 × 120).
const WIDTH = 180 - 2 * NOTE_PADDING
const HEIGHT = 120 - 2 * NOTE_PADDING - NOTE_BAND
const layout = (text: string, width = WIDTH, height = HEIGHT) => layoutText(text, width, height, measure)
const words = (text: string) => text.split(/\s+/).filter(Boolean)

describe('note text layout', () => {
  it('shrinks a long Danish word until it fits whole instead of breaking it ("Fartdæmpni|ng")', () => {
    const { lines, size } = layout('Fartdæmpning')
    expect(lines).toEqual(['Fartdæmpning'])
    expect(size).toBeLessThan(NOTE_FONT.max)
    expect(measure('Fartdæmpning', size)).toBeLessThanOrEqual(WIDTH)
  })

  it('keeps "Hastighedsbegrænsning" whole with the words after it on their own line', () => {
    const { lines } = layout('Hastighedsbegrænsning på Hovedgaden')
    expect(lines).toContain('Hastighedsbegrænsning')
    expect(words(lines.join(' '))).toEqual(['Hastighedsbegrænsning', 'på', 'Hovedgaden'])
  })

  it('breaks after a hyphen that is already in the word, at a larger size than the word whole', () => {
    const hyphenated = layout('Hastigheds-begrænsning')
    expect(hyphenated.lines).toEqual(['Hastigheds-', 'begrænsning'])
    expect(hyphenated.size).toBeGreaterThan(layout('Hastighedsbegrænsning').size)
  })

  it('shows a three-word idea whole, without an ellipsis', () => {
    for (const idea of ['Shelter ved søen', 'Fælles kagedag', 'Legeplads til alle']) {
      const { lines } = layout(idea)
      expect(lines.join(' ')).toBe(idea)
      expect(lines.join('')).not.toContain('…')
    }
  })

  it('hyphenates a word only when it cannot fit whole even at the smallest size', () => {
    const word = 'Borgerinddragelsesprocesevalueringsrapporten'
    expect(measure(word, NOTE_FONT.min)).toBeGreaterThan(WIDTH)
    const { lines, size } = layout(word)
    expect(size).toBe(NOTE_FONT.min)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true)
    expect(lines.map((line) => line.replace(/-$/, '')).join('')).toBe(word)
    for (const line of lines) expect(measure(line, size)).toBeLessThanOrEqual(WIDTH)
  })

  it('cuts with an ellipsis only when the text does not fit at the smallest size', () => {
    const text = Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' ')
    const { lines, size } = layout(text)
    expect(size).toBe(NOTE_FONT.min)
    expect(lines.length * size * NOTE_FONT.lineHeight).toBeLessThanOrEqual(HEIGHT)
    expect(lines[lines.length - 1]!.endsWith('…')).toBe(true)
    for (const line of lines) expect(measure(line, size)).toBeLessThanOrEqual(WIDTH)
  })

  it('keeps the writer\'s line breaks and never breaks inside a word that fits', () => {
    const { lines } = layout('Fællesspisning\ni forsamlingshuset')
    expect(lines[0]).toBe('Fællesspisning')
    for (const line of lines) for (const word of words(line)) expect(['Fællesspisning', 'i', 'forsamlingshuset']).toContain(word)
  })
})

// The facilitator's walk-through (issue 10): zoomed out to Vis alt (about 30 %), text shrunk under 7 px on
// screen was left out, so "Idrætsforeningen" and "Forsamlingshuset" were blank notes. With a floor (the smallest
// size still readable at that zoom) the words are hyphenated at syllables, never with one or two letters alone.
describe('note text laid out with a readable floor', () => {
  const floor = 24 // 7 px on screen at about 29 % zoom
  const atFloor = (text: string) => layoutText(text, WIDTH, HEIGHT, measure, floor)

  it('never goes under the floor; a word too long at the floor is hyphenated, not dropped', () => {
    for (const text of ['Idrætsforeningen', 'Forsamlingshuset', 'Hastighedsbegrænsning ved skolen', 'Teglværksmuseet']) {
      const { size, lines } = atFloor(text)
      expect(size, text).toBeGreaterThanOrEqual(floor)
      expect(lines.length, text).toBeGreaterThan(0)
      for (const line of lines) expect(measure(line, size), `${text}: ${line}`).toBeLessThanOrEqual(WIDTH)
    }
    // Without a floor (zoomed in) the same word still shrinks to fit whole, as before.
    expect(layout('Idrætsforeningen').lines).toEqual(['Idrætsforeningen'])
  })

  it('breaks at a syllable and leaves at least three letters for the next line', () => {
    const { lines } = atFloor('Lokalhistorisk forening')
    expect(lines[0]).toMatch(/-$/)
    expect(lines[0]).not.toBe('Lokalhistoris-')
    const tail = lines[1]!.split(/[ …]/)[0]!
    expect(tail.length).toBeGreaterThanOrEqual(3)
    expect(lines[0]!.replace(/-$/, '') + tail).toBe('Lokalhistorisk')
    expect(atFloor('Teglværksmuseet').lines[0]).toMatch(/^Teglværks-?$|^Teglværk-$/)
  })
})
