// The method drawn on the board with plain canvas calls (one Konva Shape each, no nodes per item): theme
// outlines and the edges of stacked notes under the notes; theme labels, stack counts and the legend's
// highlight veil over them. Themes and stacks are few, the veil is one fillRect per dimmed note in view, so
// this stays cheap at any zoom; the context is already transformed to board units.
import type { Note } from '@shared/model/records'
import { intersects, type Box } from '../editor/boxes'
import { STACK_EDGE, type ThemeOutline } from '../editor/methodBoard'
import { BOARD_FONT } from './boardStyle'
import { fitText, labelLines, labelLinesBrokenAt, LABEL_LINES } from './labelLines'

export { fitText }

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

/** Labels (themes, zones, project cards) are never drawn smaller than this on screen (CSS pixels), as a map
 * draws place names: zoomed out, the label grows in board units while the things under it shrink. */
export const MIN_LABEL_PX = 13
/** A label may run this wide on screen even when what it names has become narrower. */
const LABEL_ROOM_PX = 220

/** Board-unit font size that is `board` at readable zoom and never under `minScreen` pixels on screen. */
export const readable = (board: number, minScreen: number, scale: number) => Math.max(board, minScreen / scale)

/** The board-unit width a label may take: its item's width, or LABEL_ROOM_PX on screen when that is wider. */
const labelRoom = (itemWidth: number, scale: number) => Math.max(itemWidth, LABEL_ROOM_PX / scale)

/**
 * How wide each label in a row may be: its own room, but never into the next label to its right that shares
 * its line (labels of neighbouring themes or cards, zoomed out, would otherwise cover each other).
 */
export function roomBeforeNeighbours(
  labels: readonly { x: number; y: number; height: number; room: number }[],
  gap: number,
): number[] {
  return labels.map((label) => {
    let room = label.room
    for (const other of labels) {
      if (other === label || other.x <= label.x) continue
      const sameLine = other.y < label.y + label.height && label.y < other.y + other.height
      if (sameLine) room = Math.min(room, other.x - label.x - gap)
    }
    return Math.max(0, room)
  })
}

/**
 * Each theme's name (and dots, once revealed) in a pill in its colour above the outline's top-left corner,
 * on up to two lines, the dots on the second when it needs two (the pill grows upwards into the room the
 * layout keeps above a block). Returns the themes whose label still had to be cut.
 */
export function drawThemeLabels(
  ctx: Ctx,
  outlines: readonly ThemeOutline[],
  labelOf: (themeId: string) => string,
  colourOf: (themeId: string) => string,
  scale: number,
  view: Box,
): string[] {
  ctx.save()
  const size = readable(20, MIN_LABEL_PX, scale)
  ctx.font = `600 ${size}px ${BOARD_FONT}, sans-serif`
  ctx.textBaseline = 'middle'
  const pad = size * 0.5
  const line = size * 1.2
  const tallest = size * 1.5 + (LABEL_LINES - 1) * line
  const rooms = roomBeforeNeighbours(
    outlines.map(({ label }) => ({
      x: label.x,
      y: label.y + label.height - tallest,
      height: tallest,
      room: labelRoom(label.width, scale),
    })),
    pad / 2,
  )
  const truncated: string[] = []
  outlines.forEach((outline, i) => {
    if (!intersects(outline.label, view) && !intersects(outline.box, view)) return
    const colour = colourOf(outline.themeId)
    const { lines, truncated: cut } = labelLinesBrokenAt(ctx, labelOf(outline.themeId), rooms[i]! - 2 * pad)
    if (cut) truncated.push(outline.themeId)
    const width = Math.max(...lines.map((text) => ctx.measureText(text).width)) + 2 * pad
    const height = size * 1.5 + (lines.length - 1) * line
    const pill = { x: outline.label.x, y: outline.label.y + outline.label.height - height, width, height }
    roundedRect(ctx, pill, Math.min(height, size * 1.5) / 2)
    ctx.fillStyle = colour
    ctx.fill()
    ctx.fillStyle = inkOn(colour)
    lines.forEach((text, k) => ctx.fillText(text, pill.x + pad, pill.y + size * 0.75 + k * line + size * 0.05))
  })
  ctx.restore()
  return truncated
}

