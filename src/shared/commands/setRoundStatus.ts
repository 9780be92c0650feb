// Reveal a round's tallies, or close it; earlier rounds stay in the file and can be viewed.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Id, RoundStatus } from '../model/records'
import { defineCommand, requireRecord } from './command'

export const setRoundStatus = defineCommand({
  name: 'setRoundStatus',
  args: z.object({ id: Id, status: RoundStatus }),
  run(doc, args) {
    const before = requireRecord(doc.votingRound, args.id, 'votingRound')
    return new PatchBuilder().update('votingRound', before, { ...before, status: args.status }).build()
  },
})
