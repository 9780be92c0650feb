// The method on the board, as plain geometry over the document: theme outlines around their notes, stacks of
// duplicate notes, where a dropped note belongs, and the boxes of action-project cards. No React, no Konva:
// the board draws from these, hit-tests with them and builds its commands from them.
//
// A STACK is derived, not stored: notes at exactly the same place (x and y) are one stack. Stacking moves
// the notes onto one place (one moveItems); pulling a note off, or Unstack, moves it away. Why not a
// stackId field: it would need a migration and an export format change, and it could disagree with what
// the board shows (a stackId on notes that were since dragged apart). Position is what people see, so it is
// the single source of truth; two notes that landed on exactly the same spot by chance are shown as "×2",
// which tells the facilitator a note was hidden under another.
import type { WorkshopDoc } from '@shared/model/document'
import type { Note, Project } from '@shared/model/records'
import { roundsInOrder, tallyRound } from '@shared/analysis/voteTallies'
import { outlineAround } from '@shared/layout/obstacles'
import { PROJECT_CARD } from '@shared/layout/sizes'
import { centre, contains, type Box, type Point } from './boxes'

// Shapes' sizes and a theme's outline come from src/shared: the commands place things with the same numbers.
export { PROJECT_CARD, THEME_OUTLINE } from '@shared/layout/sizes'
export { outlineAround } from '@shared/layout/obstacles'

/** How far the edges of the notes under a stack peek out (board units, per note, at most two edges). */
export const STACK_EDGE = 6

export interface ThemeOutline {
  themeId: string
  /** The rounded box drawn around the notes. */
  box: Box
  /** The label row just above the box: the theme's name and, once a round is revealed, its dots. */
  label: Box
  noteIds: string[]
}

// The board, its hidden lists and its toolbar all ask for outlines and stacks after each change; the mirror
// keeps an unchanged map of notes identical across patches, so one answer per map serves them all.
const outlineCache = new WeakMap<object, { themes: object; outlines: ThemeOutline[] }>()
const stackCache = new WeakMap<object, string[][]>()

/** Every theme that has notes, with its outline; in theme creation order so colours and labels stay put. */
export function themeOutlines(doc: Pick<WorkshopDoc, 'note' | 'theme'>): ThemeOutline[] {
  const cached = outlineCache.get(doc.note)
  if (cached && cached.themes === doc.theme) return cached.outlines
  const outlines = computeOutlines(doc)
  outlineCache.set(doc.note, { themes: doc.theme, outlines })
  return outlines
}

function computeOutlines(doc: Pick<WorkshopDoc, 'note' | 'theme'>): ThemeOutline[] {
  const members = new Map<string, Note[]>()
  for (const note of Object.values(doc.note)) {
    if (!note.themeId) continue
    const list = members.get(note.themeId)
    if (list) list.push(note)
    else members.set(note.themeId, [note])
  }
  const outlines: ThemeOutline[] = []
  const themes = Object.values(doc.theme).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
  for (const theme of themes) {
    const notes = members.get(theme.id)
    const outline = notes && outlineAround(notes)
    if (outline) outlines.push({ themeId: theme.id, ...outline, noteIds: notes.map((n) => n.id) })
  }
  return outlines
}

/** Stacks of two or more notes: ids in drawing order, the last one on top. */
export function noteStacks(doc: Pick<WorkshopDoc, 'note'>): string[][] {
  const cached = stackCache.get(doc.note)
  if (cached) return cached
  // By x, then y: numbers as keys, no string per note (10,000 notes: about 1 ms instead of 6 to 12).
  const byX = new Map<number, Map<number, string[]>>()
  const stacks: string[][] = []
  for (const note of Object.values(doc.note)) {
    let byY = byX.get(note.x)
    if (!byY) byX.set(note.x, (byY = new Map()))
    const ids = byY.get(note.y)
    if (!ids) byY.set(note.y, [note.id])
    else {
      if (ids.length === 1) stacks.push(ids)
      ids.push(note.id)
    }
  }
  stackCache.set(doc.note, stacks)
  return stacks
}

/** The ids of the stack a note is in (just the note when it is alone). */
export function stackOf(stacks: readonly string[][], noteId: string): string[] {
  return stacks.find((ids) => ids.includes(noteId)) ?? [noteId]
}

/**
 * Moves that put the selected notes onto the first one (the anchor). Notes that are not in the anchor's
 * theme join it: duplicates of an idea belong where the idea is.
 */
export function stackMoves(
  doc: WorkshopDoc,
  ids: readonly string[],
): { id: string; x: number; y: number; themeId?: string | null }[] {
  const notes = ids.map((id) => doc.note[id]).filter((n) => n !== undefined)
  const anchor = notes[0]
  if (!anchor || notes.length < 2) return []
  return notes
    .slice(1)
    .filter((note) => note.x !== anchor.x || note.y !== anchor.y || note.themeId !== anchor.themeId)
    .map((note) => ({
      id: note.id,
      x: anchor.x,
      y: anchor.y,
      ...(note.themeId !== anchor.themeId ? { themeId: anchor.themeId } : {}),
    }))
}

