// Groups notes into a theme. The name may stay empty: groups are named after sorting (DOMAIN.md).
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { THEME_COLOURS } from '../model/defaults'
import { PatchBuilder } from '../model/patch'
import { Colour, Id, Text } from '../model/records'
import { defineCommand, reject, requireRecord } from './command'

export const createTheme = defineCommand({
  name: 'createTheme',
  args: z.object({
    id: Id,
    name: Text(200).trim().default(''),
    color: Colour.optional(),
    noteIds: z.array(Id).max(10_000).default([]),
  }),
  run(doc, args, ctx) {
    if (doc.theme[args.id]) reject('duplicate-id', { id: args.id })
    const color = args.color ?? THEME_COLOURS[recordsOf(doc, 'theme').length % THEME_COLOURS.length]!
    const patch = new PatchBuilder().add('theme', { id: args.id, name: args.name, color, createdAt: ctx.now })
    for (const noteId of new Set(args.noteIds)) {
      const before = requireRecord(doc.note, noteId, 'note')
      patch.update('note', before, { ...before, themeId: args.id, updatedAt: ctx.now })
    }
    return patch.build()
  },
})
