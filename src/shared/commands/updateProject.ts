import { newestUpdatesOf, statusAgrees } from '../invariants/projects'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { checkProjectLinks } from './addProject'
import { defineCommand, reject, requireRecord } from './command'
import { ProjectFields } from './projectFields'
import { oneOwner } from './projectOwner'
import { chosenStrategyAreas } from './strategyAreas'
import { definedOnly } from './updateWorkshop'

export const updateProject = defineCommand({
  name: 'updateProject',
  args: ProjectFields.partial().extend({ id: Id }),
  run(doc, args, ctx) {
    const { id, ...changes } = args
    const before = requireRecord(doc.project, id, 'project')
    checkProjectLinks(doc, changes)
    // The status follows the newest follow-up (invariants/projects.ts): a different one is a new follow-up.
    const updates = recordsOf(doc, 'projectUpdate')
    if (changes.status !== undefined && !statusAgrees(id, changes.status, updates)) {
      reject('status-follows-follow-up', { status: newestUpdatesOf(id, updates)[0]!.status })
    }
    const areas = changes.strategyAreas && { strategyAreas: chosenStrategyAreas(doc, changes.strategyAreas) }
    const after = { ...before, ...definedOnly(changes), ...areas, ...oneOwner(before, changes), updatedAt: ctx.now }
    return new PatchBuilder().update('project', before, after).build()
  },
})
