// What the mirror tests (documentMirror, the projector's followMirror) build as "main": a freshly created
// workshop, the snapshot workshop.open/workshop.snapshot answers for it, and the patch event main broadcasts.
import type { ApiEvent, WorkshopSnapshot } from '@shared/api/contract'
import { createWorkshop } from '@shared/commands'
import type { Patch } from '@shared/model/patch'
import { applyPatch } from '@shared/model/patch'
import { emptyDoc, type WorkshopDoc } from '@shared/model/document'

export const ctx = { now: '2025-01-01T10:00:00.000Z' }

/** A newly created workshop (revision 0). */
export function startDoc(title = 'Øster Åby'): WorkshopDoc {
  const doc = emptyDoc()
  return applyPatch(doc, createWorkshop.run(doc, createWorkshop.args.parse({ title, language: 'da' }), ctx))
}

/** Main's snapshot of workshop `w1` at this revision. */
export function snapshotOf(doc: WorkshopDoc, revision: number): WorkshopSnapshot {
  return {
    workshopId: 'w1',
    path: '/tmp/w.handlekraft',
    revision,
    canUndo: revision > 0,
    canRedo: false,
    doc,
    readOnly: false,
    movedAside: [],
  }
}

/** The event main broadcasts after an edit. */
export function patchEvent(patch: Patch, revision: number, workshopId = 'w1'): ApiEvent {
  return { type: 'patch', workshopId, revision, patch, canUndo: true, canRedo: false }
}
