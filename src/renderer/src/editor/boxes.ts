// Plain geometry over board records: boxes, points, hit-testing and connector ends. Used by the board's
// pointer handling (which keeps Konva itself from hit-testing: every layer is listening={false}).
import type { WorkshopDoc } from '@shared/model/document'
import { boundsOf, centreOf as centre, overlaps as intersects, type Box, type Point } from '@shared/layout/box'

// Boxes, points, overlap and bounds are the shared layout's; this file adds what the board's pointer needs.
export { boundsOf, centre, intersects, type Box, type Point }

/** Zone titles sit above their zone, like a label on a box, so they never cover the notes inside it. */
export const ZONE_TITLE = { size: 40, gap: 10 } as const
/** How close (in screen pixels) to a zone's edge or a line counts as touching it. */
export const GRAB_PX = 14
/** The resize handle of a selected zone, in screen pixels: big enough to grab on a projector laptop. */
export const HANDLE_PX = 28

export type Hit =
  | { kind: 'note'; id: string }
  | { kind: 'zone'; id: string }
  | { kind: 'zone-resize'; id: string }
  | { kind: 'connector'; id: string }
  /** An actor's card on the symbiosis map (issue 15). */
  | { kind: 'actor'; id: string }
  /** An action project's card (found by the board with editor/methodBoard). */
  | { kind: 'project'; id: string }
  /** The label row of a theme's outline (found by the board with editor/methodBoard). */
  | { kind: 'theme'; id: string }
  | { kind: 'empty' }

export function contains(box: Box, point: Point, pad = 0): boolean {
  return (
    point.x >= box.x - pad &&
    point.y >= box.y - pad &&
    point.x <= box.x + box.width + pad &&
    point.y <= box.y + box.height + pad
  )
}

export function normalizeBox(a: Point, b: Point): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) }
}

export function zoneTitleBox(zone: Box): Box {
  return { x: zone.x, y: zone.y - ZONE_TITLE.size - ZONE_TITLE.gap, width: zone.width, height: ZONE_TITLE.size }
}

/** The box of a note, zone or actor by id, or null (a connector end that is gone). */
export function boxOf(doc: WorkshopDoc, id: string): Box | null {
  return doc.note[id] ?? doc.zone[id] ?? doc.actor[id] ?? null
}

/** Where a line from the centre of `box` towards `toward` leaves the box, so arrows touch edges, not centres. */
export function edgePoint(box: Box, toward: Point): Point {
  const c = centre(box)
  const dx = toward.x - c.x
  const dy = toward.y - c.y
  if (dx === 0 && dy === 0) return c
  const sx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx)
  const sy = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy)
  const s = Math.min(sx, sy)
  return { x: c.x + dx * s, y: c.y + dy * s }
}

export function connectorPoints(from: Box, to: Box): [number, number, number, number] {
  const a = edgePoint(from, centre(to))
  const b = edgePoint(to, centre(from))
  return [a.x, a.y, b.x, b.y]
}

function distanceToSegment(p: Point, [x1, y1, x2, y2]: [number, number, number, number]): number {
  const dx = x2 - x1
  const dy = y2 - y1
  const length2 = dx * dx + dy * dy
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - x1) * dx + (p.y - y1) * dy) / length2))
  return Math.hypot(p.x - (x1 + t * dx), p.y - (y1 + t * dy))
}

/**
 * What is under a board point, top first: a selected zone's resize handle, notes (last drawn on top),
 * connectors, then a zone's title or edge. The inside of a zone counts as empty board, so people can
 * rubber-band and double-click to write inside areas.
 */
export function hitTest(doc: WorkshopDoc, point: Point, scale: number, selected: ReadonlySet<string>): Hit {
  const grab = GRAB_PX / scale
  for (const id of selected) {
    const zone = doc.zone[id]
    if (!zone) continue
    const handle = HANDLE_PX / scale
    const corner = {
      x: zone.x + zone.width - handle / 2,
      y: zone.y + zone.height - handle / 2,
      width: handle,
      height: handle,
    }
    if (contains(corner, point)) return { kind: 'zone-resize', id }
  }
  const notes = Object.values(doc.note)
  for (let i = notes.length - 1; i >= 0; i--) {
    const note = notes[i]!
    if (contains(note, point)) return { kind: 'note', id: note.id }
  }
  const actors = Object.values(doc.actor)
  for (let i = actors.length - 1; i >= 0; i--) {
    const actor = actors[i]!
    if (contains(actor, point)) return { kind: 'actor', id: actor.id }
  }
  for (const connector of Object.values(doc.connector)) {
    const from = boxOf(doc, connector.fromId)
    const to = boxOf(doc, connector.toId)
    if (from && to && distanceToSegment(point, connectorPoints(from, to)) <= grab)
      return { kind: 'connector', id: connector.id }
  }
  const zones = Object.values(doc.zone)
  for (let i = zones.length - 1; i >= 0; i--) {
    const zone = zones[i]!
    if (contains(zoneTitleBox(zone), point)) return { kind: 'zone', id: zone.id }
    const onEdge = contains(zone, point, grab) && !contains(zone, point, -grab)
    if (onEdge) return { kind: 'zone', id: zone.id }
  }
  return { kind: 'empty' }
}

/** Notes whose centre lies in the zone: the ones a moved zone carries along. */
export function notesInZone(doc: WorkshopDoc, zoneId: string): string[] {
  const zone = doc.zone[zoneId]
  if (!zone) return []
  return Object.values(doc.note)
    .filter((note) => contains(zone, centre(note)))
    .map((note) => note.id)
}

/** Ids of notes and zones touching a rubber-band box. */
export function itemsInBox(doc: WorkshopDoc, box: Box): string[] {
  const ids: string[] = []
  for (const zone of Object.values(doc.zone))
    if (intersects(box, zone) && contains(box, centre(zone))) ids.push(zone.id)
  for (const note of Object.values(doc.note)) if (intersects(box, note)) ids.push(note.id)
  for (const actor of Object.values(doc.actor)) if (intersects(box, actor)) ids.push(actor.id)
  return ids
}

