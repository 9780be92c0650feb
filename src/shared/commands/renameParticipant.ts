// Gives a person in the room a name, changes it, or takes it away (an empty name: "Citizen 12" again).
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Id, Text } from '../model/records'
import { defineCommand, requireRecord } from './command'

export const renameParticipant = defineCommand({
  name: 'renameParticipant',
  args: z.object({ id: Id, name: Text(200).trim() }),
  run(doc, args) {
    const before = requireRecord(doc.participant, args.id, 'participant')
    return new PatchBuilder().update('participant', before, { ...before, name: args.name || null }).build()
  },
})
