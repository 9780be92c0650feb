// Places for new things: action-project cards in the "Action projects" area, notes typed in with Quick add
// in their area. Each goes in the first free place in reading order, so cards line up in the order they were
// made and notes fill the gaps before starting a new row; a full area grows.
import type { WorkshopDoc } from '../model/document'
import type { Zone } from '../model/records'
import { overlaps, type Box, type Point } from './box'
import type { LayoutDraft } from './layoutDraft'
import { obstaclesOf } from './obstacles'
import { openRegion, placeBox } from './placeBox'
import { PROJECT_CARD_ROOM } from './sizes'

/** The template's area for action projects (createWorkshop makes it); a board without one has none. */
export const PROJECTS_ZONE_ID = 'zone-projects'

export function projectsZone(doc: WorkshopDoc): Zone | null {
  return doc.zone[PROJECTS_ZONE_ID] ?? null
}

/** Where a new project card goes (with room for its title beside it): the next free place in the projects area, or below the board's content. */
export function placeProjectCard(draft: LayoutDraft): Point {
  return placeBox(draft, PROJECT_CARD_ROOM, obstaclesOf(draft.doc), { zone: projectsZone(draft.doc), open: 'below' })
}

/** Places for `sizes.length` new notes in `zone` (or below the board's content), one after another. */
export function placeNewNotes(
  draft: LayoutDraft,
  zone: Zone | null,
  sizes: readonly { width: number; height: number }[],
): Point[] {
  const placed: Box[] = []
  const region = zone || sizes.length === 0 ? undefined : openRegion(draft, obstaclesOf(draft.doc), sizes[0]!, 'below')
  // In a zone only what overlaps it is in the way, and that stays put while the zone grows (what lies below is
  // pushed down, out of its way), so those obstacles are gathered once; on the open board, per note.
  const inZone = zone ? obstaclesOf(draft.doc).filter((box) => overlaps(box, zone)) : null
  return sizes.map((size, index) => {
    // A note of the same size as the one before cannot fit anywhere before it in reading order (that place was
    // full then and is fuller now), so its search in a zone starts at the previous note's row: a batch of 50
    // notes from phones into an area of 1,000 searches the area once, not 50 times.
    const before = placed[index - 1]
    const fromY = zone && before?.width === size.width && before.height === size.height ? before.y : undefined
    const spot = placeBox(draft, size, [...(inZone ?? obstaclesOf(draft.doc)), ...placed], { zone, region, fromY })
    placed.push({ ...spot, ...size })
    return spot
  })
}
