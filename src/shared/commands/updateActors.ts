// Changes actors: name, type, contact or size (moving is moveItems, so a mixed drag is one step). A new type
// may come with a new place (the card goes to its type's area: placeRetypedActor), so that is one step too.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { ActorType, Coord, Id, Size, Text } from '../model/records'
import { defineCommand, requireRecord } from './command'
import { definedOnly } from './updateWorkshop'

export const updateActors = defineCommand({
  name: 'updateActors',
  args: z.object({
    actors: z
      .array(
        z.object({
          id: Id,
          name: Text(200).trim().min(1).optional(),
          type: ActorType.optional(),
          contact: Text(500).optional(),
          x: Coord.optional(),
          y: Coord.optional(),
          width: Size.optional(),
          height: Size.optional(),
        }),
      )
      .min(1)
      .max(5000),
  }),
  run(doc, args, ctx) {
    const patch = new PatchBuilder()
    for (const { id, ...changes } of args.actors) {
      const before = requireRecord(doc.actor, id, 'actor')
      patch.update('actor', before, { ...before, ...definedOnly(changes), updatedAt: ctx.now })
    }
    return patch.build()
  },
})
