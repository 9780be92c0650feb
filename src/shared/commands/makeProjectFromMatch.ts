// An agreed match becomes an action project (issue 15): the need's owner owns the project (a participant by
// id, an actor by name), the need is
// what it needs and the offer the resource offered. One undo step makes the project and links the match.
import { z } from 'zod'
import type { WorkshopDoc } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id, Text, type Note } from '../model/records'
import { addProject } from './addProject'
import { defineCommand, reject, requireRecord } from './command'

/** Who said a need or an offer, as plain text: the actor's or the participant's name. */
export function marketOwnerName(doc: WorkshopDoc, note: Note): string {
  if (note.actorId) return doc.actor[note.actorId]?.name ?? ''
  if (note.authorId) return doc.participant[note.authorId]?.name ?? ''
  return ''
}

const firstLine = (text: string) => (text.split('\n')[0] ?? '').trim().slice(0, 200)

export const makeProjectFromMatch = defineCommand({
  name: 'makeProjectFromMatch',
  args: z.object({ matchId: Id, projectId: Id, title: Text(200).optional() }),
  run(doc, args, ctx) {
    const match = requireRecord(doc.match, args.matchId, 'match')
    if (match.status === 'proposed') reject('match-not-agreed')
    if (match.projectId) reject('match-has-project')
    const need = requireRecord(doc.note, match.needId, 'note')
    const offer = requireRecord(doc.note, match.offerId, 'note')
    const offeredBy = marketOwnerName(doc, offer)
    const projectPatch = addProject.run(
      doc,
      {
        id: args.projectId,
        title: args.title ?? firstLine(need.text),
        // A need said by an actor (a firm, the job centre) has no participant to own the project: the
        // actor's name becomes the owner's typed name, so the project still says who carries it.
        ...(need.authorId ? { ownerId: need.authorId } : { ownerName: need.actorId ? marketOwnerName(doc, need) : '' }),
        resourcesNeeded: need.text,
        resourcesOffered: offeredBy ? `${offer.text} (${offeredBy})` : offer.text,
        sessionId: need.sessionId,
      },
      ctx,
    )
    const linked = new PatchBuilder().update('match', match, { ...match, projectId: args.projectId, updatedAt: ctx.now })
    return { ...projectPatch, match: linked.build().match }
  },
})
