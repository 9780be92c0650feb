// Actor cards and sharing links drawn with plain canvas calls, culled to the view, like the notes (see
// drawNotes.ts for why canvas calls). Used by BoardDrawing, so the laptop, the projector, the PNG and the
// report show the same map; the laptop keeps what this draws as a bitmap between frames (sharingBitmap.ts),
// because 1,000 links cost far more to rasterise than one frame has.
import type { WorkshopDoc } from '@shared/model/document'
import type { Actor, Connector } from '@shared/model/records'
import { boundsOf, connectorPoints, intersects, type Box } from '../editor/boxes'
import { actorNameLabels, drawActorNameLabels, namesNeedPills, pillFontSize, pillReach } from './actorNames'
import { BOARD_FONT } from './boardStyle'
import type { BoardTheme } from './boardTheme'
import { ACTOR_COLOUR, FLOW_STYLE, markPath } from '@shared/model/sharingStyle'

type Ctx = CanvasRenderingContext2D

const BAND = 14
const NAME_PX = 22
const TYPE_PX = 15
const MARK_R = 11
/** The radius the mark paths are made at (then scaled to the mark's size). */
const MARK_UNIT = 10
/** Text on a card is left out once it would be smaller than this on screen (CSS pixels). */
const MIN_TEXT_PX = 6

const pathCache = new Map<string, Path2D>()
function cachedPath(d: string): Path2D {
  let path = pathCache.get(d)
  if (!path) pathCache.set(d, (path = new Path2D(d)))
  return path
}

/** Cuts a line of text to fit `width`, with an ellipsis. */
function fit(ctx: Ctx, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text
  let low = 0
  let high = text.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) low = mid
    else high = mid - 1
  }
  return `${text.slice(0, low)}…`
}

/**
 * An actor card: a white card with a double edge and a coloured header band naming the type, unlike a
 * sticky note's single colour field; the name in bold, the contact below. Zoomed out so far that the name
 * would be under MIN_LABEL_PX on screen, the name is drawn in a pill at that size instead (actorNames.ts).
 * Returns the ids of the actors whose name was drawn whole and readable.
 */
export function drawActors(ctx: Ctx, actors: readonly Actor[], typeName: (actor: Actor) => string, theme: BoardTheme, scale: number, view: Box): Set<string> {
  const named = new Set<string>()
  const pills = namesNeedPills(NAME_PX, scale)
  ctx.save()
  for (const actor of actors) {
    if (!intersects(actor, view)) continue
    const colour = ACTOR_COLOUR[actor.type]
    const { x, y, width, height } = actor
    ctx.fillStyle = '#ffffff'
    ctx.strokeStyle = colour
    ctx.lineWidth = Math.max(3, 2 / scale)
    ctx.beginPath()
    ctx.roundRect(x, y, width, height, 12)
    ctx.fill()
    ctx.stroke()
    ctx.lineWidth = Math.max(1, 1 / scale)
    ctx.strokeStyle = theme.text
    ctx.beginPath()
    ctx.roundRect(x + 5, y + 5, width - 10, height - 10, 8)
    ctx.stroke()
    ctx.fillStyle = colour
    ctx.beginPath()
    ctx.roundRect(x + 5, y + 5, width - 10, BAND + TYPE_PX, [8, 8, 0, 0])
    ctx.fill()
    if (pills) continue
    ctx.textBaseline = 'top'
    ctx.fillStyle = '#ffffff'
    ctx.font = `600 ${TYPE_PX}px ${BOARD_FONT}`
    ctx.fillText(fit(ctx, typeName(actor), width - 28), x + 14, y + 12)
    ctx.fillStyle = theme.text
    ctx.font = `700 ${NAME_PX}px ${BOARD_FONT}`
    const nameTop = y + BAND + TYPE_PX + 14
    const name = fit(ctx, actor.name, width - 28)
    ctx.fillText(name, x + 14, nameTop)
    if (name === actor.name) named.add(actor.id)
    if (actor.contact && nameTop + NAME_PX + 8 + TYPE_PX < y + height - 6) {
      ctx.font = `400 ${TYPE_PX}px ${BOARD_FONT}`
      ctx.fillText(fit(ctx, actor.contact, width - 28), x + 14, nameTop + NAME_PX + 8)
    }
  }
  if (pills) {
    // Over every card, so a pill is never covered by the card beside it.
    ctx.font = `700 ${pillFontSize(scale)}px ${BOARD_FONT}`
    const labels = actorNameLabels(ctx, actors, scale, view)
    drawActorNameLabels(ctx, labels, (actor) => ACTOR_COLOUR[actor.type], theme.text, scale)
    for (const label of labels) if (!label.truncated) named.add(label.actor.id)
  }
  ctx.restore()
  return named
}

function arrowHead(ctx: Ctx, fromX: number, fromY: number, toX: number, toY: number, size: number): void {
  const angle = Math.atan2(toY - fromY, toX - fromX)
  ctx.beginPath()
  ctx.moveTo(toX, toY)
  ctx.lineTo(toX - size * Math.cos(angle - 0.45), toY - size * Math.sin(angle - 0.45))
  ctx.lineTo(toX - size * Math.cos(angle + 0.45), toY - size * Math.sin(angle + 0.45))
  ctx.closePath()
  ctx.fill()
}

