// Ungroups a theme: its notes stay on the board without a theme, projects made from it keep their fields but
// forget the link, and the theme itself goes. A theme that has been voted on is kept, because its dots are
// part of the record of the evening (rename it instead); the facilitator is told why.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { defineCommand, reject, requireRecord } from './command'

export const deleteTheme = defineCommand({
  name: 'deleteTheme',
  args: z.object({ id: Id }),
  run(doc, { id }, ctx) {
    const theme = requireRecord(doc.theme, id, 'theme')
    if (recordsOf(doc, 'votingRound').some((round) => round.optionIds.includes(id))) reject('theme-was-voted-on')
    const patch = new PatchBuilder()
    for (const note of recordsOf(doc, 'note')) {
      if (note.themeId === id) patch.update('note', note, { ...note, themeId: null, updatedAt: ctx.now })
    }
    for (const project of recordsOf(doc, 'project')) {
      if (project.themeId === id) patch.update('project', project, { ...project, themeId: null, updatedAt: ctx.now })
    }
    return patch.remove('theme', theme).build()
  },
})
