// What a view may RECEIVE. The facilitator's window gets everything; the projector window gets the
// document without the facilitator's private notes and without the dots of voting rounds not yet revealed
// — stripped here on the main side, so the projector page never holds them (not merely hides them).
// Pure functions: snapshots and patch events go through here before a projector's transport sends them.
import type { ApiEvent, WorkshopSnapshot } from '@shared/api/contract'
import type { WorkshopDoc } from '@shared/model/document'
import { applyPatch, invertPatch, type KindDiff, type Patch } from '@shared/model/patch'
import type { Phase, Vote, VotingRound } from '@shared/model/records'
import { publicRoomStatus } from '@shared/room/contract'

export type ViewRole = 'facilitator' | 'projector'
export const VIEW_ROLES: readonly ViewRole[] = ['facilitator', 'projector']

/** Reads a view role from an untrusted string (a query parameter, a header); anything else is the facilitator. */
export function viewRoleOf(value: string | null | undefined): ViewRole {
  return value === 'projector' ? 'projector' : 'facilitator'
}

/** The room sees a round's dots once the facilitator revealed them (and after, when the round is closed). */
export function tallyVisible(round: VotingRound | undefined): boolean {
  return round !== undefined && round.status !== 'open'
}

const withoutNotes = (phase: Phase): Phase => (phase.facilitatorNotes === '' ? phase : { ...phase, facilitatorNotes: '' })

export function projectorDoc(doc: WorkshopDoc): WorkshopDoc {
  const phase = Object.fromEntries(Object.entries(doc.phase).map(([id, p]) => [id, withoutNotes(p)]))
  const vote = Object.fromEntries(Object.entries(doc.vote).filter(([, v]) => tallyVisible(doc.votingRound[v.roundId])))
  return { ...doc, phase, vote }
}

export function projectorSnapshot(snapshot: WorkshopSnapshot): WorkshopSnapshot {
  return { ...snapshot, doc: projectorDoc(snapshot.doc) }
}

/**
 * The projector's version of a patch, given the document after it. Phases lose their notes. Votes are sent
 * only while their round is visible; a round that becomes visible (revealed) brings all its votes along as
 * added, one that becomes hidden again (the reveal undone) takes them away as removed, so the projector's
 * mirror stays exactly projectorDoc(main's document) without a re-sync.
 */
export function projectorPatch(patch: Patch, after: WorkshopDoc): Patch {
  const out: Patch = { ...patch }
  if (patch.phase) {
    out.phase = {
      added: patch.phase.added.map(withoutNotes),
      updated: patch.phase.updated.map(([b, a]) => [withoutNotes(b), withoutNotes(a)]),
      removed: patch.phase.removed.map(withoutNotes),
    }
  }
  const rounds = patch.votingRound
  const roundChanged = rounds && (rounds.added.length > 0 || rounds.updated.length > 0 || rounds.removed.length > 0)
  if (!patch.vote && !roundChanged) return out

  const before = applyPatch(after, invertPatch(patch))
  const visibleBefore = (roundId: string) => tallyVisible(before.votingRound[roundId])
  const visibleAfter = (roundId: string) => tallyVisible(after.votingRound[roundId])
  const votes: KindDiff<Vote> = { added: [], updated: [], removed: [] }
  const sent = new Set<string>()
  const add = (list: Vote[], vote: Vote) => {
    if (sent.has(vote.id)) return
    sent.add(vote.id)
    list.push(vote)
  }
  for (const vote of patch.vote?.added ?? []) if (visibleAfter(vote.roundId)) add(votes.added, vote)
  for (const [was, now] of patch.vote?.updated ?? []) {
    const seenBefore = visibleBefore(was.roundId)
    const seenAfter = visibleAfter(now.roundId)
    if (seenBefore && seenAfter) {
      sent.add(now.id)
      votes.updated.push([was, now])
    } else if (seenAfter) add(votes.added, now)
    else if (seenBefore) add(votes.removed, was)
  }
  for (const vote of patch.vote?.removed ?? []) if (visibleBefore(vote.roundId)) add(votes.removed, vote)
  // Rounds whose visibility flipped: every vote of the round (as the document holds it) comes or goes.
  const roundIds = new Set([...Object.keys(before.votingRound), ...Object.keys(after.votingRound)])
  for (const roundId of roundIds) {
    const was = visibleBefore(roundId)
    const now = visibleAfter(roundId)
    if (was === now) continue
    const source = now ? after : before
    for (const vote of Object.values(source.vote)) {
      if (vote.roundId === roundId) add(now ? votes.added : votes.removed, vote)
    }
  }
  if (votes.added.length + votes.updated.length + votes.removed.length > 0) out.vote = votes
  else delete out.vote
  return out
}

/** The event as a view may receive it; the document after the change is needed to judge the votes. */
export function eventForView(event: ApiEvent, view: ViewRole, after: WorkshopDoc | null): ApiEvent {
  if (view === 'facilitator') return event
  // The projector's join screen needs the room's public facts only: never the inbox, the devices, names.
  if (event.type === 'room') return { ...event, status: publicRoomStatus(event.status) }
  if (event.type !== 'patch') return event
  // Without the document we cannot judge votes: send nothing private (the revision keeps the mirror in order).
  if (!after) return { ...event, patch: {} }
  return { ...event, patch: projectorPatch(event.patch, after) }
}

/** Method results carrying a whole document (open, create, snapshot) go through projectorSnapshot. */
export function resultForView(value: unknown, view: ViewRole): unknown {
  if (view === 'facilitator' || !isSnapshot(value)) return value
  return projectorSnapshot(value)
}

function isSnapshot(value: unknown): value is WorkshopSnapshot {
  return typeof value === 'object' && value !== null && 'doc' in value && 'workshopId' in value
}
