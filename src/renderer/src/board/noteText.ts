// A note's text laid out in lines, as it is drawn on every surface (board, projector, PNG, report). Lines
// break at spaces and after hyphens only; the font shrinks (from a projector-friendly maximum down to a
// floor) until the words fit whole. Only when even the floor cannot hold a word on one line is that word
// hyphenated, and only when the floor cannot hold all the lines is the last one cut with an ellipsis.
// Why our own layout rather than Konva's wrap="word": Konva breaks an overlong word at any character with
// no hyphen ("Fartdæmpni|ng") and its ellipsis disagreed with the size we chose, cutting text that fitted.
// Layouts are measured with a canvas once per (text, size of note) and cached: notes are drawn far more
// often than edited.
import { BOARD_FONT } from './boardStyle'

export const NOTE_PADDING = 12
export const NOTE_FONT = { max: 28, min: 11, lineHeight: 1.2 } as const
/** Space at the top of a note for its category band and kind mark. */
export const NOTE_BAND = 14

/** Width of `text` at font size `size`, in the same units as the note. */
export type Measure = (text: string, size: number) => number

export interface NoteTextLayout {
  size: number
  lines: string[]
}

const ELLIPSIS = '…'

/** A paragraph's pieces: words, each "Hastigheds-" style hyphenated part its own piece (joined without a space). */
interface Piece {
  text: string
  /** True when a space comes before it on the same line. */
  spaced: boolean
}

function piecesOf(paragraph: string): Piece[] {
  const pieces: Piece[] = []
  for (const word of paragraph.split(/ +/)) {
    if (word === '') continue
    // Break opportunities after a hyphen that has letters on both sides ("Hastigheds-begrænsning").
    const parts = word.split(/(?<=[^\s-]-)(?=[^\s-])/)
    parts.forEach((part, index) => pieces.push({ text: part, spaced: index === 0 && pieces.length > 0 }))
  }
  return pieces
}

const VOWEL = /[aeiouyæøåéèáàäöü]/i
const LETTER = /\p{L}/u
/** How far back from the widest cut a better-sounding place is looked for, and the fewest letters left over. */
const SYLLABLE_REACH = 4
const MIN_TAIL = 3

/**
 * A place to break a word that reads as Danish syllables do: between two consonants ("Teglværks-museet",
 * "Hastigheds-begrænsning") or before a consonant that starts a syllable ("Idrætsfore-ningen").
 */
function soundsRight(word: string, cut: number): boolean {
  const before = word[cut - 1] ?? ''
  const after = word[cut] ?? ''
  const next = word[cut + 1] ?? ''
  if (!LETTER.test(before) || !LETTER.test(after)) return false
  const consonant = (c: string) => LETTER.test(c) && !VOWEL.test(c)
  if (consonant(before) && consonant(after)) return true
  return VOWEL.test(before) && consonant(after) && VOWEL.test(next)
}

/**
 * Splits an overlong piece into line-wide chunks ending in a hyphen: the last resort. Each cut is the widest
 * that fits, moved back a few letters to a syllable break when one is near, and never leaves fewer than
 * MIN_TAIL letters for the next line ("Lokalhistoris-k" read as a mistake on the projector).
 */
function hyphenate(text: string, width: number, size: number, measure: Measure): string[] {
  const chunks: string[] = []
  let rest = text
  while (rest !== '' && measure(rest, size) > width) {
    let cut = rest.length - 1
    while (cut > 1 && measure(`${rest.slice(0, cut)}-`, size) > width) cut--
    if (rest.length - cut < MIN_TAIL && cut > MIN_TAIL) cut = Math.max(2, rest.length - MIN_TAIL)
    for (let back = cut; back >= Math.max(2, cut - SYLLABLE_REACH); back--) {
      if (soundsRight(rest, back)) {
        cut = back
        break
      }
    }
    chunks.push(`${rest.slice(0, cut)}-`)
    rest = rest.slice(cut)
  }
  if (rest !== '') chunks.push(rest)
  return chunks
}

