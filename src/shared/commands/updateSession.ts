// Renames a session or moves its date (a day-50 meeting that had to move a week).
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Id, IsoDate, Text } from '../model/records'
import { defineCommand, requireRecord } from './command'
import { definedOnly } from './updateWorkshop'

export const updateSession = defineCommand({
  name: 'updateSession',
  args: z.object({ id: Id, title: Text(200).trim().optional(), date: IsoDate.optional() }),
  run(doc, { id, ...changes }) {
    const before = requireRecord(doc.session, id, 'session')
    return new PatchBuilder().update('session', before, { ...before, ...definedOnly(changes) }).build()
  },
})
