// Renames, recolours, re-categorises or resizes zones. Moving is moveItems, so notes can travel along.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Colour, Coord, Id, Size, Text } from '../model/records'
import { defineCommand, requireRecord } from './command'
import { definedOnly } from './updateWorkshop'

export const updateZones = defineCommand({
  name: 'updateZones',
  args: z.object({
    zones: z
      .array(
        z.object({
          id: Id,
          title: Text(200).optional(),
          categoryId: Id.nullable().optional(),
          color: Colour.optional(),
          x: Coord.optional(),
          y: Coord.optional(),
          width: Size.optional(),
          height: Size.optional(),
        }),
      )
      .min(1)
      .max(500),
  }),
  run(doc, args) {
    const patch = new PatchBuilder()
    for (const { id, ...changes } of args.zones) {
      const before = requireRecord(doc.zone, id, 'zone')
      if (changes.categoryId) requireRecord(doc.category, changes.categoryId, 'category')
      patch.update('zone', before, { ...before, ...definedOnly(changes) })
    }
    return patch.build()
  },
})