/** Greedy wrap at break opportunities. Null when a piece is wider than a line and `allowHyphens` is off. */
function wrap(text: string, width: number, size: number, measure: Measure, allowHyphens: boolean): string[] | null {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const piece of piecesOf(paragraph)) {
      const joined = line === '' ? piece.text : `${line}${piece.spaced ? ' ' : ''}${piece.text}`
      if (measure(joined, size) <= width) {
        line = joined
        continue
      }
      if (line !== '') lines.push(line)
      if (measure(piece.text, size) <= width) {
        line = piece.text
        continue
      }
      if (!allowHyphens) return null
      const chunks = hyphenate(piece.text, width, size, measure)
      lines.push(...chunks.slice(0, -1))
      line = chunks[chunks.length - 1] ?? ''
    }
    lines.push(line)
  }
  return lines
}

/** Cuts `lines` to `count`, ending the last kept line with an ellipsis that fits the width. */
function truncate(lines: string[], count: number, width: number, size: number, measure: Measure): string[] {
  const kept = lines.slice(0, Math.max(1, count))
  let last = kept[kept.length - 1]!
  while (last !== '' && measure(`${last}${ELLIPSIS}`, size) > width) last = last.slice(0, -1)
  kept[kept.length - 1] = `${last.trimEnd()}${ELLIPSIS}`
  return kept
}

/**
 * Lays out `text` in a box of `width` × `height` (the text area, padding already taken off). `floor` is the
 * smallest size allowed (NOTE_FONT.min unless the view is zoomed out so far that a smaller size would be under
 * the readable minimum on screen): at the floor, long words are hyphenated and the last line cut, rather
 * than the text shrunk below what can be read and then left out.
 */
export function layoutText(
  text: string,
  width: number,
  height: number,
  measure: Measure,
  floor: number = NOTE_FONT.min,
): NoteTextLayout {
  const linesThatFit = (size: number) => Math.floor(height / (size * NOTE_FONT.lineHeight) + 1e-9)
  if (text.trim() === '') return { size: NOTE_FONT.max, lines: [] }
  const smallest = Math.min(NOTE_FONT.max, Math.max(NOTE_FONT.min, floor))
  for (let size: number = NOTE_FONT.max; size >= smallest; size--) {
    const lines = wrap(text, width, size, measure, false)
    if (lines && lines.length <= linesThatFit(size)) return { size, lines }
  }
  const size = smallest
  const lines = wrap(text, width, size, measure, true)!
  const room = linesThatFit(size)
  return { size, lines: lines.length <= room ? lines : truncate(lines, room, width, size, measure) }
}

let context: CanvasRenderingContext2D | null = null
const cache = new Map<string, NoteTextLayout>()

function canvasMeasure(): Measure | null {
  if (!context && typeof document !== 'undefined') context = document.createElement('canvas').getContext('2d')
  const ctx = context
  if (!ctx) return null
  let font = ''
  return (text, size) => {
    const wanted = `${size}px ${BOARD_FONT}`
    if (font !== wanted) ctx.font = font = wanted
    return ctx.measureText(text).width
  }
}

/** Forgets every layout: the bundled font has loaded, so widths measured with the fallback are wrong. */
export function clearNoteTextLayouts(): void {
  cache.clear()
}

/** The layout of a note's text in a note of this size, measured in the board font (`floor`: see layoutText). */
export function noteTextLayout(
  text: string,
  noteWidth: number,
  noteHeight: number,
  floor: number = NOTE_FONT.min,
): NoteTextLayout {
  const key = `${noteWidth}x${noteHeight}@${floor}:${text}`
  const cached = cache.get(key)
  if (cached) return cached
  const measure = canvasMeasure()
  const width = noteWidth - 2 * NOTE_PADDING
  const height = noteHeight - 2 * NOTE_PADDING - NOTE_BAND
  const layout = measure ? layoutText(text, width, height, measure, floor) : { size: NOTE_FONT.min, lines: [text] }
  if (cache.size > 20000) cache.clear()
  cache.set(key, layout)
  return layout
}

/** The font size a note's text is drawn at (the text field that edits it uses the same). */
export function fitFontSize(text: string, width: number, height: number): number {
  return noteTextLayout(text, width, height).size
}
