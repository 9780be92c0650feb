// Changes notes: text, place, size, colour, kind, category, theme, or a need's or offer's who, category and exchange. A drag of many notes is one call.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Colour, Coord, Id, MarketCategory, NoteKind, OfferExchange, Size, Text } from '../model/records'
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
          /** Needs and offers: who says it, a participant or an actor. */
          authorId: Id.nullable().optional(),
          actorId: Id.nullable().optional(),
          marketCategory: MarketCategory.nullable().optional(),
          exchange: OfferExchange.nullable().optional(),
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
      if (changes.authorId) requireRecord(doc.participant, changes.authorId, 'participant')
      if (changes.actorId) requireRecord(doc.actor, changes.actorId, 'actor')
      patch.update('note', before, { ...before, ...definedOnly(changes), updatedAt: ctx.now })
    }
    return patch.build()
  },
})
