// Shrink-to-fit for note text: the largest font size (from a projector-friendly maximum down to a floor)
// at which the text, wrapped at word boundaries (long words broken by character, as Konva does), fits
// the note. Measured with a canvas and cached, because notes are re-rendered far more often than edited.
import { BOARD_FONT } from './boardStyle'

export const NOTE_PADDING = 12
export const NOTE_FONT = { max: 28, min: 11, lineHeight: 1.2 } as const
/** Space at the top of a note for its category band and kind mark. */
export const NOTE_BAND = 14

let context: CanvasRenderingContext2D | null = null
const cache = new Map<string, number>()

function measure(): CanvasRenderingContext2D | null {
  if (!context && typeof document !== 'undefined') context = document.createElement('canvas').getContext('2d')
  return context
}

/** How many lines `text` takes at this size and width; words longer than a line are broken. */
export function lineCount(
  text: string,
  width: number,
  size: number,
  ctx: Pick<CanvasRenderingContext2D, 'measureText' | 'font'>,
): number {
  ctx.font = `${size}px ${BOARD_FONT}`
  const space = ctx.measureText(' ').width
  let lines = 0
  for (const paragraph of text.split('\n')) {
    lines += 1
    let used = 0
    for (const word of paragraph.split(/ +/)) {
      let w = ctx.measureText(word).width
      if (used > 0 && used + space + w <= width) {
        used += space + w
        continue
      }
      if (used > 0) lines += 1
      // A word wider than the note wraps by character over as many lines as it needs.
      while (w > width) {
        lines += 1
        w -= width
      }
      used = w
    }
  }
  return lines
}

export function fitFontSize(text: string, width: number, height: number): number {
  const key = `${width}x${height}:${text}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const ctx = measure()
  let size: number = NOTE_FONT.max
  const innerWidth = width - 2 * NOTE_PADDING
  const innerHeight = height - 2 * NOTE_PADDING - NOTE_BAND
  if (ctx && text !== '') {
    while (size > NOTE_FONT.min && lineCount(text, innerWidth, size, ctx) * size * NOTE_FONT.lineHeight > innerHeight) {
      size -= 1
    }
  }
  if (cache.size > 5000) cache.clear()
  cache.set(key, size)
  return size
}