/** Zone titles above their zones, at least MIN_LABEL_PX tall on screen. */
export function drawZoneTitles(
  ctx: Ctx,
  zones: readonly { box: Box; title: string }[],
  boardSize: number,
  gap: number,
  ink: string,
  scale: number,
  view: Box,
): void {
  ctx.save()
  const size = readable(boardSize, MIN_LABEL_PX, scale)
  ctx.font = `600 ${size}px ${BOARD_FONT}, sans-serif`
  ctx.textBaseline = 'alphabetic'
  ctx.fillStyle = ink
  const rooms = roomBeforeNeighbours(
    zones.map(({ box }) => ({
      x: box.x + 8,
      y: box.y - size - gap,
      height: size,
      room: labelRoom(box.width - 16, scale),
    })),
    size / 2,
  )
  zones.forEach(({ box, title }, i) => {
    if (title === '') return
    const label = { x: box.x, y: box.y - size - gap, width: rooms[i]!, height: size + gap }
    if (!intersects(label, view) && !intersects(box, view)) return
    ctx.fillText(fitText(ctx, title, label.width), box.x + 8, box.y - gap - size * 0.2)
  })
  ctx.restore()
}

/**
 * How far (board units) the title pill of drawProjectTitles may reach down into a card at this zoom, at its
 * tallest (two lines); 0 while the card's own title is readable and no pill is drawn. The card leaves out what
 * this would cover (projectCardText.ts), so nothing peeks out under the pill.
 */
export function projectTitlePillHeight(cardTitleSize: number, scale: number): number {
  if (cardTitleSize * scale >= MIN_LABEL_PX) return 0
  const size = MIN_LABEL_PX / scale
  return size * 1.5 + (LABEL_LINES - 1) * size * 1.2
}

/**
 * Project titles, once the card's own title (`cardSize` board units) would be under MIN_LABEL_PX on screen: a
 * white pill with the title on up to two lines over the card's top, in the card's accent colour, so the
 * projects zone still says what it holds when zoomed out. Returns the titles that still had to be cut.
 */
export function drawProjectTitles(
  ctx: Ctx,
  cards: readonly { box: Box; title: string; accent: string }[],
  cardSize: number,
  ink: string,
  scale: number,
  view: Box,
): string[] {
  if (projectTitlePillHeight(cardSize, scale) === 0) return []
  ctx.save()
  const size = MIN_LABEL_PX / scale
  ctx.font = `700 ${size}px ${BOARD_FONT}, sans-serif`
  ctx.textBaseline = 'middle'
  const pad = size * 0.5
  const line = size * 1.2
  const tallest = size * 1.5 + (LABEL_LINES - 1) * line
  const rooms = roomBeforeNeighbours(
    cards.map(({ box }) => ({ x: box.x, y: box.y, height: tallest, room: labelRoom(box.width, scale) })),
    pad / 2,
  )
  const truncated: string[] = []
  cards.forEach(({ box, title, accent }, i) => {
    if (!intersects(box, view)) return
    const { lines, truncated: cut } = labelLines(ctx, title, rooms[i]! - 2 * pad)
    if (cut) truncated.push(title)
    const width = Math.max(...lines.map((text) => ctx.measureText(text).width)) + 2 * pad
    const pill = { x: box.x, y: box.y, width, height: size * 1.5 + (lines.length - 1) * line }
    roundedRect(ctx, pill, size * 0.375)
    ctx.fillStyle = '#ffffff'
    ctx.fill()
    ctx.lineWidth = Math.max(2, 2 / scale)
    ctx.strokeStyle = accent
    ctx.stroke()
    ctx.fillStyle = ink
    lines.forEach((text, k) => ctx.fillText(text, pill.x + pad, pill.y + size * 0.75 + k * line + size * 0.05))
  })
  ctx.restore()
  return truncated
}

/** "×3" in a dark circle on the top-right corner of each stack's top note. */
export function drawStackBadges(ctx: Ctx, tops: readonly { note: Note; text: string }[], scale: number): void {
  ctx.save()
  const size = Math.min(18 * 3, readable(18, 11, scale))
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