/** Moves that spread every stack among `ids` into a row-by-row grid starting at the stack's place. */
export function unstackMoves(doc: WorkshopDoc, ids: readonly string[]): { id: string; x: number; y: number }[] {
  const chosen = new Set(ids)
  const gap = 16
  const moves: { id: string; x: number; y: number }[] = []
  for (const stack of noteStacks(doc)) {
    if (!stack.some((id) => chosen.has(id))) continue
    const notes = stack.map((id) => doc.note[id]!)
    const columns = Math.ceil(Math.sqrt(notes.length))
    // The top note stays where the stack was; the ones under it come out to the right and below.
    const ordered = [...notes].reverse()
    ordered.forEach((note, index) => {
      if (index === 0) return
      moves.push({
        id: note.id,
        x: Math.round(note.x + (index % columns) * (note.width + gap)),
        y: Math.round(note.y + Math.floor(index / columns) * (note.height + gap)),
      })
    })
  }
  return moves
}

/**
 * The theme each dragged note belongs to after a drop, for the notes whose theme changes. A note joins the
 * theme whose outline its centre lands in (outlines of the notes that stay where they are); when several
 * contain it, the smallest, most specific one. A note dropped outside every outline leaves its theme, except
 * when the whole theme moves together (dragging a cluster keeps it a cluster), or when it lands within its
 * own theme's outline as it was before the drag (a small shuffle inside a cluster keeps its theme).
 */
export function themesAfterDrop(
  doc: WorkshopDoc,
  movedIds: readonly string[],
  dx: number,
  dy: number,
): Map<string, string | null> {
  const moving = new Set(movedIds)
  const changes = new Map<string, string | null>()
  const movingNotes = movedIds.map((id) => doc.note[id]).filter((n) => n !== undefined)
  if (movingNotes.length === 0) return changes
  const staying = new Map<string, Note[]>()
  const all = new Map<string, Note[]>()
  for (const note of Object.values(doc.note)) {
    if (!note.themeId) continue
    const add = (map: Map<string, Note[]>) => {
      const list = map.get(note.themeId!)
      if (list) list.push(note)
      else map.set(note.themeId!, [note])
    }
    add(all)
    if (!moving.has(note.id)) add(staying)
  }
  const stayingOutlines = [...staying].map(([themeId, notes]) => ({ themeId, box: outlineAround(notes)!.box }))
  const area = (box: Box) => box.width * box.height
  for (const note of movingNotes) {
    const landed: Point = centre({ ...note, x: note.x + dx, y: note.y + dy })
    const candidates = stayingOutlines.filter((o) => contains(o.box, landed))
    const own = note.themeId
    if (own && !staying.has(own)) {
      // The whole theme moves together: it stays a theme, unless the note was dropped into another one.
      const other = candidates.filter((o) => o.themeId !== own).sort((a, b) => area(a.box) - area(b.box))[0]
      if (other) changes.set(note.id, other.themeId)
      continue
    }
    const ownBefore = own ? outlineAround(all.get(own)!)!.box : null
    if (own && ownBefore && contains(ownBefore, landed)) candidates.push({ themeId: own, box: ownBefore })
    const best = candidates.sort((a, b) => area(a.box) - area(b.box))[0]
    const next = best ? best.themeId : null
    if (next !== own) changes.set(note.id, next)
  }
  return changes
}

export function projectBox(project: Project): Box {
  return { x: project.x, y: project.y, ...PROJECT_CARD }
}

/** The top-most project card under a point, or null. */
export function projectAt(doc: WorkshopDoc, point: Point): string | null {
  const projects = Object.values(doc.project)
  for (let i = projects.length - 1; i >= 0; i--) {
    if (contains(projectBox(projects[i]!), point)) return projects[i]!.id
  }
  return null
}

/** The theme whose label row is under a point, or null. */
export function themeLabelAt(outlines: readonly ThemeOutline[], point: Point): string | null {
  for (let i = outlines.length - 1; i >= 0; i--) {
    if (contains(outlines[i]!.label, point)) return outlines[i]!.themeId
  }
  return null
}

/**
 * Dots per theme from the latest round on themes that the room may see (revealed, or closed after), so the
 * board shows the tally only once the facilitator revealed it, as the projector does.
 */
export function revealedThemeDots(doc: Pick<WorkshopDoc, 'votingRound' | 'vote' | 'participant'>): Map<string, number> {
  const dots = new Map<string, number>()
  const round = roundsInOrder(doc)
    .filter((r) => r.target === 'themes' && r.status !== 'open')
    .at(-1)
  if (!round) return dots
  for (const item of tallyRound(doc, round).items) dots.set(item.itemId, item.total)
  return dots
}
