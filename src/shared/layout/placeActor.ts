// Where a new actor card goes (issue 15): on a Symbiosis map, the first free place in its type's zone
// (three across, under the zone's title); anywhere else, or when that zone is full, below everything on the
// board, so a card never lands on another card or note.
import { ACTOR_SIZE } from '../model/defaults'
import type { WorkshopDoc } from '../model/document'
import type { Actor, ActorType } from '../model/records'
import { overlaps, type Box } from './box'

const GAP = { x: 60, y: 120 } as const
const ZONE_TOP = 70
const ZONE_SIDE = 30

export function placeActor(doc: WorkshopDoc, type: ActorType): { x: number; y: number } {
  const taken: Box[] = [...Object.values(doc.actor), ...Object.values(doc.note)]
  const free = (spot: { x: number; y: number }) => !taken.some((box) => overlaps({ ...spot, ...ACTOR_SIZE }, box))
  const zone = doc.zone[`zone-actors-${type}`]
  if (zone) {
    const columns = Math.max(1, Math.floor((zone.width - 2 * ZONE_SIDE + GAP.x) / (ACTOR_SIZE.width + GAP.x)))
    const rows = Math.max(1, Math.floor((zone.height - ZONE_TOP - ZONE_SIDE + GAP.y) / (ACTOR_SIZE.height + GAP.y)))
    for (let index = 0; index < columns * rows; index++) {
      const spot = {
        x: zone.x + ZONE_SIDE + (index % columns) * (ACTOR_SIZE.width + GAP.x),
        y: zone.y + ZONE_TOP + Math.floor(index / columns) * (ACTOR_SIZE.height + GAP.y),
      }
      if (free(spot)) return spot
    }
  }
  const boxes = [...taken, ...Object.values(doc.zone)]
  const left = boxes.length > 0 ? Math.min(...boxes.map((box) => box.x)) : 0
  const top = boxes.length > 0 ? Math.max(...boxes.map((box) => box.y + box.height)) + GAP.y : 0
  return { x: left, y: top }
}

/**
 * Where an actor goes when its type changes: a card that sits in its old type's zone of a Symbiosis map moves
 * to a free place in the new type's zone, so the map stays sorted by type. A card placed anywhere else (the
 * facilitator put it there on purpose), or a map without that zone, stays where it is: null.
 */
export function placeRetypedActor(doc: WorkshopDoc, actor: Actor, type: ActorType): { x: number; y: number } | null {
  if (type === actor.type) return null
  const from = doc.zone[`zone-actors-${actor.type}`]
  const to = doc.zone[`zone-actors-${type}`]
  if (!from || !to) return null
  const centre = { x: actor.x + actor.width / 2, y: actor.y + actor.height / 2 }
  const inside = centre.x >= from.x && centre.x <= from.x + from.width && centre.y >= from.y && centre.y <= from.y + from.height
  return inside ? placeActor(doc, type) : null
}
