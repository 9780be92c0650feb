// What a project card says (title, owner, status, how complete), drawn with canvas calls at the zoom it is
// seen at. A line is drawn only where it is at least MIN_TEXT_PX tall on screen (the notes' rule) and not
// where the title pill of zoomed-out cards (methodDrawing.drawProjectTitles) lies over the card: at "show
// everything" the card was a pill with the owner line and the status tag peeking out under it, too small to
// read and looking like a mistake. Now it is the pill over a clean card with its progress bar, at every zoom,
// on the laptop, the projector, the PNG and the report alike (one drawing).
import { PROJECT_CARD } from '../editor/methodBoard'
import { BOARD_FONT } from './boardStyle'
import { MIN_TEXT_PX } from './drawNotes'
import { fitText, labelLines } from './labelLines'
import { projectTitlePillHeight } from './methodDrawing'

type Ctx = CanvasRenderingContext2D

/** The card's layout in board units (shapes.tsx draws the frame, strip and bar from the same numbers). */
export const CARD_LAYOUT = {
  pad: 18,
  strip: 12,
  title: { size: 26, top: 18, lineHeight: 1.15 },
  owner: { size: 19, top: 94 },
  status: { size: 18, top: 136, padding: 7 },
  complete: { size: 22, width: 80 },
  bar: 14,
} as const

/** Which of the card's texts are drawn at this zoom (CSS pixels per board unit). */
export function cardTextsShown(scale: number): { title: boolean; owner: boolean; status: boolean; complete: boolean } {
  const under = projectTitlePillHeight(CARD_LAYOUT.title.size, scale)
  const readable = (size: number) => size * scale >= MIN_TEXT_PX
  const clear = (top: number) => under === 0 || under <= top
  const { owner, status, complete } = CARD_LAYOUT
  return {
    title: under === 0, // under the pill the pill says it, larger
    owner: readable(owner.size) && clear(owner.top),
    status: readable(status.size) && clear(status.top),
    complete: readable(complete.size),
  }
}

export interface CardWords {
  title: string
  owner: string
  status: string
  complete: string
}

/** Draws the card's words into a context already placed at the card's top-left corner, in board units. */
export function drawProjectCardText(
  ctx: Ctx,
  words: CardWords,
  colours: { ink: string; status: string },
  scale: number,
): void {
  const shown = cardTextsShown(scale)
  const { pad, strip, title, owner, status, complete, bar } = CARD_LAYOUT
  const left = strip + pad
  const width = PROJECT_CARD.width - strip - 2 * pad
  ctx.save()
  // Lines are placed by their middle, as Konva's Text places them.
  ctx.textBaseline = 'middle'
  ctx.fillStyle = colours.ink
  if (shown.title) {
    ctx.font = `700 ${title.size}px ${BOARD_FONT}`
    const line = title.size * title.lineHeight
    labelLines(ctx, words.title, width).lines.forEach((text, k) =>
      ctx.fillText(text, left, title.top + (k + 0.5) * line),
    )
  }
  if (shown.owner) {
    ctx.font = `${owner.size}px ${BOARD_FONT}`
    ctx.fillText(fitText(ctx, words.owner, width), left, owner.top + owner.size / 2)
  }
  if (shown.status) {
    ctx.font = `600 ${status.size}px ${BOARD_FONT}`
    const tag = {
      width: ctx.measureText(words.status).width + 2 * status.padding,
      height: status.size + 2 * status.padding,
    }
    ctx.beginPath()
    ctx.roundRect(left, status.top, tag.width, tag.height, 12)
    ctx.fillStyle = colours.status
    ctx.fill()
    ctx.fillStyle = '#ffffff'
    ctx.fillText(words.status, left + status.padding, status.top + tag.height / 2)
  }
  if (shown.complete) {
    ctx.font = `700 ${complete.size}px ${BOARD_FONT}`
    ctx.textAlign = 'right'
    ctx.fillStyle = colours.ink
    ctx.fillText(words.complete, PROJECT_CARD.width - pad, PROJECT_CARD.height - pad - bar - 6 + complete.size / 2)
  }
  ctx.restore()
}
