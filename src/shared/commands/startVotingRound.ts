// Opens a dot-voting round over themes or notes. Tallies stay hidden until the facilitator reveals them.
import { z } from 'zod'
import { defaultDotsPerParticipant } from '../model/defaults'
import { PatchBuilder } from '../model/patch'
import { Id, RoundTarget, Text } from '../model/records'
import { defineCommand, reject, requireRecord } from './command'

export const startVotingRound = defineCommand({
  name: 'startVotingRound',
  args: z.object({
    id: Id,
    title: Text(200).trim().default(''),
    target: RoundTarget,
    optionIds: z.array(Id).min(1).max(1000),
    dotsPerParticipant: z.number().int().min(1).max(50).optional(),
    maxPerItem: z.number().int().min(1).max(50).default(2),
    sessionId: Id.nullable().default(null),
  }),
  run(doc, args, ctx) {
    if (doc.votingRound[args.id]) reject('duplicate-id', { id: args.id })
    const options = [...new Set(args.optionIds)]
    for (const optionId of options) {
      if (args.target === 'themes') requireRecord(doc.theme, optionId, 'theme')
      else requireRecord(doc.note, optionId, 'note')
    }
    if (args.sessionId) requireRecord(doc.session, args.sessionId, 'session')
    return new PatchBuilder()
      .add('votingRound', {
        id: args.id,
        title: args.title,
        target: args.target,
        optionIds: options,
        dotsPerParticipant: args.dotsPerParticipant ?? defaultDotsPerParticipant(options.length),
        maxPerItem: args.maxPerItem,
        status: 'open',
        sessionId: args.sessionId,
        createdAt: ctx.now,
      })
      .build()
  },
})