const endBox = (doc: WorkshopDoc, id: string): Box | null => doc.actor[id] ?? doc.note[id] ?? doc.zone[id] ?? null

/** A link's line width in board units: 3, and never thinner than 1.5 screen pixels. */
const lineWidth = (scale: number) => Math.max(3, 1.5 / scale)
const headSize = (scale: number) => Math.max(16, 8 / scale)
const markRadius = (scale: number) => Math.max(MARK_R, 6 / scale)
const LABEL_FONT_PX = 18
const LABEL_MAX_WIDTH = 260

/**
 * The flow's dash, stretched with the line: a pattern in board units would shrink to one-pixel dashes on a
 * zoomed-out map, which reads as a grey smear and costs the rasteriser thousands of tiny segments per line.
 * Stretched, the dashes look at every zoom as they do at 50 %, where the line is 1.5 screen pixels wide.
 */
export const linkDash = (dash: readonly number[], scale: number): number[] => {
  const stretch = lineWidth(scale) / 3
  return dash.map((length) => length * stretch)
}

/**
 * How far the drawing of the map reaches beyond the boxes at its links' ends and its cards, in board
 * units at `scale`: a label right of a link's middle, a mark's white disc, an arrow head, a card's edge, an
 * actor's name pill.
 */
export function sharingReach(scale: number): number {
  const r = markRadius(scale)
  const pills = namesNeedPills(NAME_PX, scale) ? pillReach(scale) : 0
  return Math.max(r * 1.8 + LABEL_MAX_WIDTH + 20, r * 1.6, headSize(scale), lineWidth(scale), pills) + Math.max(3, 2 / scale)
}

/** The box around the actors and every end of the links (before `sharingReach`), or null when empty. */
export function sharingBounds(doc: WorkshopDoc, links: readonly Connector[], actors: readonly Actor[]): Box | null {
  const boxes: Box[] = [...actors]
  for (const link of links) {
    const from = endBox(doc, link.fromId)
    const to = endBox(doc, link.toId)
    if (from && to) boxes.push(from, to)
  }
  return boundsOf(boxes)
}

/**
 * Sharing links: a line in the flow's colour and dash, an arrow head at the receiver (both ends for "both
 * ways"), and the flow's mark in the middle, with the label beside it when there is one.
 */
export function drawSharingLinks(ctx: Ctx, doc: WorkshopDoc, links: readonly Connector[], theme: BoardTheme, scale: number, view: Box): void {
  ctx.save()
  const width = lineWidth(scale)
  const head = headSize(scale)
  const r = markRadius(scale)
  const showLabels = LABEL_FONT_PX * scale >= MIN_TEXT_PX
  const reach = sharingReach(scale)
  const near = Math.max(20, r * 1.6, head)
  for (const link of links) {
    if (!link.flow) continue
    const from = endBox(doc, link.fromId)
    const to = endBox(doc, link.toId)
    if (!from || !to) continue
    const [x1, y1, x2, y2] = connectorPoints(from, to)
    // A label reaches far right of the line's middle: it counts, so a label in view is never left out.
    const pad = link.label && showLabels ? reach : near
    const bounds = { x: Math.min(x1, x2) - pad, y: Math.min(y1, y2) - pad, width: Math.abs(x2 - x1) + 2 * pad, height: Math.abs(y2 - y1) + 2 * pad }
    if (!intersects(bounds, view)) continue
    const style = FLOW_STYLE[link.flow]
    ctx.strokeStyle = style.colour
    ctx.fillStyle = style.colour
    ctx.lineWidth = width
    ctx.setLineDash(style.dash.length ? linkDash(style.dash, scale) : style.dash)
    ctx.beginPath()
    ctx.moveTo(x1, y1)
    ctx.lineTo(x2, y2)
    ctx.stroke()
    ctx.setLineDash([])
    arrowHead(ctx, x1, y1, x2, y2, head)
    if (link.direction === 'both') arrowHead(ctx, x2, y2, x1, y1, head)
    const mx = (x1 + x2) / 2
    const my = (y1 + y2) / 2
    ctx.save()
    ctx.translate(mx, my)
    // One path per mark, scaled: a path per radius would pile up a new one at every zoom step.
    ctx.scale(r / MARK_UNIT, r / MARK_UNIT)
    ctx.fillStyle = theme.background
    ctx.beginPath()
    ctx.arc(0, 0, MARK_UNIT * 1.6, 0, Math.PI * 2)
    ctx.fill()
    ctx.fillStyle = style.colour
    ctx.fill(cachedPath(markPath(style.mark, MARK_UNIT)), 'evenodd')
    ctx.restore()
    if (link.label && showLabels) {
      ctx.font = `500 ${LABEL_FONT_PX}px ${BOARD_FONT}`
      ctx.textBaseline = 'middle'
      const text = fit(ctx, link.label, LABEL_MAX_WIDTH)
      const tw = ctx.measureText(text).width
      ctx.fillStyle = theme.background
      ctx.fillRect(mx + r * 1.8, my - 12, tw + 10, 24)
      ctx.fillStyle = theme.text
      ctx.fillText(text, mx + r * 1.8 + 5, my)
    }
  }
  ctx.restore()
}
