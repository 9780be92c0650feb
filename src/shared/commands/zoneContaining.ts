// Which zone a note sits in: the smallest category zone holding the note's centre. Smallest wins, so a
// zone drawn inside a bigger one (a sub-area) decides over the big one.
import { recordsOf, type WorkshopDoc } from '../model/document'
import type { Zone } from '../model/records'

export interface Placed {
  x: number
  y: number
  width: number
  height: number
}

export function categoryZoneAt(doc: WorkshopDoc, box: Placed, zones: Zone[] = recordsOf(doc, 'zone')): Zone | null {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  let best: Zone | null = null
  for (const zone of zones) {
    if (!zone.categoryId) continue
    if (cx < zone.x || cy < zone.y || cx > zone.x + zone.width || cy > zone.y + zone.height) continue
    if (!best || zone.width * zone.height < best.width * best.height) best = zone
  }
  return best
}
