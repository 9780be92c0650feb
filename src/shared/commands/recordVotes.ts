// Records the dots of participants recorded one by one (the facilitator choosing a person, later the
// participants' own phones). Paper dots counted for a whole role go through recordPaperDots.
// The rules (dots per participant, per item, and the role's budget) are in invariants/votes.ts.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id, type Vote } from '../model/records'
import { participantSubject, problemAbout, roleSubject, roundVoteProblems } from '../invariants/votes'
import { defineCommand, reject, requireRecord } from './command'

export const recordVotes = defineCommand({
  name: 'recordVotes',
  args: z.object({
    roundId: Id,
    votes: z
      .array(z.object({ id: Id, itemId: Id, participantId: Id, count: z.number().int().min(1).max(50) }))
      .min(1)
      .max(5000),
  }),
  run(doc, args, ctx) {
    const round = requireRecord(doc.votingRound, args.roundId, 'votingRound')
    if (round.status === 'closed') reject('round-closed')
    const options = new Set(round.optionIds)
    const added: Vote[] = []
    const touched = new Set<string>()
    for (const vote of args.votes) {
      if (doc.vote[vote.id] || added.some((other) => other.id === vote.id)) reject('duplicate-id', { id: vote.id })
      if (!options.has(vote.itemId)) reject('not-an-option', { id: vote.itemId })
      const participant = requireRecord(doc.participant, vote.participantId, 'participant')
      touched.add(participantSubject(participant.id)).add(roleSubject(participant.role))
      added.push({ ...vote, roundId: round.id, role: participant.role, createdAt: ctx.now })
    }
    const votes = [...recordsOf(doc, 'vote'), ...added]
    const problem = problemAbout(roundVoteProblems(round, votes, recordsOf(doc, 'participant')), touched)
    if (problem) reject(problem.reason, problem.params)
    const patch = new PatchBuilder()
    for (const vote of added) patch.add('vote', vote)
    return patch.build()
  },
})
