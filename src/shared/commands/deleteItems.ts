// Deletes any mix of notes, zones, actors and connectors in one step. Connectors whose end goes go too,
// matches of a deleted need or offer go, needs and offers said by a deleted actor forget who said them,
// and action projects forget the deleted notes. Notes inside a deleted zone stay: a zone is only a frame.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { defineCommand, reject } from './command'

export const deleteItems = defineCommand({
  name: 'deleteItems',
  args: z.object({ ids: z.array(Id).min(1).max(10_000) }),
  run(doc, args, ctx) {
    const ids = new Set(args.ids)
    const patch = new PatchBuilder()
    const removedConnectors = new Set<string>()
    for (const id of ids) {
      const note = doc.note[id]
      const zone = doc.zone[id]
      const actor = doc.actor[id]
      const connector = doc.connector[id]
      if (note) patch.remove('note', note)
      else if (zone) patch.remove('zone', zone)
      else if (actor) patch.remove('actor', actor)
      else if (connector) {
        patch.remove('connector', connector)
        removedConnectors.add(id)
      } else reject('unknown-record', { what: 'note', id })
    }
    for (const connector of recordsOf(doc, 'connector')) {
      if (removedConnectors.has(connector.id)) continue
      if (ids.has(connector.fromId) || ids.has(connector.toId)) patch.remove('connector', connector)
    }
    for (const match of recordsOf(doc, 'match')) {
      if (ids.has(match.offerId) || ids.has(match.needId)) patch.remove('match', match)
    }
    for (const note of recordsOf(doc, 'note')) {
      if (note.actorId && ids.has(note.actorId) && !ids.has(note.id)) {
        patch.update('note', note, { ...note, actorId: null, updatedAt: ctx.now })
      }
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
