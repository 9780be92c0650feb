// Find on the board: which notes match a query, in reading order so Enter walks them predictably.
import type { WorkshopDoc } from '@shared/model/document'

/** Case- and accent-insensitive, so "cafe" finds "Café" and "ae" does not need to be typed as "æ". */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
}

/** Notes by their text and actors (issue 15) by their name or contact, in reading order. */
export function findNotes(doc: WorkshopDoc, query: string): string[] {
  const needle = foldForSearch(query.trim())
  if (needle === '') return []
  const notes = Object.values(doc.note).filter((note) => foldForSearch(note.text).includes(needle))
  const actors = Object.values(doc.actor).filter((actor) => foldForSearch(`${actor.name}\n${actor.contact}`).includes(needle))
  return [...notes, ...actors].sort((a, b) => a.y - b.y || a.x - b.x).map((item) => item.id)
}
