// Themes as the panel lists them: each with its notes, duplicates stacked with a count, and the notes that
// are not in any theme yet (the checklist a theme is made from).
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { Note, NoteKind, Theme } from '@shared/model/records'

export interface NoteStack {
  /** The text as first written. */
  text: string
  notes: Note[]
}

export interface ThemeEntry {
  theme: Theme
  notes: Note[]
  stacks: NoteStack[]
}

/** Two notes say the same when their words match, ignoring case, spacing and a trailing full stop. */
export function sameText(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!]+$/, '')
}

export function stackDuplicates(notes: readonly Note[]): NoteStack[] {
  const stacks = new Map<string, NoteStack>()
  for (const note of notes) {
    const key = sameText(note.text)
    const stack = stacks.get(key)
    if (stack) stack.notes.push(note)
    else stacks.set(key, { text: note.text, notes: [note] })
  }
  return [...stacks.values()]
}

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

/** Notes made together (a pasted list) share a time; then reading order on the board keeps the list's order. */
export const notesInOrder = (a: Note, b: Note) =>
  a.createdAt.localeCompare(b.createdAt) || a.y - b.y || a.x - b.x || a.id.localeCompare(b.id)

export function themesWithNotes(doc: WorkshopDoc): ThemeEntry[] {
  const notes = recordsOf(doc, 'note').sort(notesInOrder)
  return recordsOf(doc, 'theme')
    .sort(byCreation)
    .map((theme) => {
      const own = notes.filter((note) => note.themeId === theme.id)
      return { theme, notes: own, stacks: stackDuplicates(own) }
    })
}

/** Notes not in a theme, optionally of one kind, oldest first (the order they were written). */
export function freeNotes(doc: WorkshopDoc, kind: NoteKind | 'all'): Note[] {
  return recordsOf(doc, 'note')
    .filter((note) => note.themeId === null && (kind === 'all' || note.kind === kind))
    .sort(notesInOrder)
}

/** A theme's name, or "Unnamed theme 3" (its place among the themes) while naming waits. */
export function themeName(doc: Pick<WorkshopDoc, 'theme'>, themeId: string, unnamed: (number: number) => string): string {
  const theme = doc.theme[themeId]
  if (theme?.name.trim()) return theme.name.trim()
  const number = recordsOf(doc, 'theme').sort(byCreation).findIndex((other) => other.id === themeId) + 1
  return unnamed(number)
}
