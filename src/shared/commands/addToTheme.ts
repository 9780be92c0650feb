// Notes join an existing theme and the theme is gathered again into one tidy block, so its outline does
// not stretch across the board to reach them. One command, one undo step.
import { z } from 'zod'
import { fitZones } from '../layout/fitZones'
import { LayoutDraft } from '../layout/layoutDraft'
import { gatherTheme } from '../layout/themeBlocks'
import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { defineCommand, requireRecord } from './command'

export const addToTheme = defineCommand({
  name: 'addToTheme',
  args: z.object({ themeId: Id, noteIds: z.array(Id).min(1).max(10_000) }),
  run(doc, args, ctx) {
    requireRecord(doc.theme, args.themeId, 'theme')
    for (const noteId of args.noteIds) requireRecord(doc.note, noteId, 'note')
    const draft = new LayoutDraft(doc)
    // The block stays near the theme's notes as they are; the added ones come to it.
    const members = Object.values(doc.note)
      .filter((note) => note.themeId === args.themeId)
      .map((note) => note.id)
    for (const noteId of args.noteIds) draft.setTheme(noteId, args.themeId)
    gatherTheme(draft, args.themeId, members.length > 0 ? 'near' : 'rows', members)
    fitZones(draft)
    const patch = new PatchBuilder()
    draft.writeInto(patch, ctx.now)
    return patch.build()
  },
})
