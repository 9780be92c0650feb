// Which part of the board a picture shows, and at what scale: plain arithmetic over the records, tested
// without a canvas. The picture covers the notes, areas (area titles sit above their areas), project cards
// and theme outlines with their labels, and the lines whose two ends are both in it.
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { Connector, Note, Zone } from '@shared/model/records'
import { MAX_PNG_SIDE } from '@shared/report/reportOptions'
import { zoneTitleBox } from '../editor/boxes'
import { projectBox, themeOutlines } from '../editor/methodBoard'
import { boundsOf, type Box } from '../board/geometry'

export interface SceneContent {
  notes: Note[]
  zones: Zone[]
  connectors: Connector[]
  /** Board coordinates the picture covers, margin included; null when there is nothing to draw. */
  bounds: Box | null
}

export const SCENE_MARGIN = 40

export function sceneContent(doc: WorkshopDoc, selection?: readonly string[]): SceneContent {
  const chosen = selection && selection.length > 0 ? new Set(selection) : null
  const notes = recordsOf(doc, 'note').filter((note) => !chosen || chosen.has(note.id))
  // Areas behind notes, big ones first, as on the board.
  const zones = recordsOf(doc, 'zone')
    .filter((zone) => !chosen || chosen.has(zone.id))
    .sort((a, b) => b.width * b.height - a.width * a.height)
  const present = new Set([...notes.map((note) => note.id), ...zones.map((zone) => zone.id)])
  const connectors = recordsOf(doc, 'connector').filter(
    (connector) => present.has(connector.fromId) && present.has(connector.toId),
  )
  const cards = recordsOf(doc, 'project')
    .filter((project) => !chosen || chosen.has(project.id))
    .map(projectBox)
  const noteMap = chosen ? Object.fromEntries(notes.map((note) => [note.id, note])) : doc.note
  const outlines = themeOutlines(chosen ? { ...doc, note: noteMap } : doc).flatMap((o) => [o.box, o.label])
  const content = boundsOf([...notes, ...zones, ...zones.map(zoneTitleBox), ...cards, ...outlines])
  const bounds = content && {
    x: content.x - SCENE_MARGIN,
    y: content.y - SCENE_MARGIN,
    width: content.width + 2 * SCENE_MARGIN,
    height: content.height + 2 * SCENE_MARGIN,
  }
  return { notes, zones, connectors, bounds }
}

/** The scale that draws `bounds` at `wanted` times its size, but never past the largest picture a canvas can hold. */
export function pictureScale(bounds: Box, wanted: number, maxSide = MAX_PNG_SIDE): number {
  const longest = Math.max(bounds.width, bounds.height)
  return Math.min(wanted, maxSide / longest)
}
