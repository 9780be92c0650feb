// A gathering of the group (kick-off, day-50 refresh, day-100 landing); sessions keep their order.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id, IsoDate, Text } from '../model/records'
import { defineCommand, reject } from './command'

export const addSession = defineCommand({
  name: 'addSession',
  args: z.object({ id: Id, title: Text(200).trim(), date: IsoDate }),
  run(doc, args) {
    if (doc.session[args.id]) reject('duplicate-id', { id: args.id })
    const position = recordsOf(doc, 'session').length
    return new PatchBuilder().add('session', { ...args, position }).build()
  },
})
