// The facilitator links an offer to a need (issue 15). The app only ever suggests (see
// analysis/matchSuggestions.ts); a match exists because someone in the room chose it. It starts proposed.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { defineCommand, reject, requireRecord } from './command'

export const addMatch = defineCommand({
  name: 'addMatch',
  args: z.object({ id: Id, offerId: Id, needId: Id }),
  run(doc, args, ctx) {
    if (doc.match[args.id]) reject('duplicate-id', { id: args.id })
    const offer = requireRecord(doc.note, args.offerId, 'note')
    const need = requireRecord(doc.note, args.needId, 'note')
    if (offer.kind !== 'offer') reject('not-an-offer', { id: offer.id })
    if (need.kind !== 'need') reject('not-a-need', { id: need.id })
    if (recordsOf(doc, 'match').some((match) => match.offerId === offer.id && match.needId === need.id)) {
      reject('match-exists')
    }
    return new PatchBuilder()
      .add('match', { ...args, status: 'proposed', projectId: null, createdAt: ctx.now, updatedAt: ctx.now })
      .build()
  },
})
