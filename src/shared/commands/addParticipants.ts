// Adds people to the room, one by one or many at once ("35 citizens").
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Id, ParticipantSource, Role, Text } from '../model/records'
import { defineCommand, reject } from './command'

export const addParticipants = defineCommand({
  name: 'addParticipants',
  args: z.object({
    participants: z
      .array(
        z.object({
          id: Id,
          name: Text(200).trim().nullable().default(null),
          role: Role,
          source: ParticipantSource.default('facilitator'),
        }),
      )
      .min(1)
      .max(1000),
  }),
  run(doc, args, ctx) {
    const patch = new PatchBuilder()
    for (const participant of args.participants) {
      if (doc.participant[participant.id]) reject('duplicate-id', { id: participant.id })
      patch.add('participant', { ...participant, name: participant.name || null, createdAt: ctx.now })
    }
    return patch.build()
  },
})
