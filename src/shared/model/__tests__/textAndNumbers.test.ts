// Text and numbers at the edges, at the command boundary: what people type is kept (any script, emoji,
// combining marks, zero-width joiners, right-to-left text, 10,000 characters); control characters are
// removed; numbers that are not finite or far outside the board are refused.
import { describe, expect, it } from 'vitest'
import { runCommand } from '../../commands'
import type { WorkshopDoc } from '../document'
import { applyPatch } from '../patch'
import { cleanText, Note, Text } from '../records'
import { newWorkshop } from '../../commands/__tests__/workshopFixture'

const ctx = { now: '2026-03-01T18:00:00.000Z' }

function doc(): WorkshopDoc {
  return newWorkshop({ title: 'T', language: 'da' }, ctx)
}

function addNote(text: unknown, extra: Record<string, unknown> = {}) {
  return runCommand(doc(), { name: 'addNotes', args: { notes: [{ id: 'n', text, x: 0, y: 0, ...extra }] } }, ctx)
}

const KEPT = {
  danish: 'Æbleplantage ved præstegården, ø og å',
  emoji: '🌳🚲 👩‍👩‍👧‍👦 🇩🇰 👍🏽',
  arabic: 'مكتبة الحي مفتوحة للجميع',
  hebrew: 'שכונה ירוקה',
  mixedDirection: 'Biblioteket \u2067مكتبة\u2069 er åbent \u200f!',
  combining: 'e\u0301 a\u0308 n\u0303 \u0928\u093f Z\u0351\u0352\u0353',
  zeroWidth: 'zero\u200bwidth\u200cnon-joiner\u200djoiner\u2060word\ufeff',
  cjk: '漢字とかな 한국어',
  newlinesAndTabs: 'one\ntwo\n\tindented',
  maximum: 'ø'.repeat(10_000),
}

describe('text at the edges', () => {
  it.each(Object.entries(KEPT))('keeps %s exactly as typed', (_name, text) => {
    expect(addNote(text).note?.added[0]?.text).toBe(text)
  })

  it('refuses a note over 10,000 characters (zod counts code points: an emoji is one)', () => {
    expect(() => addNote('x'.repeat(10_001))).toThrow(expect.objectContaining({ code: 'invalid-input' }))
    expect(() => addNote('🌳'.repeat(10_001))).toThrow(expect.objectContaining({ code: 'invalid-input' }))
    expect(addNote('🌳'.repeat(10_000)).note?.added[0]?.text).toHaveLength(20_000)
  })

  it.each([
    ['NUL', 'a\u0000b', 'ab'],
    ['bell and backspace', 'a\u0007\u0008b', 'ab'],
    ['an ANSI escape sequence', 'red \u001b[31mALERT\u001b[0m', 'red [31mALERT[0m'],
    ['DEL', 'a\u007fb', 'ab'],
    ['a C1 control (CSI)', 'a\u009b31mb', 'a31mb'],
    ['vertical tab and form feed', 'a\u000b\u000cb', 'ab'],
    ['Windows line endings', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['a lone surrogate', 'a\ud800b\udc00', 'a\ufffdb\ufffd'],
  ])('cleans %s', (_name, typed, stored) => {
    expect(addNote(typed).note?.added[0]?.text).toBe(stored)
  })

  it('cleans every text field the same way, trimmed ones too', () => {
    const patch = runCommand(doc(), { name: 'createTheme', args: { id: 't', name: '  Trafik\u001b[2J  ' } }, ctx)
    expect(patch.theme?.added[0]?.name).toBe('Trafik[2J')
    expect(Text(5).safeParse('a\u0000\u0000\u0000\u0000\u0000').success).toBe(false) // length counts as typed
  })

  it('is idempotent, so records read back from a file stay as they are', () => {
    for (const text of [...Object.values(KEPT), 'a\u0000\r\n\ud800'])
      expect(cleanText(cleanText(text))).toBe(cleanText(text))
  })
})

describe('numbers at the edges', () => {
  it.each([
    ['NaN', { x: Number.NaN }],
    ['Infinity', { x: Number.POSITIVE_INFINITY }],
    ['-Infinity', { y: Number.NEGATIVE_INFINITY }],
    ['a coordinate past the board', { x: 1_000_001 }],
    ['an absurd coordinate', { y: -1e300 }],
    ['a zero width', { width: 0 }],
    ['a negative height', { height: -5 }],
    ['an absurd size', { width: 1e9 }],
    ['a NaN size', { height: Number.NaN }],
    ['a coordinate given as text', { x: '12' }],
  ])('refuses %s with invalid-input', (_name, extra) => {
    expect(() => addNote('n', extra)).toThrow(expect.objectContaining({ code: 'invalid-input' }))
  })

  it('accepts the board’s own limits and fractions', () => {
    const note = addNote('n', { x: -1_000_000, y: 1_000_000, width: 1, height: 100_000 }).note?.added[0]
    expect(note).toMatchObject({ x: -1_000_000, y: 1_000_000, width: 1, height: 100_000 })
    expect(addNote('n', { x: 0.1 + 0.2 }).note?.added[0]?.x).toBe(0.1 + 0.2)
  })

  it('refuses moves and votes with numbers out of range', () => {
    const board = applyPatch(doc(), addNote('n'))
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, 5e6]) {
      expect(() => runCommand(board, { name: 'moveItems', args: { items: [{ id: 'n', x, y: 0 }] } }, ctx)).toThrow(
        expect.objectContaining({ code: 'invalid-input' }),
      )
    }
    expect(Note.shape.x.safeParse(Number.MAX_VALUE).success).toBe(false)
  })
})
