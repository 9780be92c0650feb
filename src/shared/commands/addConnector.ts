// An arrow between two notes, zones or actors, with an optional label ("shares rooms with", "supports").
// A sharing link also says what flows along it (premises, people, knowledge…) and whether it goes one way
// (from gives, to receives) or both ways.
import { z } from 'zod'
import type { WorkshopDoc } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { FlowDirection, FlowType, Id, Text } from '../model/records'
import { defineCommand, reject } from './command'

/** Whether a line may end at this id: a note, a zone or an actor. */
export function isConnectorEnd(doc: WorkshopDoc, id: string): boolean {
  return Boolean(doc.note[id] || doc.zone[id] || doc.actor[id])
}

export const addConnector = defineCommand({
  name: 'addConnector',
  args: z.object({
    id: Id,
    fromId: Id,
    toId: Id,
    label: Text(200).default(''),
    flow: FlowType.nullable().default(null),
    direction: FlowDirection.default('gives'),
  }),
  run(doc, args) {
    if (doc.connector[args.id]) reject('duplicate-id', { id: args.id })
    if (args.fromId === args.toId) reject('connector-to-itself')
    for (const end of [args.fromId, args.toId]) {
      if (!isConnectorEnd(doc, end)) reject('unknown-record', { what: 'note', id: end })
    }
    return new PatchBuilder().add('connector', args).build()
  },
})
