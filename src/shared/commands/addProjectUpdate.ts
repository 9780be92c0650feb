// A follow-up on an action project at a later gathering (day 50, day 100): its status then, and a note.
// The project's own status follows the newest update.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Id, ProjectStatus, Text } from '../model/records'
import { defineCommand, reject, requireRecord } from './command'

export const addProjectUpdate = defineCommand({
  name: 'addProjectUpdate',
  args: z.object({
    id: Id,
    projectId: Id,
    sessionId: Id.nullable().default(null),
    status: ProjectStatus,
    text: Text(5000).default(''),
  }),
  run(doc, args, ctx) {
    if (doc.projectUpdate[args.id]) reject('duplicate-id', { id: args.id })
    const project = requireRecord(doc.project, args.projectId, 'project')
    if (args.sessionId) requireRecord(doc.session, args.sessionId, 'session')
    const patch = new PatchBuilder().add('projectUpdate', { ...args, createdAt: ctx.now })
    if (project.status !== args.status) patch.update('project', project, { ...project, status: args.status, updatedAt: ctx.now })
    return patch.build()
  },
})
