// Takes a person out of the room's list. Their dots either stay as their role's paper dots (the votes were
// cast; only the name goes) or go with them; the facilitator is asked which. Projects and notes that named
// them keep everything else and lose only the link (a named owner stays the owner by name). One undo step
// brings all of it back.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { applyPatch, PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { allVoteProblems, newVoteProblem } from '../invariants/votes'
import { defineCommand, reject, requireRecord } from './command'

export const removeParticipant = defineCommand({
  name: 'removeParticipant',
  args: z.object({ id: Id, dots: z.enum(['keep', 'remove']) }),
  run(doc, args) {
    const participant = requireRecord(doc.participant, args.id, 'participant')
    const patch = new PatchBuilder()
    for (const vote of recordsOf(doc, 'vote')) {
      if (vote.participantId !== participant.id) continue
      if (args.dots === 'keep') patch.update('vote', vote, { ...vote, participantId: null })
      else patch.remove('vote', vote)
    }
    for (const project of recordsOf(doc, 'project')) {
      if (project.ownerId !== participant.id && !project.memberIds.includes(participant.id)) continue
      patch.update('project', project, {
        ...project,
        // A named owner stays the owner by name: only the link to the list goes.
        ...(project.ownerId === participant.id ? { ownerId: null, ownerName: participant.name ?? '' } : {}),
        memberIds: project.memberIds.filter((id) => id !== participant.id),
      })
    }
    for (const note of recordsOf(doc, 'note')) {
      if (note.authorId === participant.id) patch.update('note', note, { ...note, authorId: null })
    }
    patch.remove('participant', participant)
    const result = patch.build()

    // One person fewer shrinks the role's budget in every round: refuse when that leaves more dots than the
    // role may have (the facilitator corrects the paper dots first, or removes this person's dots).
    const after = applyPatch(doc, result)
    const rounds = recordsOf(doc, 'votingRound')
    const before = allVoteProblems(rounds, recordsOf(doc, 'vote'), recordsOf(doc, 'participant'))
    const problems = allVoteProblems(rounds, recordsOf(after, 'vote'), recordsOf(after, 'participant'))
    // The role's total says more than one item's count, so it is the reason given when both apply.
    const overall = newVoteProblem(before, problems.filter((problem) => problem.reason === 'role-over-budget'))
    if (overall) reject('participant-needed-for-dots', overall.params)
    const onItem = newVoteProblem(before, problems)
    if (onItem) reject('participant-needed-for-item-dots', onItem.params)
    return result
  },
})
