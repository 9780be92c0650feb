// An arrow between two notes or zones, with an optional label ("shares rooms with", "supports").
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Id, Text } from '../model/records'
import { defineCommand, reject } from './command'

export const addConnector = defineCommand({
  name: 'addConnector',
  args: z.object({ id: Id, fromId: Id, toId: Id, label: Text(200).default('') }),
  run(doc, args) {
    if (doc.connector[args.id]) reject('duplicate-id', { id: args.id })
    if (args.fromId === args.toId) reject('connector-to-itself')
    for (const end of [args.fromId, args.toId]) {
      if (!doc.note[end] && !doc.zone[end]) reject('unknown-record', { what: 'note', id: end })
    }
    return new PatchBuilder().add('connector', args).build()
  },
})
