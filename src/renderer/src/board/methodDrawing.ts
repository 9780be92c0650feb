// The method drawn on the board with plain canvas calls (one Konva Shape each, no nodes per item): theme
// outlines and the edges of stacked notes under the notes; theme labels, stack counts and the legend's
// highlight veil over them. Themes and stacks are few, the veil is one fillRect per dimmed note in view, so
// this stays cheap at any zoom; the context is already transformed to board units.
import type { Note } from '@shared/model/records'
import { intersects, type Box } from '../editor/boxes'
import { STACK_EDGE, type ThemeOutline } from '../editor/methodBoard'
import { BOARD_FONT } from './boardStyle'

type Ctx = CanvasRenderingContext2D

/** Dark ink on light colours, white on dark ones, so labels read on every theme colour. */
export function inkOn(colour: string): string {
  const n = parseInt(colour.slice(1), 16)
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255]
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#1d2630' : '#ffffff'
}

function roundedRect(ctx: Ctx, box: Box, radius: number): void {
  const r = Math.min(radius, box.width / 2, box.height / 2)
  ctx.beginPath()
  ctx.roundRect(box.x, box.y, box.width, box.height, r)
}

/** Theme outlines: a soft fill and a solid edge in the theme's colour, at least 2 screen pixels wide. */
export function drawThemeOutlines(
  ctx: Ctx,
  outlines: readonly ThemeOutline[],
  colourOf: (themeId: string) => string,
  scale: number,
  view: Box,
): void {
  ctx.save()
  ctx.lineWidth = Math.max(4, 2 / scale)
  for (const outline of outlines) {
    if (!intersects(outline.box, view) && !intersects(outline.label, view)) continue
    const colour = colourOf(outline.themeId)
    roundedRect(ctx, outline.box, 18)
    ctx.globalAlpha = 0.12
    ctx.fillStyle = colour
    ctx.fill()
    ctx.globalAlpha = 1
    ctx.strokeStyle = colour
    ctx.stroke()
  }
  ctx.restore()
}

/** The edges of the notes under a stack, peeking out at the bottom right of the top note. */
export function drawStackEdges(ctx: Ctx, tops: readonly { note: Note; count: number }[], edge: string): void {
  ctx.save()
  ctx.lineWidth = 1.5
  ctx.strokeStyle = edge
  for (const { note, count } of tops) {
    for (let k = Math.min(2, count - 1); k >= 1; k--) {
      const box = { x: note.x + k * STACK_EDGE, y: note.y + k * STACK_EDGE, width: note.width, height: note.height }
      roundedRect(ctx, box, 6)
      ctx.fillStyle = note.color
      ctx.fill()
      ctx.stroke()
    }
  }
  ctx.restore()
}

/** Board-unit font size that is `board` at readable zoom and never under `minScreen` pixels on screen. */
const readable = (board: number, minScreen: number, scale: number) =>
  Math.min(board * 3, Math.max(board, minScreen / scale))

/** Each theme's name (and dots, once revealed) in a pill in its colour above the outline's top-left corner. */
export function drawThemeLabels(
  ctx: Ctx,
  outlines: readonly ThemeOutline[],
  labelOf: (themeId: string) => string,
  colourOf: (themeId: string) => string,
  scale: number,
  view: Box,
): void {
  ctx.save()
  const size = readable(20, 12, scale)
  ctx.font = `600 ${size}px ${BOARD_FONT}, sans-serif`
  ctx.textBaseline = 'middle'
  for (const outline of outlines) {
    if (!intersects(outline.label, view) && !intersects(outline.box, view)) continue
    const text = labelOf(outline.themeId)
    const colour = colourOf(outline.themeId)
    const pad = size * 0.5
    const height = size * 1.5
    const width = Math.min(ctx.measureText(text).width + 2 * pad, Math.max(outline.label.width, 4 * size))
    const pill = { x: outline.label.x, y: outline.label.y + outline.label.height - height, width, height }
    roundedRect(ctx, pill, height / 2)
    ctx.fillStyle = colour
    ctx.fill()
    ctx.save()
    ctx.clip()
    ctx.fillStyle = inkOn(colour)
    ctx.fillText(text, pill.x + pad, pill.y + height / 2 + size * 0.05)
    ctx.restore()
  }
  ctx.restore()
}

/** "×3" in a dark circle on the top-right corner of each stack's top note. */
export function drawStackBadges(ctx: Ctx, tops: readonly { note: Note; text: string }[], scale: number): void {
  ctx.save()
  const size = readable(18, 11, scale)
  ctx.font = `700 ${size}px ${BOARD_FONT}, sans-serif`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  for (const { note, text } of tops) {
    const width = Math.max(size * 1.9, ctx.measureText(text).width + size)
    const height = size * 1.6
    const box = { x: note.x + note.width - width * 0.75, y: note.y - height * 0.35, width, height }
    roundedRect(ctx, box, height / 2)
    ctx.fillStyle = '#1d2630'
    ctx.fill()
    ctx.lineWidth = Math.max(2, 1 / scale)
    ctx.strokeStyle = '#ffffff'
    ctx.stroke()
    ctx.fillStyle = '#ffffff'
    ctx.fillText(text, box.x + width / 2, box.y + height / 2 + size * 0.05)
  }
  ctx.restore()
}

/** Dims every note in view that is not in the highlighted category, with a veil of the board's colour. */
export function drawHighlightVeil(
  ctx: Ctx,
  notes: readonly Note[],
  categoryId: string,
  view: Box,
  background: string,
): number {
  ctx.save()
  ctx.globalAlpha = 0.78
  ctx.fillStyle = background
  let dimmed = 0
  for (const note of notes) {
    if (note.categoryId === categoryId) continue
    if (!intersects(note, view)) continue
    ctx.fillRect(note.x - 2, note.y - 2, note.width + 4, note.height + 4)
    dimmed++
  }
  ctx.restore()
  return dimmed
}
