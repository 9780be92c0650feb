// Groups notes into a theme. The name may stay empty: groups are named after sorting (DOMAIN.md). With
// `gather` (what the board and the Method panel ask for) the notes also move into a tidy block in free space,
// in the same patch, so making a theme is one undo step and its outline and label cover nothing.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { THEME_COLOURS } from '../model/defaults'
import { PatchBuilder } from '../model/patch'
import { Colour, Id, Text } from '../model/records'
import { tidyName } from '../invariants/names'
import { fitZones } from '../layout/fitZones'
import { LayoutDraft } from '../layout/layoutDraft'
import { gatherTheme } from '../layout/themeBlocks'
import { defineCommand, reject, requireRecord } from './command'

export const createTheme = defineCommand({
  name: 'createTheme',
  args: z.object({
    id: Id,
    name: Text(200).overwrite(tidyName).default(''),
    color: Colour.optional(),
    noteIds: z.array(Id).max(10_000).default([]),
    /** Move the notes into a tidy block: 'near' where they were (a board selection), or in 'rows' (the panel). */
    gather: z.enum(['near', 'rows']).optional(),
  }),
  run(doc, args, ctx) {
    if (doc.theme[args.id]) reject('duplicate-id', { id: args.id })
    const color = args.color ?? THEME_COLOURS[recordsOf(doc, 'theme').length % THEME_COLOURS.length]!
    const theme = { id: args.id, name: args.name, color, createdAt: ctx.now }
    const patch = new PatchBuilder().add('theme', theme)
    for (const noteId of args.noteIds) requireRecord(doc.note, noteId, 'note')
    const draft = new LayoutDraft({ ...doc, theme: { ...doc.theme, [theme.id]: theme } })
    for (const noteId of args.noteIds) draft.setTheme(noteId, args.id)
    if (args.gather) {
      gatherTheme(draft, args.id, args.gather)
      fitZones(draft)
    }
    draft.writeInto(patch, ctx.now)
    return patch.build()
  },
})
