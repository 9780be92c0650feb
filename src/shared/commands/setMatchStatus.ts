// Moves a match along proposed -> agreed -> done (or back, when the room changes its mind).
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Id, MatchStatus } from '../model/records'
import { defineCommand, requireRecord } from './command'

export const setMatchStatus = defineCommand({
  name: 'setMatchStatus',
  args: z.object({ id: Id, status: MatchStatus }),
  run(doc, args, ctx) {
    const before = requireRecord(doc.match, args.id, 'match')
    return new PatchBuilder().update('match', before, { ...before, status: args.status, updatedAt: ctx.now }).build()
  },
})
