// What "Show everything" fits: the content, not the empty space of the template's areas. Notes, theme
// outlines with their labels, and project cards count; an area that holds something adds its top-left
// corner and the start of its title, so the room still reads whose area the notes are in. Empty areas count
// only on a board with nothing else (a fresh template shows its areas). Zones keep their size: they are
// where people drop notes, and shrinking them would move the targets under the facilitator's hand.
import type { WorkshopDoc } from '@shared/model/document'
import { boundsOf, centre, contains, zoneTitleBox, type Box } from './boxes'
import { projectBox, themeOutlines } from './methodBoard'

/** Width of a zone's title kept in view: room for a category name at title size. */
const TITLE_ROOM = 480

export function fitBounds(doc: WorkshopDoc): Box | null {
  const zones = Object.values(doc.zone)
  const outlines = themeOutlines(doc)
  const items: Box[] = [
    ...Object.values(doc.note),
    ...outlines.map((outline) => outline.box),
    ...outlines.map((outline) => outline.label),
    ...Object.values(doc.project).map(projectBox),
    // Actor cards (the symbiosis map) are content too: a card dragged out of view is still "everything".
    ...Object.values(doc.actor),
  ]
  if (items.length === 0) return boundsOf([...zones, ...zones.map(zoneTitleBox)])
  const corners = zones
    .filter((zone) => items.some((item) => contains(zone, centre(item))))
    .map((zone) => ({ ...zoneTitleBox(zone), width: Math.min(zone.width, TITLE_ROOM) }))
  return boundsOf([...items, ...corners])
}
