// Find on the board: which notes match a query, in reading order so Enter walks them predictably.
import type { WorkshopDoc } from '@shared/model/document'

/** Case- and accent-insensitive, so "cafe" finds "Café" and "ae" does not need to be typed as "æ". */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
}

export function findNotes(doc: WorkshopDoc, query: string): string[] {
  const needle = foldForSearch(query.trim())
  if (needle === '') return []
  return Object.values(doc.note)
    .filter((note) => foldForSearch(note.text).includes(needle))
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((note) => note.id)
}
