// Gathering a theme: its notes in a tidy grid inside one outline, put where nothing else is, with room for
// its label above. Duplicates stacked on each other (same place) stay one stack. Used when a theme is made
// and by "Tidy themes", which re-flows every theme so no outline or label covers another.
import type { Note, Zone } from '../model/records'
import { boundsOf, centreOf, holds, type Box, type Point } from './box'
import { gridColumns, gridPositions } from './grid'
import type { LayoutDraft } from './layoutDraft'
import { homeZone, notesByTheme, obstaclesOf, outlineAround, themeFootprint } from './obstacles'
import { placeBox } from './placeBox'
import { LAYOUT_GAP, THEME_LABEL_ROOM, THEME_OUTLINE } from './sizes'
import { themeLabelWidth } from './themeLabelWidth'

interface Block {
  /** Stacks in reading order; a stack is the notes at one place, the last one drawn on top. */
  stacks: Note[][]
  columns: number
  cell: { width: number; height: number }
  /** The whole footprint: label room on top, then the outline with the notes. */
  size: { width: number; height: number }
}

/** The block of a theme's notes; at least as wide as its label (`name`) needs on two lines at projector size. */
function blockOf(notes: readonly Note[], name: string): Block {
  const stacks = new Map<string, Note[]>()
  for (const note of [...notes].sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id))) {
    const key = `${note.x},${note.y}`
    const stack = stacks.get(key)
    if (stack) stack.push(note)
    else stacks.set(key, [note])
  }
  const count = stacks.size
  const columns = gridColumns(count)
  const rows = Math.ceil(count / columns)
  const cell = { width: Math.max(...notes.map((n) => n.width)), height: Math.max(...notes.map((n) => n.height)) }
  const pad = THEME_OUTLINE.padding
  const outlineWidth = columns * cell.width + (columns - 1) * LAYOUT_GAP + 2 * pad
  const outlineHeight = rows * cell.height + (rows - 1) * LAYOUT_GAP + 2 * pad
  return {
    stacks: [...stacks.values()],
    columns,
    cell,
    size: { width: Math.max(outlineWidth, THEME_LABEL_ROOM.width, themeLabelWidth(name)), height: THEME_LABEL_ROOM.height + outlineHeight },
  }
}

function moveBlock(draft: LayoutDraft, block: Block, spot: Point): void {
  const pad = THEME_OUTLINE.padding
  const origin = { x: spot.x + pad, y: spot.y + THEME_LABEL_ROOM.height + pad }
  gridPositions(block.stacks.length, origin, block.cell).forEach(({ x, y }, index) => {
    for (const note of block.stacks[index]!) draft.moveTo('note', note.id, Math.round(x), Math.round(y))
  })
}

/**
 * How a gathered theme finds its place. 'near': as close as it can to where `anchor` notes were (a cluster
 * selected on the board, or a theme that notes are added to), so the facilitator finds it where they looked.
 * 'rows': the next place in the theme rows of its zone (notes ticked in the Method panel's list come from all
 * over, so where they were says nothing; themes made one after another line up instead).
 */
export type GatherMode = 'near' | 'rows'

/** Gathers the notes of one theme (already set on the draft) into a block in free space, in its home zone. */
export function gatherTheme(
  draft: LayoutDraft,
  themeId: string,
  mode: GatherMode,
  anchorIds?: readonly string[],
): void {
  const notes = Object.values(draft.doc.note).filter((note) => note.themeId === themeId)
  if (notes.length === 0) return
  const block = blockOf(notes, draft.doc.theme[themeId]?.name ?? '')
  const moving = new Set(notes.map((note) => note.id))
  const obstacles = obstaclesOf(draft.doc, moving)
  const anchor = notes.filter((note) => !anchorIds || anchorIds.includes(note.id))
  const zone = homeZone(draft.doc, anchor.length > 0 ? anchor : notes)
  if (mode === 'rows') {
    const fromY = themeBand(draft, zone, moving)
    const spot = placeBox(draft, block.size, obstacles, { zone, open: 'below', fromY, rowTops: rowTops(draft, zone, moving, fromY) })
    return moveBlock(draft, block, spot)
  }
  const from = boundsOf(anchor.length > 0 ? anchor : notes)!
  const near = { x: from.x - THEME_OUTLINE.padding, y: from.y - THEME_OUTLINE.padding - THEME_LABEL_ROOM.height }
  moveBlock(draft, block, placeBox(draft, block.size, obstacles, { zone, open: 'anywhere', near }))
}

