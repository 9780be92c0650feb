// What is already on the board, as boxes placement must keep clear of: notes, project cards, actor cards
// (issue 15), and each theme's outline with the room its label needs above it. Also which zone a group of notes calls home.
import type { WorkshopDoc } from '../model/document'
import type { Note, Zone } from '../model/records'
import { boundsOf, centreOf, holds, type Box } from './box'
import { themeLabelWidth } from './themeLabelWidth'
import { PROJECT_CARD, PROJECT_CARD_ROOM, THEME_LABEL_ROOM, THEME_OUTLINE } from './sizes'

/** The rounded box drawn around a theme's notes, and its label row just above it. */
export function outlineAround(notes: readonly Box[]): { box: Box; label: Box } | null {
  const bounds = boundsOf(notes)
  if (!bounds) return null
  const { padding, labelHeight, labelGap } = THEME_OUTLINE
  const box = {
    x: bounds.x - padding,
    y: bounds.y - padding,
    width: bounds.width + 2 * padding,
    height: bounds.height + 2 * padding,
  }
  return { box, label: { x: box.x, y: box.y - labelHeight - labelGap, width: box.width, height: labelHeight } }
}

/**
 * All a theme takes up: its outline and, above it, room for its label at any zoom (`labelWidth` wide: the
 * label's two lines at projector size, from themeLabelWidth).
 */
export function themeFootprint(outline: Box, labelWidth = 0): Box {
  return {
    x: outline.x,
    y: outline.y - THEME_LABEL_ROOM.height,
    width: Math.max(outline.width, THEME_LABEL_ROOM.width, labelWidth),
    height: outline.height + THEME_LABEL_ROOM.height,
  }
}

export function cardBox(project: { x: number; y: number }): Box {
  return { x: project.x, y: project.y, ...PROJECT_CARD }
}

/** All a card takes up: the card and the room its title needs when zoomed out (PROJECT_CARD_ROOM). */
export function cardFootprint(project: { x: number; y: number }): Box {
  return { x: project.x, y: project.y, ...PROJECT_CARD_ROOM }
}

/** Notes by theme, for the themes that have notes. */
export function notesByTheme(doc: WorkshopDoc): Map<string, Note[]> {
  const members = new Map<string, Note[]>()
  for (const note of Object.values(doc.note)) {
    if (!note.themeId || !doc.theme[note.themeId]) continue
    const list = members.get(note.themeId)
    if (list) list.push(note)
    else members.set(note.themeId, [note])
  }
  return members
}

/**
 * Boxes to keep clear of: every note and actor, every card and theme with the room its label needs, leaving
 * out the notes in `moving` (they are about to be placed) and the themes made only of them.
 */
export function obstaclesOf(doc: WorkshopDoc, moving: ReadonlySet<string> = new Set()): Box[] {
  const boxes: Box[] = []
  for (const note of Object.values(doc.note)) if (!moving.has(note.id)) boxes.push(note)
  for (const project of Object.values(doc.project)) if (!moving.has(project.id)) boxes.push(cardFootprint(project))
  for (const actor of Object.values(doc.actor)) if (!moving.has(actor.id)) boxes.push(actor)
  for (const [themeId, notes] of notesByTheme(doc)) {
    const staying = notes.filter((note) => !moving.has(note.id))
    const outline = outlineAround(staying)
    if (outline) boxes.push(themeFootprint(outline.box, themeLabelWidth(doc.theme[themeId]?.name ?? '')))
  }
  return boxes
}

/** The zone that holds the most of these boxes (by their centres); the smaller zone on a tie. */
export function homeZone(doc: WorkshopDoc, boxes: readonly Box[]): Zone | null {
  let best: Zone | null = null
  let bestCount = 0
  for (const zone of Object.values(doc.zone)) {
    const count = boxes.filter((box) => holds(zone, centreOf(box))).length
    if (count === 0) continue
    const better =
      count > bestCount || (count === bestCount && best !== null && zone.width * zone.height < best.width * best.height)
    if (better) {
      best = zone
      bestCount = count
    }
  }
  return best
}
