import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { checkProjectLinks } from './addProject'
import { defineCommand, requireRecord } from './command'
import { ProjectFields } from './projectFields'
import { oneOwner } from './projectOwner'
import { definedOnly } from './updateWorkshop'

export const updateProject = defineCommand({
  name: 'updateProject',
  args: ProjectFields.partial().extend({ id: Id }),
  run(doc, args, ctx) {
    const { id, ...changes } = args
    const before = requireRecord(doc.project, id, 'project')
    checkProjectLinks(doc, changes)
    const after = { ...before, ...definedOnly(changes), ...oneOwner(before, changes), updatedAt: ctx.now }
    return new PatchBuilder().update('project', before, after).build()
  },
})
