// Plain counts over a workshop: people by role, notes by kind and by asset category.
import { recordsOf, type WorkshopDoc } from '../model/document'
import { NoteKind, type Category } from '../model/records'
import { zeroRoleCounts, type RoleCounts } from './voteTallies'

export type KindCounts = Record<NoteKind, number>

export function participantsByRole(doc: WorkshopDoc): RoleCounts {
  const counts = zeroRoleCounts()
  for (const participant of recordsOf(doc, 'participant')) counts[participant.role] += 1
  return counts
}

export function notesByKind(doc: WorkshopDoc): KindCounts {
  const counts = Object.fromEntries(NoteKind.options.map((kind) => [kind, 0])) as KindCounts
  for (const note of recordsOf(doc, 'note')) counts[note.kind] += 1
  return counts
}

export function categoriesInOrder(doc: WorkshopDoc): Category[] {
  return recordsOf(doc, 'category').sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
}

export interface CategoryCounts {
  /** Category id -> notes in it, in the categories' board order; every category is listed, even empty. */
  byCategory: Record<string, number>
  withoutCategory: number
}

export function notesByCategory(doc: WorkshopDoc): CategoryCounts {
  const byCategory: Record<string, number> = {}
  for (const category of categoriesInOrder(doc)) byCategory[category.id] = 0
  let withoutCategory = 0
  for (const note of recordsOf(doc, 'note')) {
    // A note pointing to a deleted category counts as uncategorised rather than inventing a category.
    if (note.categoryId !== null && note.categoryId in byCategory) byCategory[note.categoryId]! += 1
    else withoutCategory += 1
  }
  return { byCategory, withoutCategory }
}

export function notesPerTheme(doc: WorkshopDoc): Map<string, number> {
  const counts = new Map<string, number>()
  for (const note of recordsOf(doc, 'note')) {
    if (note.themeId) counts.set(note.themeId, (counts.get(note.themeId) ?? 0) + 1)
  }
  return counts
}
