// Takes a match back. A project made from it stays: it has a life of its own by then.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { defineCommand, requireRecord } from './command'

export const removeMatch = defineCommand({
  name: 'removeMatch',
  args: z.object({ id: Id }),
  run(doc, args) {
    return new PatchBuilder().remove('match', requireRecord(doc.match, args.id, 'match')).build()
  },
})
