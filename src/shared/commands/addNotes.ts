// Adds one note or many (a pasted list becomes one note per line); the caller places them.
import { z } from 'zod'
import { NOTE_COLOUR_BY_KIND, NOTE_SIZE } from '../model/defaults'
import { PatchBuilder } from '../model/patch'
import { Colour, Coord, Id, NoteKind, Size, Text } from '../model/records'
import { defineCommand, reject, requireRecord } from './command'

export const NewNote = z.object({
  id: Id,
  text: Text(),
  kind: NoteKind.default('idea'),
  categoryId: Id.nullable().default(null),
  color: Colour.optional(),
  x: Coord,
  y: Coord,
  width: Size.default(NOTE_SIZE.width),
  height: Size.default(NOTE_SIZE.height),
  authorId: Id.nullable().default(null),
  sessionId: Id.nullable().default(null),
  themeId: Id.nullable().default(null),
})

export const addNotes = defineCommand({
  name: 'addNotes',
  args: z.object({ notes: z.array(NewNote).min(1).max(5000) }),
  run(doc, args, ctx) {
    const patch = new PatchBuilder()
    for (const note of args.notes) {
      if (doc.note[note.id]) reject('duplicate-id', { id: note.id })
      if (note.categoryId) requireRecord(doc.category, note.categoryId, 'category')
      if (note.authorId) requireRecord(doc.participant, note.authorId, 'participant')
      if (note.sessionId) requireRecord(doc.session, note.sessionId, 'session')
      if (note.themeId) requireRecord(doc.theme, note.themeId, 'theme')
      patch.add('note', {
        ...note,
        color: note.color ?? NOTE_COLOUR_BY_KIND[note.kind],
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
    }
    return patch.build()
  },
})
