import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { checkProjectLinks } from './addProject'
import { defineCommand, requireRecord } from './command'
import { ProjectFields } from './projectFields'
import { definedOnly } from './updateWorkshop'

export const updateProject = defineCommand({
  name: 'updateProject',
  args: ProjectFields.partial().extend({ id: Id }),
  run(doc, args, ctx) {
    const { id, ...changes } = args
    const before = requireRecord(doc.project, id, 'project')
    checkProjectLinks(doc, changes)
    return new PatchBuilder().update('project', before, { ...before, ...definedOnly(changes), updatedAt: ctx.now }).build()
  },
})
