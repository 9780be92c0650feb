// Actor names when the map is zoomed out (issue 15). At "Show everything" on a 1280x720 screen an actor card
// is ~50 px wide and its own name ~5 px tall: the room could not read who is who. Like zone titles and project
// titles (methodDrawing.ts), the name is then drawn at least MIN_LABEL_PX tall on screen, in a white pill
// edged in the type's colour, on up to three lines. Cards stand side by side closer than a readable name is
// wide, so neighbours take turns: every other card in a row puts its pill one pill lower, and each pill may
// run to the next pill on its own line (roomBeforeNeighbours), so no two names cover each other.
import type { Actor } from '@shared/model/records'
import { intersects, type Box } from '../editor/boxes'
import { labelLines } from './labelLines'
import { MIN_LABEL_PX, roomBeforeNeighbours } from './methodDrawing'

type Measurer = Pick<CanvasRenderingContext2D, 'measureText'>

/** A readable name pill may run this wide on screen (as zone titles may). */
const NAME_ROOM_PX = 220
/** Lines a name may take: one more than a theme label, as cards stand closer than themes do. */
const NAME_LINES = 3
/** A pill's height with all its lines, in font sizes. */
const PILL_HEIGHT = 1.5 + (NAME_LINES - 1) * 1.2

export interface ActorNameLabel {
  actor: Actor
  /** The pill, in board units. */
  box: Box
  lines: string[]
  /** True when three lines could not hold the name whole (it ends in an ellipsis). */
  truncated: boolean
}

/** Whether a card's own name (`namePx` board units) is too small at `scale`, so a pill names it instead. */
export const namesNeedPills = (namePx: number, scale: number) => namePx * scale < MIN_LABEL_PX

/** The board-unit font size of the name pills at `scale`. */
export const pillFontSize = (scale: number) => MIN_LABEL_PX / scale

/** How far a name pill reaches right of and below its card's top-left corner at `scale`, in board units. */
export const pillReach = (scale: number) => Math.max(NAME_ROOM_PX / scale, 2.2 * PILL_HEIGHT * pillFontSize(scale))

/**
 * Where each actor's name pill goes at `scale` and what it says, for the actors in `view` (its neighbours are
 * looked at too, so a pill at the view's edge is as wide as it would be in the middle). `measure` must have
 * the pills' font set (700, pillFontSize(scale)).
 */
export function actorNameLabels(measure: Measurer, actors: readonly Actor[], scale: number, view: Box): ActorNameLabel[] {
  const size = pillFontSize(scale)
  const pad = size * 0.5
  const line = size * 1.2
  const tallest = size * PILL_HEIGHT
  const room = NAME_ROOM_PX / scale
  // The neighbours whose pills could limit a pill in view: within one pill's room of the view.
  const near = { x: view.x - room, y: view.y - 2 * tallest, width: view.width + 2 * room, height: view.height + 4 * tallest }
  const cards = actors.filter((actor) => intersects(actor, near)).sort((a, b) => a.x - b.x || a.y - b.y)
  // Taking turns: a card one further along its row than its left neighbour (cards whose boxes share a
  // line) drops its pill one pill lower.
  const lane = new Map<Actor, number>()
  for (const card of cards) {
    let left: Actor | undefined
    for (const other of cards) {
      if (other === card || other.x >= card.x) continue
      const sameRow = other.y < card.y + card.height && card.y < other.y + other.height
      if (sameRow && (!left || other.x > left.x)) left = other
    }
    lane.set(card, left && card.x - left.x < room ? 1 - lane.get(left)! : 0)
  }
  const tops = cards.map((card) => card.y + lane.get(card)! * (tallest + pad / 2))
  const rooms = roomBeforeNeighbours(
    cards.map((card, i) => ({ x: card.x, y: tops[i]!, height: tallest, room: Math.max(card.width, room) })),
    pad / 2,
  )
  const labels: ActorNameLabel[] = []
  cards.forEach((actor, i) => {
    const { lines, truncated } = labelLines(measure, actor.name, rooms[i]! - 2 * pad, NAME_LINES)
    const width = Math.max(...lines.map((text) => measure.measureText(text).width)) + 2 * pad
    const box = { x: actor.x, y: tops[i]!, width, height: size * 1.5 + (lines.length - 1) * line }
    if (intersects(actor, view) || intersects(box, view)) labels.push({ actor, box, lines, truncated })
  })
  return labels
}

/** Draws the pills of `labels` (made by actorNameLabels at this scale): white, edged in the type's colour. */
export function drawActorNameLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly ActorNameLabel[],
  colourOf: (actor: Actor) => string,
  ink: string,
  scale: number,
): void {
  const size = pillFontSize(scale)
  const pad = size * 0.5
  const line = size * 1.2
  ctx.textBaseline = 'middle'
  for (const { actor, box, lines } of labels) {
    ctx.beginPath()
    ctx.roundRect(box.x, box.y, box.width, box.height, size * 0.375)
    ctx.fillStyle = '#ffffff'
    ctx.fill()
    ctx.lineWidth = Math.max(2, 2 / scale)
    ctx.strokeStyle = colourOf(actor)
    ctx.stroke()
    ctx.fillStyle = ink
    lines.forEach((text, k) => ctx.fillText(text, box.x + pad, box.y + size * 0.75 + k * line + size * 0.05))
  }
}
