// The asset categories are editable per workshop: add one, with its own name and colour.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Colour, Id, Text } from '../model/records'
import { defineCommand, reject } from './command'

export const addCategory = defineCommand({
  name: 'addCategory',
  args: z.object({ id: Id, name: Text(100).trim().min(1), color: Colour }),
  run(doc, args) {
    if (doc.category[args.id]) reject('duplicate-id', { id: args.id })
    const position = recordsOf(doc, 'category').length
    return new PatchBuilder().add('category', { ...args, position }).build()
  },
})
