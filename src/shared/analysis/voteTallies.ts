// Dot-vote tallies for one round: per option and per role, so the board and the report can show what
// citizens chose versus politicians versus staff (DOMAIN.md, step 4).
import { recordsOf, type WorkshopDoc } from '../model/document'
import { ROLES, type Role, type VotingRound } from '../model/records'
import { roundVoters } from '../invariants/votes'

export type RoleCounts = Record<Role, number>

export interface DotCount {
  total: number
  byRole: RoleCounts
}

export interface ItemTally extends DotCount {
  itemId: string
}

export interface RoundTally extends DotCount {
  roundId: string
  /** One entry per option of the round, in the round's option order, including options with no dots. */
  items: ItemTally[]
  /** How many people took part: those recorded one by one, and the people a role's paper dots stand for. */
  voters: number
}

export function zeroRoleCounts(): RoleCounts {
  return Object.fromEntries(ROLES.map((role) => [role, 0])) as RoleCounts
}

export function emptyDotCount(): DotCount {
  return { total: 0, byRole: zeroRoleCounts() }
}

export function tallyRound(doc: Pick<WorkshopDoc, 'vote' | 'participant'>, round: VotingRound): RoundTally {
  const items = new Map<string, ItemTally>(round.optionIds.map((itemId) => [itemId, { itemId, ...emptyDotCount() }]))
  const overall = emptyDotCount()
  for (const vote of recordsOf(doc, 'vote')) {
    if (vote.roundId !== round.id) continue
    // A vote on an option that was later removed from the round is not shown, as the board would not.
    const item = items.get(vote.itemId)
    if (!item) continue
    item.total += vote.count
    item.byRole[vote.role] += vote.count
    overall.total += vote.count
    overall.byRole[vote.role] += vote.count
  }
  const voters = roundVoters(round, recordsOf(doc, 'vote'), recordsOf(doc, 'participant'))
  return { roundId: round.id, ...overall, items: [...items.values()], voters }
}

/** Rounds in the order they were started (creation time, then id so equal times stay stable). */
export function roundsInOrder(doc: Pick<WorkshopDoc, 'votingRound'>): VotingRound[] {
  return recordsOf(doc, 'votingRound').sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
}

/** The most recent round that offered this item, or undefined when it was never voted on. */
export function latestRoundWith(doc: WorkshopDoc, itemId: string): VotingRound | undefined {
  return roundsInOrder(doc)
    .filter((round) => round.optionIds.includes(itemId))
    .at(-1)
}

/** Every dot of every round, by role; counted the same way as the rounds' own tallies, so they add up. */
export function allDots(doc: WorkshopDoc): DotCount {
  const count = emptyDotCount()
  for (const round of roundsInOrder(doc)) {
    const tally = tallyRound(doc, round)
    count.total += tally.total
    for (const role of ROLES) count.byRole[role] += tally.byRole[role]
  }
  return count
}
