// Changes the label of a connector ("shares rooms with"); its ends are fixed once drawn.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Id, Text } from '../model/records'
import { defineCommand, requireRecord } from './command'

export const updateConnector = defineCommand({
  name: 'updateConnector',
  args: z.object({ id: Id, label: Text(200) }),
  run(doc, args) {
    const before = requireRecord(doc.connector, args.id, 'connector')
    return new PatchBuilder().update('connector', before, { ...before, label: args.label }).build()
  },
})
