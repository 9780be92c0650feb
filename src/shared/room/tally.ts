// A round's dots per item, split the ways the results show them: by role, and by where they came from —
// phones (participants who joined in the room), paper (dots counted for a whole role) and dots the
// facilitator recorded person by person. Pure: the phone's results, the panel and the projector can share it.
import type { WorkshopDoc } from '../model/document'
import { ROLES, type Role, type VotingRound } from '../model/records'

export interface ItemTally {
  itemId: string
  total: number
  byRole: Record<Role, number>
  phone: number
  paper: number
  recorded: number
}

const noRoles = (): Record<Role, number> => Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>

/** One entry per option of the round, in the round's order; dots on items no longer offered are left out. */
export function roundTally(doc: WorkshopDoc, round: VotingRound): ItemTally[] {
  const byItem = new Map<string, ItemTally>(
    round.optionIds.map((itemId) => [itemId, { itemId, total: 0, byRole: noRoles(), phone: 0, paper: 0, recorded: 0 }]),
  )
  for (const vote of Object.values(doc.vote)) {
    if (vote.roundId !== round.id) continue
    const tally = byItem.get(vote.itemId)
    if (!tally) continue
    tally.total += vote.count
    tally.byRole[vote.role] += vote.count
    if (vote.participantId === null) tally.paper += vote.count
    else if (doc.participant[vote.participantId]?.source === 'phone') tally.phone += vote.count
    else tally.recorded += vote.count
  }
  return [...byItem.values()]
}
