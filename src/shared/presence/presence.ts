// Presence (ARCHITECTURE.md "Three scopes of state"): what moves and comes and goes — the facilitator's board
// view, which phones are connected, how many dots phones have placed in the open round. Kept in main's memory
// only and sent over the live event channel (ApiEvent `presence`); never a document edit, never fsynced. The one
// thing that must survive a reopen, the last view, main saves once the view settles (publishViewport).
import { z } from 'zod'
import { BoardView, Id } from '../model/records'

const WorkshopHandle = z.string().min(1).max(64)
const Count = z.number().int().min(0)

export const Presence = z.object({
  workshopId: WorkshopHandle,
  /** The facilitator's board view as it moves; null until the facilitator's window published one. */
  facilitatorView: BoardView.nullable(),
  /** Phones in the open room (counts only: no names, no roles per person); null while no room is open. */
  phones: z.object({ joined: Count, connected: Count }).nullable(),
  /**
   * Dots placed from phones in the round phones vote in now: how many, by how many people. A count of dots is
   * not a tally (no item, no role), so the projector may show it before Reveal. null: phones are not voting.
   */
  dots: z.object({ roundId: Id, placed: Count, voters: Count }).nullable(),
})
export type Presence = z.infer<typeof Presence>

export const emptyPresence = (workshopId: string): Presence => ({
  workshopId,
  facilitatorView: null,
  phones: null,
  dots: null,
})

export const PresenceEvent = z.object({ type: z.literal('presence'), presence: Presence, workshopId: WorkshopHandle })

export const PRESENCE_API = {
  /**
   * The facilitator's window reports its board view while presenting: often while it moves, `settled` once it
   * stops. Memory only; main saves the settled view for a reopen.
   */
  'presence.view': {
    input: z
      .object({
        workshopId: WorkshopHandle,
        view: BoardView,
        settled: z.boolean(),
        /**
         * When the window read the view (its clock, ms since 1970): calls may overtake each other on the way (the
         * browser shell's fetches run in parallel), so main keeps the newest and drops a late older one.
         */
        at: z.number().finite().min(0),
      })
      .strict(),
    output: z.object({}).strict(),
  },
  /** The presence now (a projector that opens or reconnects); allowed for the projector view. */
  'presence.get': { input: z.object({ workshopId: WorkshopHandle }).strict(), output: Presence },
} as const
