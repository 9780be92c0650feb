// Titled areas on the board, e.g. one per asset category, "Ideas", "Action projects".
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Colour, Coord, Id, Size, Text } from '../model/records'
import { defineCommand, reject, requireRecord } from './command'

export const addZones = defineCommand({
  name: 'addZones',
  args: z.object({
    zones: z
      .array(
        z.object({
          id: Id,
          title: Text(200),
          categoryId: Id.nullable().default(null),
          color: Colour.default('#d9d9d9'),
          x: Coord,
          y: Coord,
          width: Size,
          height: Size,
        }),
      )
      .min(1)
      .max(500),
  }),
  run(doc, args) {
    const patch = new PatchBuilder()
    for (const zone of args.zones) {
      if (doc.zone[zone.id]) reject('duplicate-id', { id: zone.id })
      if (zone.categoryId) requireRecord(doc.category, zone.categoryId, 'category')
      patch.add('zone', zone)
    }
    return patch.build()
  },
})
