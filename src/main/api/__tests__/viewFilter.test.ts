// The projector's copy of the workshop: no private facilitator notes, no dots of unrevealed rounds, and a
// mirror fed with filtered patches always equals the filtered document (checked through a real store).
import { describe, expect, it } from 'vitest'
import type { ApiEvent } from '@shared/api/contract'
import { applyPatch } from '@shared/model/patch'
import { newWorkshop } from '../../core/__tests__/helpers'
import { eventForView, projectorDoc, projectorPatch, resultForView, viewRoleOf } from '../viewFilter'

const SECRET = 'Ask Karen about the hall key'

function votingWorkshop() {
  const store = newWorkshop()
  store.apply({ name: 'createTheme', args: { id: 't1', name: 'Traffic', noteIds: [] } })
  store.apply({ name: 'createTheme', args: { id: 't2', name: 'Children', noteIds: [] } })
  const staff = ['s1', 's2', 's3', 's4'].map((id) => ({ id, role: 'staff', name: null }))
  store.apply({ name: 'addParticipants', args: { participants: [{ id: 'p1', role: 'citizen', name: null }, ...staff] } })
  return store
}

describe('viewFilter', () => {
  it('reads the view role from untrusted text, defaulting to the facilitator', () => {
    expect(viewRoleOf('projector')).toBe('projector')
    for (const other of [null, undefined, '', 'PROJECTOR', 'facilitator', 'x']) expect(viewRoleOf(other)).toBe('facilitator')
  })

  it('keeps every private note and every hidden dot away from the projector, through a whole session', () => {
    const store = votingWorkshop()
    let mirror = projectorDoc(store.doc)
    const step = (call: { name: string; args: unknown } | 'undo' | 'redo') => {
      const change = call === 'undo' ? store.undo() : call === 'redo' ? store.redo() : store.apply(call)
      const patch = projectorPatch(change.patch, store.doc)
      expect(JSON.stringify(patch)).not.toContain(SECRET)
      mirror = applyPatch(mirror, patch)
      expect(mirror).toEqual(projectorDoc(store.doc)) // the projector's mirror never drifts
      return patch
    }
    step({ name: 'updatePhase', args: { id: 'phase-map', facilitatorNotes: SECRET } })
    expect(store.doc.phase['phase-map']?.facilitatorNotes).toBe(SECRET)
    expect(mirror.phase['phase-map']?.facilitatorNotes).toBe('')
    step({ name: 'startVotingRound', args: { id: 'r1', target: 'themes', optionIds: ['t1', 't2'], dotsPerParticipant: 4 } })
    const hidden = step({ name: 'recordVotes', args: { roundId: 'r1', votes: [{ id: 'v1', itemId: 't1', participantId: 'p1', count: 2 }] } })
    expect(hidden.vote).toBeUndefined()
    step({ name: 'recordPaperDots', args: { roundId: 'r1', role: 'staff', dots: [{ id: 'v2', itemId: 't2', count: 7 }] } })
    expect(Object.keys(mirror.vote)).toEqual([])
    const reveal = step({ name: 'setRoundStatus', args: { id: 'r1', status: 'revealed' } })
    expect(reveal.vote?.added.map((v) => v.id).sort()).toEqual(['v1', 'v2'])
    step('undo') // reveal undone: the dots leave the projector again
    expect(Object.keys(mirror.vote)).toEqual([])
    step('redo')
    expect(Object.keys(mirror.vote).sort()).toEqual(['v1', 'v2'])
    step({ name: 'recordVotes', args: { roundId: 'r1', votes: [{ id: 'v3', itemId: 't2', participantId: 'p1', count: 1 }] } })
    expect(mirror.vote.v3).toBeDefined() // dots added after the reveal show at once
    step('undo')
    step('undo') // back to hidden
    step({ name: 'updatePhase', args: { id: 'phase-map', title: 'Strengths' } })
    expect(mirror.phase['phase-map']).toMatchObject({ title: 'Strengths', facilitatorNotes: '' })
    store.close()
  })

  it('filters events and snapshots only for the projector', () => {
    const store = votingWorkshop()
    const change = store.apply({ name: 'updatePhase', args: { id: 'phase-map', facilitatorNotes: SECRET } })
    const event: ApiEvent = { type: 'patch', workshopId: 'w', revision: change.revision, patch: change.patch, canUndo: true, canRedo: false }
    expect(JSON.stringify(eventForView(event, 'facilitator', store.doc))).toContain(SECRET)
    const forProjector = eventForView(event, 'projector', store.doc)
    expect(JSON.stringify(forProjector)).not.toContain(SECRET)
    expect(forProjector).toMatchObject({ revision: change.revision })
    const closed: ApiEvent = { type: 'closed', workshopId: 'w' }
    expect(eventForView(closed, 'projector', null)).toBe(closed)
    const snapshot = { workshopId: 'w', path: store.path, revision: 1, canUndo: true, canRedo: false, doc: store.doc }
    expect(JSON.stringify(resultForView(snapshot, 'projector'))).not.toContain(SECRET)
    expect(resultForView(snapshot, 'facilitator')).toBe(snapshot)
    expect(resultForView({ revision: 3 }, 'projector')).toEqual({ revision: 3 })
    store.close()
  })
})
