// "Quick add notes": a facilitator types (or pastes) the notes from paper, one per line, and they land in
// the right area of the board: a strength in its category's area, an idea in the Ideas area. Where in the
// area is decided by the addNotes command (its `place`), in the free places around the notes already there.
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { NoteKind, Zone } from '@shared/model/records'

export const IDEAS_ZONE_ID = 'zone-ideas'

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
