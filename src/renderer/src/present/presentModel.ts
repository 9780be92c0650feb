// What the projector shows, as plain arithmetic and lookups (no React, no Konva): the board region to fit
// for follow and spotlight, the animation between two views, and stepping through phases or projects.
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { BoardView, Project, SpotlightTarget } from '@shared/model/records'
import { boundsOf } from '@shared/layout/box'
import { ZONE_TITLE, zoneTitleBox, type Box } from '../editor/boxes'

export interface View {
  scale: number
  x: number
  y: number
}

/** The board region a published view shows: what the facilitator sees, in board coordinates. */
export function regionOfView(view: BoardView): Box {
  return {
    x: -view.x / view.scale,
    y: -view.y / view.scale,
    width: view.width / view.scale,
    height: view.height / view.scale,
  }
}

/** The board's extent: every area with its title, and the content (which may lie outside the areas). */
export function boardBounds(doc: WorkshopDoc, content: Box | null): Box | null {
  const zones = Object.values(doc.zone)
  return boundsOf([...zones, ...zones.map(zoneTitleBox), ...(content ? [content] : [])])
}

/**
 * What the projector fits while it follows the laptop: the part of the laptop's view that is board (areas and
 * content), not the empty margin around it. The laptop's board area is narrower than the projector's screen and
 * its fit leaves margins; fitting those too gave the room at Vis alt a picture smaller than on the laptop
 * (30 % against 35 %) in a frame of empty board. Zoomed in inside the board this is the laptop's view exactly;
 * and since a smaller view never gives a larger region, zooming in on the laptop never zooms the room out.
 */
export function followedRegion(view: Box, board: Box | null): Box {
  if (!board) return view
  const x = Math.max(view.x, board.x)
  const y = Math.max(view.y, board.y)
  const width = Math.min(view.x + view.width, board.x + board.width) - x
  const height = Math.min(view.y + view.height, board.y + board.height) - y
  return width > 0 && height > 0 ? { x, y, width, height } : view
}

/**
 * The view that shows `region` whole and centred in a `size` screen. Unlike the editor's fit this may zoom in
 * (up to maxScale): the projector is larger than the laptop's board area and the room reads from far away.
 */
export function fitRegion(region: Box, size: { width: number; height: number }, margin = 24, maxScale = 3): View {
  const width = Math.max(1, size.width - 2 * margin)
  const height = Math.max(1, size.height - 2 * margin)
  const scale = Math.min(maxScale, width / Math.max(1, region.width), height / Math.max(1, region.height))
  return {
    scale,
    x: (size.width - region.width * scale) / 2 - region.x * scale,
    y: (size.height - region.height * scale) / 2 - region.y * scale,
  }
}

/** A zone with its title above it: the region a zone spotlight fits. */
export function zoneRegion(doc: WorkshopDoc, zoneId: string): Box | null {
  const zone = doc.zone[zoneId]
  if (!zone) return null
  const top = ZONE_TITLE.size + ZONE_TITLE.gap
  return { x: zone.x, y: zone.y - top, width: zone.width, height: zone.height + top }
}

/** Notes whose middle lies in the zone: what a zone spotlight shows with it. */
export function notesInZoneIds(doc: WorkshopDoc, zoneId: string): Set<string> {
  const zone = doc.zone[zoneId]
  const ids = new Set<string>()
  if (!zone) return ids
  for (const note of recordsOf(doc, 'note')) {
    const cx = note.x + note.width / 2
    const cy = note.y + note.height / 2
    if (cx >= zone.x && cx <= zone.x + zone.width && cy >= zone.y && cy <= zone.y + zone.height) ids.add(note.id)
  }
  return ids
}

/** Whether the spotlighted thing still exists (it may have been deleted or undone since). */
export function spotlightExists(doc: WorkshopDoc, target: SpotlightTarget | null): target is SpotlightTarget {
  if (!target) return false
  const table = { zone: doc.zone, theme: doc.theme, project: doc.project, results: doc.votingRound }[target.kind]
  return Boolean(table[target.id])
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2)

/**
 * The view `elapsed` ms into an animation from `from` to `to`. Scale is interpolated in log space and the
 * board point in the middle of the screen moves in a straight line, so a zoom looks like a camera move.
 */
export function viewAt(
  from: View,
  to: View,
  elapsed: number,
  duration: number,
  size: { width: number; height: number },
): View {
  const t = ease(Math.min(1, Math.max(0, elapsed / duration)))
  if (t >= 1) return to
  // A pan keeps the scale exactly (exp(log(s)) may be off by a bit): the map's bitmap is then laid pixel on
  // pixel during the glide, as crisp as drawn live, instead of resampled (sharingBitmap.ts).
  const scale =
    from.scale === to.scale ? to.scale : Math.exp(Math.log(from.scale) + (Math.log(to.scale) - Math.log(from.scale)) * t)
  const cx = size.width / 2
  const cy = size.height / 2
  const fromMid = { x: (cx - from.x) / from.scale, y: (cy - from.y) / from.scale }
  const toMid = { x: (cx - to.x) / to.scale, y: (cy - to.y) / to.scale }
  const mid = { x: fromMid.x + (toMid.x - fromMid.x) * t, y: fromMid.y + (toMid.y - fromMid.y) * t }
  return { scale, x: cx - mid.x * scale, y: cy - mid.y * scale }
}

export function sameView(a: View, b: View, tolerance = 0.01): boolean {
  return (
    Math.abs(a.x - b.x) < tolerance && Math.abs(a.y - b.y) < tolerance && Math.abs(a.scale - b.scale) < tolerance / 1000
  )
}

/** Notes moved between two documents, drawn part of the way (unfreezing animates to the new state). */
export function docBetween(from: WorkshopDoc, to: WorkshopDoc, t: number): WorkshopDoc {
  if (t >= 1 || from.note === to.note) return to
  const k = ease(Math.max(0, t))
  const note = { ...to.note }
  for (const [id, now] of Object.entries(to.note)) {
    const was = from.note[id]
    if (!was || (was.x === now.x && was.y === now.y)) continue
    note[id] = { ...now, x: was.x + (now.x - was.x) * k, y: was.y + (now.y - was.y) * k }
  }
  return { ...to, note }
}

export function projectsInOrder(doc: WorkshopDoc): Project[] {
  return recordsOf(doc, 'project').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

/** The next (+1) or previous (-1) id in `ids` from `current`, staying at the ends; the first when there is none. */
export function stepThrough(ids: readonly string[], current: string | null, direction: 1 | -1): string | null {
  if (ids.length === 0) return null
  const index = current === null ? -1 : ids.indexOf(current)
  if (index < 0) return direction === 1 ? ids[0]! : ids[ids.length - 1]!
  return ids[Math.min(ids.length - 1, Math.max(0, index + direction))]!
}
