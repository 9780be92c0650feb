// "Quick add notes": a facilitator types (or pastes) the notes from paper, one per line, and they land in
// the right area of the board: a strength in its category's area, an idea in the Ideas area, in a grid after
// the notes already there. Plain TypeScript so the placement is tested without a browser.
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import { NOTE_SIZE } from '@shared/model/defaults'
import type { NoteKind, Zone } from '@shared/model/records'

export const IDEAS_ZONE_ID = 'zone-ideas'
const GAP = 20
const PAD = 30
/** Zone titles sit at the top of a zone; notes start below them. */
const TITLE_SPACE = 60

export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** The area a new note of this kind and category belongs in, if the board has one. */
export function targetZone(doc: WorkshopDoc, kind: NoteKind, categoryId: string | null): Zone | null {
  const zones = recordsOf(doc, 'zone')
  if (kind === 'strength' && categoryId) return zones.find((zone) => zone.categoryId === categoryId) ?? null
  if (kind === 'idea') return doc.zone[IDEAS_ZONE_ID] ?? null
  return null
}

function inside(zone: Zone, x: number, y: number): boolean {
  return x >= zone.x && x <= zone.x + zone.width && y >= zone.y && y <= zone.y + zone.height
}

/** Where `count` new notes go: the next free grid slots of the zone, or a row below everything on the board. */
export function placeNotes(doc: WorkshopDoc, zone: Zone | null, count: number): { x: number; y: number }[] {
  const step = { x: NOTE_SIZE.width + GAP, y: NOTE_SIZE.height + GAP }
  const notes = recordsOf(doc, 'note')
  let origin: { x: number; y: number }
  let columns: number
  let used: number
  if (zone) {
    origin = { x: zone.x + PAD, y: zone.y + TITLE_SPACE }
    columns = Math.max(1, Math.floor((zone.width - 2 * PAD + GAP) / step.x))
    used = notes.filter((note) => inside(zone, note.x + note.width / 2, note.y + note.height / 2)).length
  } else {
    const boxes = [...notes, ...recordsOf(doc, 'zone')]
    const bottom = boxes.length ? Math.max(...boxes.map((box) => box.y + box.height)) : 0
    const left = boxes.length ? Math.min(...boxes.map((box) => box.x)) : 0
    origin = { x: left, y: boxes.length ? bottom + 2 * GAP : 0 }
    columns = 10
    used = 0
  }
  return Array.from({ length: count }, (_, index) => {
    const slot = used + index
    return { x: origin.x + (slot % columns) * step.x, y: origin.y + Math.floor(slot / columns) * step.y }
  })
}
