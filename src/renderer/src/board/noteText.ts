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

/** Splits an overlong piece into line-wide chunks ending in a hyphen: the last resort. */
function hyphenate(text: string, width: number, size: number, measure: Measure): string[] {
  const chunks: string[] = []
  let rest = text
  while (rest !== '' && measure(rest, size) > width) {
    let cut = rest.length - 1
    while (cut > 1 && measure(`${rest.slice(0, cut)}-`, size) > width) cut--
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

/** Lays out `text` in a box of `width` × `height` (the text area, padding already taken off). */
export function layoutText(text: string, width: number, height: number, measure: Measure): NoteTextLayout {
  const linesThatFit = (size: number) => Math.floor(height / (size * NOTE_FONT.lineHeight) + 1e-9)
  if (text.trim() === '') return { size: NOTE_FONT.max, lines: [] }
  for (let size: number = NOTE_FONT.max; size >= NOTE_FONT.min; size--) {
    const lines = wrap(text, width, size, measure, false)
    if (lines && lines.length <= linesThatFit(size)) return { size, lines }
  }
  const size = NOTE_FONT.min
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

/** The layout of a note's text in a note of this size, measured in the board font. */
export function noteTextLayout(text: string, noteWidth: number, noteHeight: number): NoteTextLayout {
  const key = `${noteWidth}x${noteHeight}:${text}`
  const cached = cache.get(key)
  if (cached) return cached
  const measure = canvasMeasure()
  const width = noteWidth - 2 * NOTE_PADDING
  const height = noteHeight - 2 * NOTE_PADDING - NOTE_BAND
  const layout = measure ? layoutText(text, width, height, measure) : { size: NOTE_FONT.min, lines: [text] }
  if (cache.size > 20000) cache.clear()
  cache.set(key, layout)
  return layout
}

/** The font size a note's text is drawn at (the text field that edits it uses the same). */
export function fitFontSize(text: string, width: number, height: number): number {
  return noteTextLayout(text, width, height).size
}
