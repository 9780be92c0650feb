// Changes what a connector says: its label ("shares rooms with"), what flows along it and its direction.
// Its ends are fixed once drawn; "reverse" swaps them, so the other actor becomes the giver.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { FlowDirection, FlowType, Id, Text } from '../model/records'
import { defineCommand, requireRecord } from './command'
import { definedOnly } from './updateWorkshop'

export const updateConnector = defineCommand({
  name: 'updateConnector',
  args: z.object({
    id: Id,
    label: Text(200).optional(),
    flow: FlowType.nullable().optional(),
    direction: FlowDirection.optional(),
    reverse: z.boolean().optional(),
  }),
  run(doc, args) {
    const { id, reverse, ...changes } = args
    const before = requireRecord(doc.connector, id, 'connector')
    const ends = reverse ? { fromId: before.toId, toId: before.fromId } : {}
    return new PatchBuilder().update('connector', before, { ...before, ...definedOnly(changes), ...ends }).build()
  },
})
