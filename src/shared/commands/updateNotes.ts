// Changes notes: text, place, size, colour, kind, category or theme. A drag of many notes is one call.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Colour, Coord, Id, NoteKind, Size, Text } from '../model/records'
import { defineCommand, requireRecord } from './command'
import { definedOnly } from './updateWorkshop'

export const updateNotes = defineCommand({
  name: 'updateNotes',
  args: z.object({
    notes: z
      .array(
        z.object({
          id: Id,
          text: Text().optional(),
          kind: NoteKind.optional(),
          categoryId: Id.nullable().optional(),
          color: Colour.optional(),
          x: Coord.optional(),
          y: Coord.optional(),
          width: Size.optional(),
          height: Size.optional(),
          themeId: Id.nullable().optional(),
        }),
      )
      .min(1)
      .max(10_000),
  }),
  run(doc, args, ctx) {
    const patch = new PatchBuilder()
    for (const { id, ...changes } of args.notes) {
      const before = requireRecord(doc.note, id, 'note')
      if (changes.categoryId) requireRecord(doc.category, changes.categoryId, 'category')
      if (changes.themeId) requireRecord(doc.theme, changes.themeId, 'theme')
      patch.update('note', before, { ...before, ...definedOnly(changes), updatedAt: ctx.now })
    }
    return patch.build()
  },
})
