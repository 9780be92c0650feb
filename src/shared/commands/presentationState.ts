// Helpers for the commands that steer the projector: they change only the presentation record. A document
// without one (built in memory, never saved) gets it added on first change, with the defaults below.
import type { WorkshopDoc } from '../model/document'
import { PatchBuilder, type Patch } from '../model/patch'
import { PRESENTATION_ID, type BoardView, type Presentation } from '../model/records'

export const DEFAULT_PRESENTATION: Presentation = {
  id: PRESENTATION_ID,
  presenting: false,
  mode: 'follow',
  spotlight: null,
  frozen: false,
  frozenView: null,
  facilitatorView: null,
  highContrast: false,
  blanked: false,
}

export function presentationOf(doc: WorkshopDoc): Presentation {
  return doc.presentation?.[PRESENTATION_ID] ?? DEFAULT_PRESENTATION
}

export function sameView(a: BoardView | null, b: BoardView | null): boolean {
  if (a === null || b === null) return a === b
  return a.x === b.x && a.y === b.y && a.scale === b.scale && a.width === b.width && a.height === b.height
}

function samePresentation(a: Presentation, b: Presentation): boolean {
  return (
    a.presenting === b.presenting &&
    a.mode === b.mode &&
    a.spotlight?.kind === b.spotlight?.kind &&
    a.spotlight?.id === b.spotlight?.id &&
    a.frozen === b.frozen &&
    sameView(a.frozenView, b.frozenView) &&
    sameView(a.facilitatorView, b.facilitatorView) &&
    a.highContrast === b.highContrast &&
    a.blanked === b.blanked
  )
}

/** A patch changing the presentation record; empty when nothing changes, so main writes and sends nothing. */
export function changePresentation(doc: WorkshopDoc, change: (current: Presentation) => Partial<Presentation>): Patch {
  const stored = doc.presentation?.[PRESENTATION_ID]
  const before = stored ?? DEFAULT_PRESENTATION
  const after: Presentation = { ...before, ...change(before), id: PRESENTATION_ID }
  if (stored && samePresentation(stored, after)) return {}
  const patch = new PatchBuilder()
  return (stored ? patch.update('presentation', stored, after) : patch.add('presentation', after)).build()
}
