// Takes dots back while their round is still open: a participant on their phone changing their mind. The
// room only ever names the phone's own dots; the command checks the round, so a closed round stays as voted.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { defineCommand, reject } from './command'

export const takeBackVotes = defineCommand({
  name: 'takeBackVotes',
  args: z.object({ voteIds: z.array(Id).min(1).max(500) }),
  run(doc, args) {
    const patch = new PatchBuilder()
    for (const id of new Set(args.voteIds)) {
      const vote = doc.vote[id]
      if (!vote) continue // already gone: taking back twice is no error
      if (doc.votingRound[vote.roundId]?.status !== 'open') reject('round-closed')
      patch.remove('vote', vote)
    }
    return patch.build()
  },
})
