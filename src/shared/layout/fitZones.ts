// The method template's areas fit what they hold, with room to add: after each placement (Quick add, making
// or tidying themes, a new project card) what an area holds starts at its top, every area is as tall as its
// contents and has room for one more note (a gap in a row not full yet, else one free row below), and the
// rows of areas below close up (or make room) by as much. Why: the template's areas were 640 units tall
// whatever they held, so "Show everything" on the projector fitted mostly empty areas at 18-21 % zoom, where
// theme names and project titles could not be read whole. Areas the facilitator draws keep the size given
// to them, and so do the sharing templates' areas (actor cards are not notes; their own layout places them).
import { DEFAULT_CATEGORIES, NOTE_SIZE } from '../model/defaults'
import type { Note, Zone } from '../model/records'
import { centreOf, holds, overlaps, type Box } from './box'
import { findFreeSpot } from './freeSpot'
import type { LayoutDraft } from './layoutDraft'
import { obstaclesOf } from './obstacles'
import { PROJECTS_ZONE_ID } from './placeNew'
import { LAYOUT_GAP, PROJECT_CARD, THEME_LABEL_ROOM, THEME_OUTLINE, ZONE_PADDING } from './sizes'

/** The areas of the Strengths map and Action projects templates (createWorkshop makes them). */
const FITTED_ZONE_IDS: ReadonlySet<string> = new Set([
  ...DEFAULT_CATEGORIES.map((category) => `zone-${category.id}`),
  'zone-ideas',
  PROJECTS_ZONE_ID,
])

export const fitsItsContents = (zone: Pick<Zone, 'id'>): boolean => FITTED_ZONE_IDS.has(zone.id)

/** Free room kept under what an area holds when no note fits among it: one row of notes. */
export const ZONE_ROOM = NOTE_SIZE.height

/** The height of an empty fitted area: its padding around one free row. */
export const EMPTY_ZONE_HEIGHT = 2 * ZONE_PADDING + ZONE_ROOM

/** Zones in one row of the template share their top; a pixel of drift from old moves still counts as one row. */
const SAME_ROW = 1

/**
 * Fits every fitted area of the draft to its contents (see the top of the file), moving what lies below each
 * row of areas by as much as the row changed. `placed` are boxes this command places that the draft does not
 * hold yet (new notes, a new card): they count as contents and are moved too. Returns them, moved.
 */
export function fitZones<T extends Box>(draft: LayoutDraft, placed: readonly T[] = []): T[] {
  const boxes = placed.map((box) => ({ ...box }))
  const done = new Set<string>()
  const fitted = Object.values(draft.doc.zone).filter(fitsItsContents)
  if (fitted.length === 0) return boxes
  // Only notes in the columns of the fitted areas can be in them or below them; fitting moves things up and
  // down, never sideways, so they are picked once (a 10,000-note board with the areas on one side stays quick).
  const left = Math.min(...fitted.map((zone) => zone.x))
  const right = Math.max(...fitted.map((zone) => zone.x + zone.width))
  const noteIds = Object.values(draft.doc.note)
    .filter((note) => note.x < right && note.x + note.width > left)
    .map((note) => note.id)
  const near = { draft, notes: () => noteIds.map((id) => draft.doc.note[id]!) }
  for (;;) {
    const left = Object.values(draft.doc.zone).filter((zone) => fitsItsContents(zone) && !done.has(zone.id))
    if (left.length === 0) break
    const top = Math.min(...left.map((zone) => zone.y))
    const row = left.filter((zone) => zone.y - top <= SAME_ROW)
    for (const zone of row) done.add(zone.id)
    fitRow(near, row, boxes)
  }
  return boxes
}

/** The draft and its notes in the fitted areas' columns (see fitZones). */
interface Near {
  draft: LayoutDraft
  notes: () => Note[]
}

