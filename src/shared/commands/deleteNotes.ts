// Deletes notes and everything that only meant something because of them: their connectors and the
// links to them from action projects.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { defineCommand, requireRecord } from './command'

export const deleteNotes = defineCommand({
  name: 'deleteNotes',
  args: z.object({ ids: z.array(Id).min(1).max(10_000) }),
  run(doc, args, ctx) {
    const ids = new Set(args.ids)
    const patch = new PatchBuilder()
    for (const id of ids) patch.remove('note', requireRecord(doc.note, id, 'note'))
    for (const connector of recordsOf(doc, 'connector')) {
      if (ids.has(connector.fromId) || ids.has(connector.toId)) patch.remove('connector', connector)
    }
    for (const project of recordsOf(doc, 'project')) {
      const strengthIds = project.strengthIds.filter((id) => !ids.has(id))
      const ideaIds = project.ideaIds.filter((id) => !ids.has(id))
      if (strengthIds.length !== project.strengthIds.length || ideaIds.length !== project.ideaIds.length) {
        patch.update('project', project, { ...project, strengthIds, ideaIds, updatedAt: ctx.now })
      }
    }
    return patch.build()
  },
})
