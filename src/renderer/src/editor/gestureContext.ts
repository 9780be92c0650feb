// What the gesture machine (gestures.ts) asks about the board, answered from the document: what is under the
// pointer (the selection's handles first, then theme labels, notes, actors, project cards, lines and zones),
// stacks, themes, the rubber band's catch and where the connection handle sits. Plain TypeScript, so the
// tests drive the machine over a real document exactly as the board does.
import { NOTE_SIZE } from '@shared/model/defaults'
import type { WorkshopDoc } from '@shared/model/document'
import { boxOf, contains, HANDLE_PX, hitTest, itemsInBox, type Box, type Point } from './boxes'
import type { GestureContext, GestureHit, View } from './gestures'
import { noteStacks, projectAt, stackOf, themeLabelAt, themeOutlines } from './methodBoard'

/** The one item that shows a connection handle: a single selected note or actor in an editable workshop. */
export function connectHandleOwner(doc: WorkshopDoc, selected: readonly string[], readOnly: boolean): string | null {
  if (readOnly || selected.length !== 1) return null
  const id = selected[0]!
  return doc.note[id] || doc.actor[id] ? id : null
}

/**
 * The connection handle: a round knob just outside the middle of the item's right edge, HANDLE_PX across on
 * screen at every zoom (as big as a zone's resize handle: easy to grab on a projector laptop's touchpad).
 */
export function connectHandleBox(item: Box, scale: number): Box {
  const size = HANDLE_PX / scale
  return { x: item.x + item.width + size * 0.25, y: item.y + item.height / 2 - size / 2, width: size, height: size }
}

/** Whether a line may start or end at this id: notes and actors (zones are connected with Connect selected). */
export function isConnectable(doc: WorkshopDoc, id: string): boolean {
  return Boolean(doc.note[id] || doc.actor[id])
}

/** hitTest plus the method's things (theme labels over everything, project cards under notes) and the handle. */
export function boardHitAt(
  doc: WorkshopDoc,
  point: Point,
  scale: number,
  selected: readonly string[],
  readOnly: boolean,
): GestureHit {
  const owner = connectHandleOwner(doc, selected, readOnly)
  const ownerBox = owner ? boxOf(doc, owner) : null
  if (owner && ownerBox && contains(connectHandleBox(ownerBox, scale), point))
    return { kind: 'connect-handle', id: owner }
  const hit = hitTest(doc, point, scale, new Set(selected))
  if (hit.kind === 'zone-resize') return hit
  const themeId = themeLabelAt(themeOutlines(doc), point)
  if (themeId) return { kind: 'theme', id: themeId }
  if (hit.kind === 'note' || hit.kind === 'actor') return hit
  const projectId = projectAt(doc, point)
  return projectId ? { kind: 'project', id: projectId } : hit
}

export interface BoardGestureInput {
  doc: WorkshopDoc
  selected: readonly string[]
  readOnly: boolean
  view: View
  /** What a drag of these ids moves (BoardActions.movingIds). */
  movingIds(ids: readonly string[]): string[]
}

/** The machine's questions answered from the document as it is at this event. */
export function boardGestureContext(input: BoardGestureInput): GestureContext {
  const { doc, selected, readOnly, view } = input
  return {
    selected,
    readOnly,
    view,
    hitAt: (point) => boardHitAt(doc, point, view.scale, selected, readOnly),
    movingIds: input.movingIds,
    themeMembers: (themeId) => themeOutlines(doc).find((outline) => outline.themeId === themeId)?.noteIds ?? [],
    stackOf: (noteId) => stackOf(noteStacks(doc), noteId),
    itemsInBox: (box) => itemsInBox(doc, box),
    zone: (id) => doc.zone[id],
    connectable: (id) => isConnectable(doc, id),
    newNoteAt: (point) => ({ x: point.x - NOTE_SIZE.width / 2, y: point.y - NOTE_SIZE.height / 2 }),
  }
}
