// Paper dots as the Record dots form works with them: the role's current count per item (the starting point
// of a correction), and what a typed form would do to the role's budget, judged by the shared vote rules.
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { Role, Vote, VotingRound } from '@shared/model/records'
import { roleBudget, roleSubject, roundVoteProblems, type RoleBudget, type VoteProblem } from '@shared/invariants/votes'

/** The role's recorded paper dots per item of the round, as form text ('' for none). */
export function recordedPaperCounts(doc: WorkshopDoc, round: VotingRound, role: Role): Record<string, string> {
  const counts: Record<string, string> = {}
  for (const vote of recordsOf(doc, 'vote')) {
    if (vote.roundId !== round.id || vote.participantId !== null || vote.role !== role) continue
    counts[vote.itemId] = String(Number(counts[vote.itemId] ?? 0) + vote.count)
  }
  return counts
}

/** Typed text as whole dots per item; blank, zero and nonsense are no dots. */
export function typedDots(round: VotingRound, counts: Record<string, string>): { itemId: string; count: number }[] {
  return round.optionIds
    .map((itemId) => ({ itemId, count: Math.round(Number(counts[itemId] ?? '0')) }))
    .filter((entry) => Number.isFinite(entry.count) && entry.count > 0)
}

export interface PaperCheck {
  /** The role's budget as it would be with the typed paper dots in place of the recorded ones. */
  budget: RoleBudget
  /** The first rule the typed dots would break, or null. */
  problem: VoteProblem | null
}

/** What recording these paper dots for the role would mean: the same rules recordPaperDots applies. */
export function checkPaperDots(doc: WorkshopDoc, round: VotingRound, role: Role, counts: Record<string, string>): PaperCheck {
  const kept = recordsOf(doc, 'vote').filter(
    (vote) => !(vote.roundId === round.id && vote.participantId === null && vote.role === role),
  )
  const typed: Vote[] = typedDots(round, counts).map((entry, index) => ({
    id: `typed-${index}`,
    roundId: round.id,
    participantId: null,
    role,
    createdAt: round.createdAt,
    ...entry,
  }))
  const votes = [...kept, ...typed]
  const participants = recordsOf(doc, 'participant')
  const subject = roleSubject(role)
  const problem = roundVoteProblems(round, votes, participants).find((entry) => entry.subject === subject) ?? null
  return { budget: roleBudget(round, votes, participants, role), problem }
}
