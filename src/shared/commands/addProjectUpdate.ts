// A follow-up on an action project at a later gathering (day 50, day 100): its status then, how far it has
// come (0–100 %, when known) and a note. The project's own status follows the newest update; its progress is
// the latest progress its follow-ups reported (analysis/projectProgress.ts), so day-50 and day-100 leave a
// dated timeline.
import { z } from 'zod'
import { PatchBuilder } from '../model/patch'
import { Id, Progress, ProjectStatus, Text } from '../model/records'
import { defineCommand, reject, requireRecord } from './command'

export const addProjectUpdate = defineCommand({
  name: 'addProjectUpdate',
  args: z.object({
    id: Id,
    projectId: Id,
    sessionId: Id.nullable().default(null),
    status: ProjectStatus,
    text: Text(5000).default(''),
    // Any number gets this far, so "140" is refused below with a message that says 0–100, not "bad input".
    progress: z.number().nullable().default(null),
  }),
  run(doc, args, ctx) {
    if (doc.projectUpdate[args.id]) reject('duplicate-id', { id: args.id })
    const project = requireRecord(doc.project, args.projectId, 'project')
    if (args.sessionId) requireRecord(doc.session, args.sessionId, 'session')
    if (args.progress !== null && !Progress.safeParse(args.progress).success) {
      reject('progress-out-of-range', { progress: String(args.progress) })
    }
    const patch = new PatchBuilder().add('projectUpdate', { ...args, createdAt: ctx.now })
    if (project.status !== args.status) patch.update('project', project, { ...project, status: args.status, updatedAt: ctx.now })
    return patch.build()
  },
})
