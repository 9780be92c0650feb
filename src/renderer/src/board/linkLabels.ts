// Where each sharing link's label goes so that no two labels overlap (issue 15). Decided over ALL labelled
// links of the map for one zoom, never per view: the map is drawn live (culled to the view) and into a bitmap
// covering a larger region (sharingBitmap.ts), and both must show, move and hide exactly the same labels.
import type { WorkshopDoc } from '@shared/model/document'
import type { Connector } from '@shared/model/records'
import { connectorPoints, type Box } from '../editor/boxes'

export const LABEL_FONT_PX = 18
export const LABEL_MAX_WIDTH = 260
/** A label's height in board units (its white background). */
export const LABEL_HEIGHT = 24
/** Labels are left out once their text would be smaller than this on screen (CSS pixels). */
const MIN_LABEL_PX = 6
/** The least room between two labels, in screen pixels: so they read as two, and more fit when zoomed in. */
const GAP_PX = 6
const MARK_R = 11

/** The radius of a link's middle mark in board units: never under 6 screen pixels. */
export const markRadius = (scale: number) => Math.max(MARK_R, 6 / scale)
export const labelsShown = (scale: number) => LABEL_FONT_PX * scale >= MIN_LABEL_PX

/** A placed label: its background box in board units and the (possibly shortened) text, drawn 5 in from the left. */
export interface LabelSpot {
  box: Box
  text: string
}

/** Shortens a label to fit LABEL_MAX_WIDTH (with an ellipsis) and tells its width, in the label font. */
export type FitLabel = (label: string) => { text: string; width: number }

const endBox = (doc: WorkshopDoc, id: string): Box | null => doc.actor[id] ?? doc.note[id] ?? doc.zone[id] ?? null

/** The spots tried for a label, in order: right of the mark, left of it, above, below. */
function candidates(mx: number, my: number, r: number, width: number): Box[] {
  const side = r * 1.8
  const disc = r * 1.6 + 2
  return [
    { x: mx + side, y: my - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT },
    { x: mx - side - width, y: my - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT },
    { x: mx - width / 2, y: my - disc - LABEL_HEIGHT, width, height: LABEL_HEIGHT },
    { x: mx - width / 2, y: my + disc, width, height: LABEL_HEIGHT },
  ]
}

/** True when two boxes come closer than `gap` (touching at exactly `gap` is fine). */
const tooClose = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap

/**
 * The label spot of every labelled sharing link at `scale`: its default spot right of the middle mark, else
 * left, above or below it, else null (hidden at this zoom; it may show zoomed in, where the gap and the mark
 * are smaller). Links are taken in id order, so the answer never depends on the order they come in or on the
 * view. A grid of LABEL_MAX_WIDTH cells keeps 1,000 links to a few comparisons each.
 */
export function placeLinkLabels(
  links: readonly Connector[],
  doc: WorkshopDoc,
  scale: number,
  fitLabel: FitLabel,
): Map<string, LabelSpot | null> {
  const spots = new Map<string, LabelSpot | null>()
  if (!labelsShown(scale)) return spots
  const r = markRadius(scale)
  const gap = GAP_PX / scale
  const cell = LABEL_MAX_WIDTH + 10 + gap
  const grid = new Map<string, Box[]>()
  const cellsOf = (box: Box): string[] => {
    const keys: string[] = []
    for (let cx = Math.floor((box.x - gap) / cell); cx <= Math.floor((box.x + box.width + gap) / cell); cx++)
      for (let cy = Math.floor((box.y - gap) / cell); cy <= Math.floor((box.y + box.height + gap) / cell); cy++)
        keys.push(`${cx},${cy}`)
    return keys
  }
  const free = (box: Box) =>
    cellsOf(box).every((key) => !(grid.get(key) ?? []).some((other) => tooClose(box, other, gap)))
  const labelled = links
    .filter((link) => link.flow && link.label)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const link of labelled) {
    const from = endBox(doc, link.fromId)
    const to = endBox(doc, link.toId)
    if (!from || !to) continue
    const [x1, y1, x2, y2] = connectorPoints(from, to)
    const { text, width } = fitLabel(link.label!)
    const box = candidates((x1 + x2) / 2, (y1 + y2) / 2, r, width + 10).find(free) ?? null
    spots.set(link.id, box && { box, text })
    if (!box) continue
    for (const key of cellsOf(box)) {
      const list = grid.get(key)
      if (list) list.push(box)
      else grid.set(key, [box])
    }
  }
  return spots
}