function fitRow(near: Near, row: readonly Zone[], placed: Box[]): void {
  const { draft } = near
  for (const zone of row) closeUpTop(near, zone, placed)
  const span = {
    x: Math.min(...row.map((zone) => zone.x)),
    y: Math.min(...row.map((zone) => zone.y)),
    right: Math.max(...row.map((zone) => zone.x + zone.width)),
    bottom: Math.max(...row.map((zone) => zone.y + zone.height)),
  }
  // Everything whose centre lies in the row's band: in one of its areas, or loose between them.
  const band = { x: span.x, y: span.y, width: span.right - span.x, height: span.bottom - span.y }
  const notes = near.notes()
  const all = [...contentsOf(draft, notes), ...placed]
  const inBand = all.filter((box) => holds(band, centreOf(box)))
  const lowest = Math.max(span.y, ...inBand.map((box) => box.y + box.height))
  // What a free note must keep clear of, in the row's band (themes with their label room, cards with theirs).
  const nearDoc = { ...draft.doc, note: Object.fromEntries(notes.map((note) => [note.id, note])) }
  const obstacles = [...obstaclesOf(nearDoc), ...placed].filter((box) => overlaps(box, band))
  const height = Math.ceil(Math.max(...row.map((zone) => neededHeight(zone, lowest, obstacles))))
  const bottom = span.y + height
  draft.shiftBelow(row, bottom, placed)
  for (const zone of row) draft.resizeZone(zone.id, zone.width, bottom - zone.y)
}

/**
 * Moves what a zone holds up to its top when the top has emptied: ideas written at the top of the Ideas
 * area and then all sorted into themes below left a band as tall as those notes empty. A theme's note keeps
 * the room for the theme's label above it.
 */
function closeUpTop({ draft, notes: nearNotes }: Near, zone: Zone, placed: Box[]): void {
  const inZone = (box: Box) => holds(zone, centreOf(box))
  const notes = nearNotes().filter(inZone)
  const cards = Object.values(draft.doc.project).filter((project) => inZone({ x: project.x, y: project.y, ...PROJECT_CARD }))
  const boxes = placed.filter(inZone)
  const labelRoom = THEME_OUTLINE.padding + THEME_LABEL_ROOM.height
  const tops = [
    ...notes.map((note) => note.y - (note.themeId ? labelRoom : 0)),
    ...cards.map((card) => card.y),
    ...boxes.map((box) => box.y),
  ]
  if (tops.length === 0) return
  const dy = Math.floor(Math.min(...tops) - (zone.y + ZONE_PADDING))
  if (dy <= 0) return
  for (const note of notes) draft.moveTo('note', note.id, note.x, note.y - dy)
  for (const card of cards) draft.moveTo('project', card.id, card.x, card.y - dy)
  for (const box of boxes) box.y -= dy
}

/**
 * How tall `zone` must be to hold what reaches down to `lowest` and still take one more note: when a note
 * fits in a gap among what it holds (a row not full yet), no more; else one free row below.
 */
function neededHeight(zone: Zone, lowest: number, obstacles: readonly Box[]): number {
  const holdsSomething = lowest > zone.y
  const tight = holdsSomething ? lowest + ZONE_PADDING - zone.y : 2 * ZONE_PADDING
  const inner = { x: zone.x + ZONE_PADDING, y: zone.y + ZONE_PADDING, width: zone.width - 2 * ZONE_PADDING }
  const room = { ...inner, height: tight - 2 * ZONE_PADDING }
  if (holdsSomething && findFreeSpot(NOTE_SIZE, room, obstacles, { gap: LAYOUT_GAP })) return tight
  return tight + (holdsSomething ? LAYOUT_GAP : 0) + ZONE_ROOM
}

function contentsOf(draft: LayoutDraft, notes: readonly Note[]): Box[] {
  return [
    ...notes,
    ...Object.values(draft.doc.project).map((project) => ({ x: project.x, y: project.y, ...PROJECT_CARD })),
    ...Object.values(draft.doc.actor),
  ]
}
