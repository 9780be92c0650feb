// Puts one rectangle on the board: in the free space of a zone, growing the zone (and pushing what is below
// it down) when the zone is full; or, without a zone, in the open board. Every placement command (project
// cards, gathered themes, quick-added notes) goes through here, so they all keep clear of the same things.
import type { Zone } from '../model/records'
import { boundsOf, overlaps, type Box, type Point } from './box'
import { findFreeSpot, type Region } from './freeSpot'
import type { LayoutDraft } from './layoutDraft'
import { LAYOUT_GAP, ZONE_PADDING } from './sizes'

/** Zone titles are drawn above their zone; keep that strip free too when placing outside zones. */
const ZONE_TITLE_ROOM = 50

export interface Placement {
  /** Where to look: a zone, or the open board ('below' everything, or 'anywhere' near `near`). */
  zone: Zone | null
  open?: 'below' | 'anywhere'
  near?: Point
  /** Without a zone: search here instead (a batch of new notes keeps filling the same row). */
  region?: Region
  /** In a zone: search from this board y down (themes in a band below the unsorted notes). */
  fromY?: number
  /** In a zone: put the box's top on one of these (rows that share their top), the first that has room. */
  rowTops?: readonly number[]
}

export function placeBox(
  draft: LayoutDraft,
  size: { width: number; height: number },
  obstacles: readonly Box[],
  where: Placement,
): Point {
  const zone = where.zone ? (draft.doc.zone[where.zone.id] ?? null) : null
  if (zone) return placeInZone(draft, zone, size, obstacles, where.near, where.fromY, where.rowTops)
  const all = [...obstacles, ...zoneBoxes(draft)]
  const region = where.region ?? openRegion(draft, obstacles, size, where.open ?? 'below', where.near)
  return findFreeSpot(size, region, all, { gap: LAYOUT_GAP, near: where.open === 'anywhere' ? where.near : undefined })!
}

function zoneBoxes(draft: LayoutDraft): Box[] {
  return Object.values(draft.doc.zone).map((z) => ({
    ...z,
    y: z.y - ZONE_TITLE_ROOM,
    height: z.height + ZONE_TITLE_ROOM,
  }))
}

/** The open board: all of it ('anywhere'), or the rows below everything on it ('below'). */
export function openRegion(
  draft: LayoutDraft,
  obstacles: readonly Box[],
  size: { width: number; height: number },
  open: 'below' | 'anywhere',
  near?: Point,
): Region {
  const all = [...obstacles, ...zoneBoxes(draft)]
  // 'anywhere' includes the wished-for place: a theme gathered where its notes were, even above the rest.
  const wish = open === 'anywhere' && near ? [{ ...near, ...size }] : []
  const content = boundsOf([...all, ...wish]) ?? { x: 0, y: 0, width: 0, height: 0 }
  const width = Math.max(content.width, 10 * (size.width + LAYOUT_GAP))
  if (open === 'anywhere') return { x: content.x, y: content.y, width, height: Infinity }
  return { x: content.x, y: all.length ? content.y + content.height + 2 * LAYOUT_GAP : 0, width, height: Infinity }
}

function placeInZone(
  draft: LayoutDraft,
  zone: Zone,
  size: { width: number; height: number },
  obstacles: readonly Box[],
  near?: Point,
  fromY = -Infinity,
  rowTops: readonly number[] = [],
): Point {
  const top = Math.max(zone.y + ZONE_PADDING, fromY)
  const inner = { x: zone.x + ZONE_PADDING, y: top, width: zone.width - 2 * ZONE_PADDING }
  // What lies below the zone is pushed down when it grows, so only what overlaps the zone is in the way.
  const inside = obstacles.filter((box) => overlaps(box, zone))
  const within = zone.y + zone.height - ZONE_PADDING - top
  // A row of exactly the box's height at each top: only a spot with its top on that row fits.
  const inRow = rowTops
    .filter((rowTop) => rowTop >= top)
    .map((rowTop) => findFreeSpot(size, { ...inner, y: rowTop, height: size.height }, inside, { gap: LAYOUT_GAP }))
    .find((spot) => spot !== null)
  const spot =
    inRow ??
    findFreeSpot(size, { ...inner, height: Infinity }, inside, {
      gap: LAYOUT_GAP,
      near,
      preferWithin: within,
    })!
  draft.growZone(zone.id, spot.x + size.width + ZONE_PADDING - zone.x, spot.y + size.height + ZONE_PADDING - zone.y)
  return spot
}
