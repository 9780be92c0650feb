// What every section of the Method panel gets: the document as the mirror holds it now, and one way to
// change it (an undoable, durable command through the API; answers false after showing the error). There is
// no busy flag: commands queue, so no control is disabled while a save is on its way (a click is never lost).
import type { CommandCall } from '@shared/commands'
import type { WorkshopDoc } from '@shared/model/document'

export interface MethodProps {
  doc: WorkshopDoc
  apply: (command: CommandCall) => Promise<boolean>
  /** A project to open in the editor at once (double-clicked on the board); only the Projects tab uses it. */
  openProjectId?: string | null
  /** An actor to open in the Sharing tab's actor editor at once (double-clicked on the board). */
  openActorId?: string | null
  /** The open workshop's handle; the Room tab names it in its room.* calls. */
  workshopId?: string
}