/**
 * Where themes go in a zone, as on a wall: below the notes not sorted yet, in rows that continue the themes
 * already there (from the top of the highest one). Holes left where sorted notes were stay for new notes.
 */
function themeBand(draft: LayoutDraft, zone: Zone | null, moving: ReadonlySet<string>): number | undefined {
  if (!zone) return undefined
  const inZone = (box: Box) => holds(zone, centreOf(box))
  const themed = [...notesByTheme(draft.doc)]
    .map(([, notes]) => notes.filter((note) => !moving.has(note.id)))
    .filter((notes) => notes.length > 0 && notes.some(inZone))
    .map((notes) => themeFootprint(outlineAround(notes)!.box, labelWidthOf(draft, notes)))
  if (themed.length > 0) return Math.min(...themed.map((box) => box.y))
  const loose = Object.values(draft.doc.note).filter((note) => !note.themeId && !moving.has(note.id) && inZone(note))
  if (loose.length === 0) return undefined
  return Math.max(...loose.map((note) => note.y + note.height)) + LAYOUT_GAP
}

const labelWidthOf = (draft: LayoutDraft, notes: readonly Note[]) =>
  themeLabelWidth(draft.doc.theme[notes[0]?.themeId ?? '']?.name ?? '')

/**
 * The tops of the theme rows of a zone, from `fromY` down: each row starts below the tallest block that
 * reaches into the row above, so blocks in a row share their top (as cards pinned on a wall) instead of
 * sliding up into the gap under a short neighbour. The last top is below every block: a new row.
 */
function rowTops(draft: LayoutDraft, zone: Zone | null, moving: ReadonlySet<string>, fromY: number | undefined): number[] | undefined {
  if (!zone || fromY === undefined) return undefined
  const footprints = [...notesByTheme(draft.doc)]
    .map(([, notes]) => notes.filter((note) => !moving.has(note.id)))
    .filter((notes) => notes.length > 0 && notes.some((note) => holds(zone, centreOf(note))))
    .map((notes) => themeFootprint(outlineAround(notes)!.box, labelWidthOf(draft, notes)))
  const tops = [fromY]
  for (;;) {
    const top = tops[tops.length - 1]!
    const inRow = footprints.filter((box) => box.y < top + LAYOUT_GAP && box.y + box.height > top)
    if (inRow.length === 0) return tops
    tops.push(Math.max(...inRow.map((box) => box.y + box.height)) + LAYOUT_GAP)
  }
}

/**
 * Re-flows every theme, oldest first, into blocks that touch nothing: each in the zone that holds most of its
 * notes, in reading order from the zone's top-left corner. Notes in no theme stay where they are.
 */
export function tidyThemes(draft: LayoutDraft): void {
  const themes = Object.values(draft.doc.theme).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
  const members = notesByTheme(draft.doc)
  const waiting = new Set([...members.values()].flat().map((note) => note.id))
  // The band of each zone is fixed by its first tidied theme, so the rest continue its rows.
  const placed = new Map<string, number>()
  for (const theme of themes) {
    const notes = (members.get(theme.id) ?? []).map((note) => draft.doc.note[note.id]!)
    if (notes.length === 0) continue
    const block = blockOf(notes, theme.name)
    const zone = homeZone(draft.doc, notes)
    const fromY = placed.get(zone?.id ?? '') ?? themeBand(draft, zone, waiting)
    const rows = rowTops(draft, zone, waiting, fromY)
    const spot = placeBox(draft, block.size, obstaclesOf(draft.doc, waiting), { zone, open: 'below', fromY, rowTops: rows })
    if (zone && !placed.has(zone.id)) placed.set(zone.id, spot.y)
    moveBlock(draft, block, spot)
    for (const note of notes) waiting.delete(note.id)
  }
}
