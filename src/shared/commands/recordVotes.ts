// Records dots: for one participant (checked against their dots and the per-item maximum), or paper dots
// counted for a whole role. Participants voting from their own phones will use the same command.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id, Role } from '../model/records'
import { defineCommand, reject, requireRecord } from './command'

export const recordVotes = defineCommand({
  name: 'recordVotes',
  args: z.object({
    roundId: Id,
    votes: z
      .array(
        z.object({
          id: Id,
          itemId: Id,
          participantId: Id.nullable().default(null),
          role: Role.optional(),
          count: z.number().int().min(1).max(10_000),
        }),
      )
      .min(1)
      .max(5000),
  }),
  run(doc, args, ctx) {
    const round = requireRecord(doc.votingRound, args.roundId, 'votingRound')
    if (round.status === 'closed') reject('round-closed')
    const options = new Set(round.optionIds)
    const earlier = recordsOf(doc, 'vote').filter((vote) => vote.roundId === round.id)
    const perParticipant = new Map<string, number>()
    const perParticipantItem = new Map<string, number>()
    const count = (map: Map<string, number>, key: string, add: number) => map.set(key, (map.get(key) ?? 0) + add).get(key)!
    for (const vote of earlier) {
      if (!vote.participantId) continue
      count(perParticipant, vote.participantId, vote.count)
      count(perParticipantItem, `${vote.participantId}/${vote.itemId}`, vote.count)
    }

    const patch = new PatchBuilder()
    for (const vote of args.votes) {
      if (doc.vote[vote.id]) reject('duplicate-id', { id: vote.id })
      if (!options.has(vote.itemId)) reject('not-an-option', { id: vote.itemId })
      let role = vote.role
      if (vote.participantId) {
        const participant = requireRecord(doc.participant, vote.participantId, 'participant')
        role = participant.role
        if (count(perParticipant, participant.id, vote.count) > round.dotsPerParticipant) {
          reject('too-many-dots', { max: round.dotsPerParticipant })
        }
        if (count(perParticipantItem, `${participant.id}/${vote.itemId}`, vote.count) > round.maxPerItem) {
          reject('too-many-on-item', { max: round.maxPerItem })
        }
      }
      if (!role) reject('vote-needs-role')
      patch.add('vote', {
        id: vote.id,
        roundId: round.id,
        itemId: vote.itemId,
        participantId: vote.participantId,
        role,
        count: vote.count,
        createdAt: ctx.now,
      })
    }
    return patch.build()
  },
})
