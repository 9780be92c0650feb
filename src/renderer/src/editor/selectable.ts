// What a selection on the board may hold: the records a click, the keyboard or Find can select. WorkshopView
// keeps the selection to these whenever the document changes (undo, redo, another window's edit), so a list
// that misses a kind drops a selected record of that kind at the next change of anything.
import type { WorkshopDoc } from '@shared/model/document'

/** Whether `id` is a record on the board that can stay selected: a note, zone, line, project, theme or actor. */
export const selectableIn =
  (doc: WorkshopDoc) =>
  (id: string): boolean =>
    Boolean(doc.note[id] ?? doc.zone[id] ?? doc.connector[id] ?? doc.project[id] ?? doc.theme[id] ?? doc.actor[id])
