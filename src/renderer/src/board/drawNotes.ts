// Notes drawn with plain canvas calls, culled to what the canvas shows: the one note drawing of the board,
// the projector, the PNG and the report. Why canvas calls rather than a Konva node per note: the set of
// notes in view changes on every frame of a pan, and nodes would need React to add them (Konva does not cull);
// a routine that walks a spatial grid draws exactly what is in view, every frame, with no React at all.
// Level of detail follows what the eye can read: below LOW_DETAIL_SCALE every note is a coloured block (one
// fillRect); above it a note is paper, category band and kind mark, and its text wherever the text is at
// least MIN_TEXT_PX tall on screen.
import type { Note } from '@shared/model/records'
import type { Box } from '../editor/boxes'
import { BOARD_FONT } from './boardStyle'
import type { BoardTheme } from './boardTheme'
import { forEachBlockInView, type BlockIndex } from './noteBlocks'
import { NOTE_BAND, NOTE_FONT, NOTE_PADDING, noteTextLayout } from './noteText'

type Ctx = CanvasRenderingContext2D

/** Note text is drawn wherever it is at least this tall on screen (CSS pixels). */
export const MIN_TEXT_PX = 7
/** Below this zoom no note's text can reach MIN_TEXT_PX (the largest size is NOTE_FONT.max): blocks only. */
export const LOW_DETAIL_SCALE = MIN_TEXT_PX / NOTE_FONT.max
const ROLE_SIZE = 12

export interface NoteLook {
  theme: BoardTheme
  categoryColour: (note: Note) => string | null
  /** The author's role as a word when roles are shown, else null. */
  roleLabel: (note: Note) => string | null
}

/** The notes of `index` that intersect `view`, in drawing order (`order`: id -> place in the document). */
export function notesInView(index: BlockIndex, order: ReadonlyMap<string, number>, view: Box): Note[] {
  const found: Note[] = []
  forEachBlockInView(index, view, (note) => found.push(note as Note))
  return found.sort((a, b) => order.get(a.id)! - order.get(b.id)!)
}

/** How many notes of `index` intersect `view`, counting no further than `cap`. */
export function countInView(index: BlockIndex, view: Box, cap: number): number {
  let count = 0
  forEachBlockInView(index, view, () => {
    count = Math.min(cap, count + 1)
  })
  return count
}

function star(ctx: Ctx, x: number, y: number, inner: number, outer: number): void {
  ctx.beginPath()
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner
    const angle = (Math.PI / 5) * i - Math.PI / 2
    ctx.lineTo(x + radius * Math.cos(angle), y + radius * Math.sin(angle))
  }
  ctx.closePath()
}

/**
 * The smallest note font (board units) that is still MIN_TEXT_PX on screen at `scale`, never under NOTE_FONT.min.
 * Laid out with this floor, a note's text is hyphenated and cut at a readable size when the view is zoomed out,
 * instead of shrunk under the minimum and left out (at Vis alt a third of the Danish compound words were blank).
 */
export function readableFloor(scale: number): number {
  return Math.max(NOTE_FONT.min, Math.ceil(MIN_TEXT_PX / scale - 1e-9))
}

/**
 * One note in full detail at its place; `scale` is CSS pixels per board unit, to decide what is readable.
 * Returns false when the note has text that could not be drawn readably (for the drawing's published count).
 */
export function drawNote(ctx: Ctx, note: Note, look: NoteLook, scale: number): boolean {
  const { theme } = look
  const { x, y, width, height } = note
  if (theme.shadow) {
    // A soft edge under the paper: two offset fills, far cheaper than a blurred shadow per note per frame.
    ctx.fillStyle = 'rgba(0,0,0,0.06)'
    ctx.beginPath()
    ctx.roundRect(x - 1, y + 1, width + 2, height + 3, 7)
    ctx.fill()
    ctx.fillStyle = 'rgba(0,0,0,0.07)'
    ctx.beginPath()
    ctx.roundRect(x, y + 2, width, height, 6)
    ctx.fill()
  }
  ctx.beginPath()
  ctx.roundRect(x, y, width, height, 6)
  ctx.fillStyle = note.color
  ctx.fill()
  if (theme.noteStrokeWidth > 0) {
    ctx.lineWidth = theme.noteStrokeWidth
    ctx.strokeStyle = theme.noteStroke
    ctx.stroke()
  }
  const band = look.categoryColour(note)
  if (band) {
    ctx.beginPath()
    ctx.roundRect(x + 24, y, width - 24, NOTE_BAND, [0, 6, 0, 0])
    ctx.fillStyle = band
    ctx.fill()
  }
  if (note.kind === 'strength' || note.kind === 'idea') {
    if (note.kind === 'strength') star(ctx, x + 12, y + NOTE_BAND / 2 + 2, 3.5, 8)
    else {
      ctx.beginPath()
      ctx.arc(x + 12, y + NOTE_BAND / 2 + 2, 6, 0, 2 * Math.PI)
    }
    ctx.fillStyle = note.kind === 'strength' ? '#b45309' : '#0369a1'
    ctx.fill()
    ctx.lineWidth = 0.8
    ctx.strokeStyle = theme.text
    ctx.stroke()
  }
  const layout = noteTextLayout(note.text, width, height, readableFloor(scale))
  const readable = layout.lines.length > 0 && layout.size * scale >= MIN_TEXT_PX
  if (readable) {
    ctx.font = `${layout.size}px ${BOARD_FONT}`
    ctx.fillStyle = theme.text
    ctx.textBaseline = 'middle'
    ctx.textAlign = 'left'
    const line = layout.size * NOTE_FONT.lineHeight
    const top = y + NOTE_PADDING + NOTE_BAND
    layout.lines.forEach((text, i) => ctx.fillText(text, x + NOTE_PADDING, top + line * (i + 0.5)))
  }
  const role = look.roleLabel(note)
  if (role && ROLE_SIZE * scale >= MIN_TEXT_PX) {
    ctx.font = `600 ${ROLE_SIZE}px ${BOARD_FONT}`
    ctx.fillStyle = theme.text
    ctx.globalAlpha = 0.75
    ctx.textAlign = 'right'
    ctx.textBaseline = 'top'
    ctx.fillText(role, x + width - NOTE_PADDING, y + height - 18, width - 2 * NOTE_PADDING)
    ctx.globalAlpha = 1
  }
  return readable || note.text.trim() === ''
}
