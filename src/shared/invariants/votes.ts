// The rules every dot of a voting round obeys, in one place, so the commands, the JSON import and the panel
// judge votes the same way (DOMAIN.md, step 4):
//   - one participant places at most `dotsPerParticipant` dots in a round, at most `maxPerItem` on one item;
//   - a role as a whole (paper dots counted on the wall plus the dots of its people recorded one by one) places
//     at most (people of that role) × dotsPerParticipant dots, and at most (people) × maxPerItem on one item.
// Pure functions over plain records: no document, no i18n. A problem is a reason and its parameters, the
// same shape a rejected command carries, so the caller can refuse with it as it is.
import { ROLES, type Participant, type Role, type Vote, type VotingRound } from '../model/records'

export type VoteProblemReason =
  | 'too-many-dots'
  | 'too-many-on-item'
  | 'role-over-budget'
  | 'role-has-no-people'
  | 'role-too-many-on-item'
  | 'unknown-participant'

export interface VoteProblem {
  reason: VoteProblemReason
  /** Who the problem is about: `participant:<id>` or `role:<role>`; lets a command refuse only what it touched. */
  subject: string
  params: Record<string, string | number>
}

/** What one role may place in a round, and what it has placed. */
export interface RoleBudget {
  role: Role
  /** People of this role in the room now. */
  people: number
  /** Dots the role may place in all: people × dots per participant. */
  dots: number
  /** Dots the role may place on one item: people × the round's per-item maximum. */
  perItem: number
  /** Dots placed so far: paper dots plus the dots of people recorded one by one. */
  used: number
  /** Of `used`, the paper dots (counted for the role, no participant). */
  paper: number
}

export const participantSubject = (id: string) => `participant:${id}`
export const roleSubject = (role: Role) => `role:${role}`

const votesOf = (round: VotingRound, votes: readonly Vote[]) => votes.filter((vote) => vote.roundId === round.id)
const add = (map: Map<string, number>, key: string, count: number) => map.set(key, (map.get(key) ?? 0) + count)

export function peopleOfRole(participants: readonly Participant[], role: Role): number {
  return participants.filter((participant) => participant.role === role).length
}

/** The budget of one role in a round, given every vote (any round) and everyone in the room. */
export function roleBudget(round: VotingRound, votes: readonly Vote[], participants: readonly Participant[], role: Role): RoleBudget {
  const people = peopleOfRole(participants, role)
  let used = 0
  let paper = 0
  for (const vote of votesOf(round, votes)) {
    if (vote.role !== role) continue
    used += vote.count
    if (!vote.participantId) paper += vote.count
  }
  return { role, people, dots: people * round.dotsPerParticipant, perItem: people * round.maxPerItem, used, paper }
}

/** Every way the round's votes break the rules; empty when they keep them. */
export function roundVoteProblems(round: VotingRound, votes: readonly Vote[], participants: readonly Participant[]): VoteProblem[] {
  const known = new Set(participants.map((participant) => participant.id))
  const perParticipant = new Map<string, number>()
  const perParticipantItem = new Map<string, number>()
  const perRole = new Map<string, number>()
  const perRoleItem = new Map<string, number>()
  const problems: VoteProblem[] = []
  for (const vote of votesOf(round, votes)) {
    add(perRole, vote.role, vote.count)
    add(perRoleItem, `${vote.role}\n${vote.itemId}`, vote.count)
    if (!vote.participantId) continue
    if (!known.has(vote.participantId)) {
      problems.push({ reason: 'unknown-participant', subject: participantSubject(vote.participantId), params: { id: vote.participantId } })
    }
    add(perParticipant, vote.participantId, vote.count)
    add(perParticipantItem, `${vote.participantId}\n${vote.itemId}`, vote.count)
  }
  for (const [id, count] of perParticipant) {
    if (count > round.dotsPerParticipant) {
      problems.push({ reason: 'too-many-dots', subject: participantSubject(id), params: { max: round.dotsPerParticipant, count } })
    }
  }
  for (const [key, count] of perParticipantItem) {
    const [id, itemId] = key.split('\n') as [string, string]
    if (count > round.maxPerItem) {
      problems.push({ reason: 'too-many-on-item', subject: participantSubject(id), params: { max: round.maxPerItem, count, itemId } })
    }
  }
  // The more particular rule first: "200 on one item" says more than "too many in all".
  for (const [key, count] of perRoleItem) {
    const [role, itemId] = key.split('\n') as [Role, string]
    const people = peopleOfRole(participants, role)
    if (people > 0 && count > people * round.maxPerItem) {
      problems.push({
        reason: 'role-too-many-on-item',
        subject: roleSubject(role),
        params: { role, max: people * round.maxPerItem, count, itemId, people, perItem: round.maxPerItem },
      })
    }
  }
  for (const role of ROLES) {
    const people = peopleOfRole(participants, role)
    const count = perRole.get(role) ?? 0
    if (count > people * round.dotsPerParticipant) {
      problems.push({
        // No one of the role is in the room: a different fix (add them), so a different message.
        reason: people === 0 ? 'role-has-no-people' : 'role-over-budget',
        subject: roleSubject(role),
        params: { role, max: people * round.dotsPerParticipant, count, people, dots: round.dotsPerParticipant },
      })
    }
  }
  return problems
}

/** Every problem of every round, each with its round; what an import checks before it writes anything. */
export function allVoteProblems(
  rounds: readonly VotingRound[],
  votes: readonly Vote[],
  participants: readonly Participant[],
): (VoteProblem & { roundId: string })[] {
  return rounds.flatMap((round) => roundVoteProblems(round, votes, participants).map((problem) => ({ ...problem, roundId: round.id })))
}

/**
 * The first problem a change brings that was not there before it (same reason, same subject); undefined when
 * the change keeps the rules. Problems an older file already had do not block an unrelated edit.
 */
export function newVoteProblem<P extends VoteProblem & { roundId?: string }>(before: readonly P[], after: readonly P[]): P | undefined {
  const key = (problem: P) => `${problem.roundId ?? ''}\n${problem.reason}\n${problem.subject}`
  const existing = new Set(before.map(key))
  return after.find((problem) => !existing.has(key(problem)))
}

/**
 * How many people took part in a round: everyone recorded one by one, and for every role with paper dots the
 * people of that role who were not recorded one by one (the paper dots stand for them).
 */
export function roundVoters(round: VotingRound, votes: readonly Vote[], participants: readonly Participant[]): number {
  const individuals = new Set<string>()
  const paperRoles = new Set<Role>()
  // Dots on an item no longer offered are not shown in the tally, so they bring no one either.
  const options = new Set(round.optionIds)
  for (const vote of votesOf(round, votes).filter((entry) => options.has(entry.itemId))) {
    if (vote.participantId) individuals.add(vote.participantId)
    else paperRoles.add(vote.role)
  }
  let voters = individuals.size
  for (const role of paperRoles) {
    const people = participants.filter((participant) => participant.role === role)
    voters += people.filter((participant) => !individuals.has(participant.id)).length
  }
  return voters
}

/** The first problem about one of these subjects: a command that records dots refuses what it would break. */
export function problemAbout(problems: readonly VoteProblem[], subjects: ReadonlySet<string>): VoteProblem | undefined {
  return problems.find((problem) => subjects.has(problem.subject))
}
