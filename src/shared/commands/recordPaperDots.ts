// Paper dots counted on the wall for a whole role. A recording is the role's whole count for the round: a
// second recording replaces the first (a correction, one undo step), never adds to it, so counting the wall
// twice cannot double the dots. The role's budget is checked in invariants/votes.ts.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id, Role, type Vote } from '../model/records'
import { problemAbout, roleSubject, roundVoteProblems } from '../invariants/votes'
import { defineCommand, reject, requireRecord } from './command'

export const recordPaperDots = defineCommand({
  name: 'recordPaperDots',
  args: z.object({
    roundId: Id,
    role: Role,
    /** Every item with dots; an item left out has none. An empty list clears the role's paper dots. */
    dots: z.array(z.object({ id: Id, itemId: Id, count: z.number().int().min(1).max(10_000) })).max(1000),
  }),
  run(doc, args, ctx) {
    const round = requireRecord(doc.votingRound, args.roundId, 'votingRound')
    if (round.status === 'closed') reject('round-closed')
    const options = new Set(round.optionIds)
    const items = new Set<string>()
    const replaced = recordsOf(doc, 'vote').filter(
      (vote) => vote.roundId === round.id && vote.participantId === null && vote.role === args.role,
    )
    const added: Vote[] = []
    for (const entry of args.dots) {
      if (doc.vote[entry.id] || added.some((other) => other.id === entry.id)) reject('duplicate-id', { id: entry.id })
      if (!options.has(entry.itemId)) reject('not-an-option', { id: entry.itemId })
      if (items.has(entry.itemId)) reject('duplicate-id', { id: entry.itemId })
      items.add(entry.itemId)
      added.push({ ...entry, roundId: round.id, participantId: null, role: args.role, createdAt: ctx.now })
    }
    if (added.length === 0 && replaced.length === 0) reject('nothing-to-add')
    const gone = new Set(replaced.map((vote) => vote.id))
    const votes = [...recordsOf(doc, 'vote').filter((vote) => !gone.has(vote.id)), ...added]
    const problem = problemAbout(roundVoteProblems(round, votes, recordsOf(doc, 'participant')), new Set([roleSubject(args.role)]))
    if (problem) reject(problem.reason, problem.params)
    const patch = new PatchBuilder()
    for (const vote of replaced) patch.remove('vote', vote)
    for (const vote of added) patch.add('vote', vote)
    return patch.build()
  },
})
