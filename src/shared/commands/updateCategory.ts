// Renames or recolours an asset category; a null name goes back to the built-in, translated one.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Colour, Id, Text } from '../model/records'
import { defineCommand, requireRecord } from './command'
import { definedOnly } from './updateWorkshop'

export const updateCategory = defineCommand({
  name: 'updateCategory',
  args: z.object({ id: Id, name: Text(100).trim().nullable().optional(), color: Colour.optional() }),
  run(doc, { id, ...changes }) {
    const before = requireRecord(doc.category, id, 'category')
    return new PatchBuilder().update('category', before, { ...before, ...definedOnly(changes) }).build()
  },
})
