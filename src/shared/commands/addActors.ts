// Puts actors on the board: organisations or people on the symbiosis map (issue 15), drawn as cards
// distinct from sticky notes. Many at once, so a list typed in the panel is one undo step.
import { z } from 'zod'
import { ACTOR_SIZE } from '../model/defaults'
import { PatchBuilder } from '../model/patch'
import { ActorType, Coord, Id, Size, Text } from '../model/records'
import { defineCommand, reject } from './command'

export const NewActor = z.object({
  id: Id,
  name: Text(200).trim().min(1),
  type: ActorType,
  contact: Text(500).default(''),
  x: Coord,
  y: Coord,
  width: Size.default(ACTOR_SIZE.width),
  height: Size.default(ACTOR_SIZE.height),
})

export const addActors = defineCommand({
  name: 'addActors',
  args: z.object({ actors: z.array(NewActor).min(1).max(5000) }),
  run(doc, args, ctx) {
    const patch = new PatchBuilder()
    const seen = new Set<string>()
    for (const actor of args.actors) {
      if (doc.actor[actor.id] || doc.note[actor.id] || doc.zone[actor.id] || seen.has(actor.id)) {
        reject('duplicate-id', { id: actor.id })
      }
      seen.add(actor.id)
      patch.add('actor', { ...actor, createdAt: ctx.now, updatedAt: ctx.now })
    }
    return patch.build()
  },
})
