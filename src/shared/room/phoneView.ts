// What one phone sees of the room (RoomState), made from the workshop and what the room server knows about
// the device. Pure, so what a phone may learn is decided in one place and tested without a network: never the
// facilitator's private notes, tallies before Reveal, other participants' names, or another workshop.
import { recordsOf, workshopOf, type WorkshopDoc } from '../model/document'
import type { Role, VotingRound } from '../model/records'
import type { MyNote, RoomMode, RoomModeKind, RoomState } from './contract'
import { ROOM_LIMITS } from './contract'
import { roundTally } from './tally'

/** The room's setting chosen by the facilitator: what phones may do, and for vote/results which round. */
export interface RoomSetting {
  open: boolean
  mode: RoomModeKind
  roundId: string | null
}

/** What the room server keeps about one device. */
export interface DeviceFacts {
  participantId: string
  role: Role
  name: string | null
  language: 'da' | 'en'
  notes: readonly MyNote[]
  /** This device's dots: vote id -> the phone's client id for that dot. */
  dots: ReadonlyMap<string, string>
}

const LABEL_MAX = 140
const byNewest = (a: VotingRound, b: VotingRound) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)

/** The round phones vote in: the chosen one if it is open, else the newest open round. */
export function votingRoundFor(doc: WorkshopDoc, setting: RoomSetting): VotingRound | null {
  const chosen = setting.roundId ? doc.votingRound[setting.roundId] : undefined
  if (chosen) return chosen.status === 'open' ? chosen : null
  return (
    recordsOf(doc, 'votingRound')
      .filter((round) => round.status === 'open')
      .sort(byNewest)[0] ?? null
  )
}

/** The round whose results phones see: the chosen one once revealed, else the newest revealed or closed round. */
export function resultsRoundFor(doc: WorkshopDoc, setting: RoomSetting): VotingRound | null {
  const chosen = setting.roundId ? doc.votingRound[setting.roundId] : undefined
  if (chosen) return chosen.status !== 'open' ? chosen : null
  return (
    recordsOf(doc, 'votingRound')
      .filter((round) => round.status !== 'open')
      .sort(byNewest)[0] ?? null
  )
}

function itemOf(doc: WorkshopDoc, round: VotingRound, itemId: string): { id: string; label: string; color: string } {
  if (round.target === 'themes') {
    const theme = doc.theme[itemId]
    return { id: itemId, label: theme?.name ?? '', color: theme?.color ?? '#cccccc' }
  }
  const note = doc.note[itemId]
  const text = note?.text ?? ''
  return {
    id: itemId,
    label: text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text,
    color: note?.color ?? '#cccccc',
  }
}

/**
 * Dots per round and participant, counted once per version of the votes (a patch replaces `doc.vote`, so the
 * record map itself is the key): every push to 200 phones asks this once per phone, and counting all 800
 * votes for each of them was most of the room server's time during a vote.
 */
const dotsIndexes = new WeakMap<WorkshopDoc['vote'], Map<string, number>>()
const voterKey = (roundId: string, participantId: string) => `${roundId}\u0000${participantId}`

function dotsIndex(votes: WorkshopDoc['vote']): Map<string, number> {
  let index = dotsIndexes.get(votes)
  if (index) return index
  index = new Map()
  for (const vote of Object.values(votes)) {
    if (vote.participantId === null) continue
    const key = voterKey(vote.roundId, vote.participantId)
    index.set(key, (index.get(key) ?? 0) + vote.count)
  }
  dotsIndexes.set(votes, index)
  return index
}

/** The dots this participant has in the round (any they placed, and any the facilitator recorded for them). */
export function dotsUsed(doc: WorkshopDoc, round: VotingRound, participantId: string): number {
  return dotsIndex(doc.vote).get(voterKey(round.id, participantId)) ?? 0
}

export function phoneMode(doc: WorkshopDoc, setting: RoomSetting, device: DeviceFacts): RoomMode {
  switch (setting.mode) {
    case 'pause':
      return { kind: 'pause' }
    case 'ideas':
      return { kind: 'ideas' }
    case 'strengths':
      return {
        kind: 'strengths',
        categories: recordsOf(doc, 'category')
          .sort((a, b) => a.position - b.position)
          .map((category) => ({ id: category.id, name: category.name, color: category.color })),
      }
    case 'vote': {
      const round = votingRoundFor(doc, setting)
      if (!round) return { kind: 'pause' }
      const myDots = [...device.dots]
        .map(([voteId, clientId]) => ({ vote: doc.vote[voteId], clientId }))
        .filter(({ vote }) => vote?.roundId === round.id && vote.participantId === device.participantId)
        .map(({ vote, clientId }) => ({ clientId, itemId: vote!.itemId }))
      return {
        kind: 'vote',
        round: { id: round.id, title: round.title },
        items: round.optionIds.map((id) => itemOf(doc, round, id)),
        dotsPerParticipant: round.dotsPerParticipant,
        maxPerItem: round.maxPerItem,
        dotsLeft: Math.max(0, round.dotsPerParticipant - dotsUsed(doc, round, device.participantId)),
        myDots,
      }
    }
    case 'results': {
      const round = resultsRoundFor(doc, setting)
      if (!round) return { kind: 'results', round: null, items: [] }
      const items = roundTally(doc, round)
        .map(({ itemId, ...tally }) => ({ ...itemOf(doc, round, itemId), ...tally }))
        .sort((a, b) => b.total - a.total)
      return { kind: 'results', round: { id: round.id, title: round.title }, items }
    }
    case 'projects':
      return {
        kind: 'projects',
        projects: recordsOf(doc, 'project')
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
          .map((project) => ({
            id: project.id,
            title: project.title,
            goal: project.goal,
            firstStep: project.firstStep,
            deadline: project.deadline,
            members: project.memberIds.length,
            helping: project.memberIds.includes(device.participantId),
          })),
      }
  }
}

/**
 * What a phone's state is made from, as a list compared item by item (===) with the last one: the record maps
 * it reads (a patch replaces a kind's map only when that kind changed), the records of its own dots, and the
 * room's setting. Equal lists, equal state, so the room makes and sends no state to a phone whose view cannot
 * have changed (200 phones, one phone's note: one state, not 200). Everything phoneMode and phoneState read of
 * the workshop must be here; what the device itself holds (notes, language) is the caller's version counter.
 */
export function phoneViewInputs(doc: WorkshopDoc, setting: RoomSetting, device: DeviceFacts): unknown[] {
  const common = [setting.open, setting.mode, setting.roundId, doc.workshop]
  if (!setting.open) return common
  switch (setting.mode) {
    case 'pause':
    case 'ideas':
      return common
    case 'strengths':
      return [...common, doc.category]
    case 'vote': {
      const round = votingRoundFor(doc, setting)
      if (!round) return [...common, null]
      const items = round.target === 'themes' ? doc.theme : doc.note
      const myVotes = [...device.dots.keys()].map((voteId) => doc.vote[voteId])
      return [...common, round, items, dotsUsed(doc, round, device.participantId), ...myVotes]
    }
    case 'results':
      return [...common, doc.votingRound, doc.vote, doc.participant, doc.theme, doc.note]
    case 'projects':
      return [...common, doc.project]
  }
}

/** Whether two phoneViewInputs lists are the same inputs. */
export function sameViewInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((input, i) => input === b[i])
}

export function phoneState(doc: WorkshopDoc, setting: RoomSetting, device: DeviceFacts): RoomState {
  const workshop = workshopOf(doc)
  return {
    room: setting.open ? 'open' : 'closed',
    workshopTitle: workshop.title,
    workshopLanguage: workshop.language,
    me: { participantId: device.participantId, role: device.role, name: device.name, language: device.language },
    mode: setting.open ? phoneMode(doc, setting, device) : { kind: 'pause' },
    myNotes: [...device.notes],
    limits: { noteMaxLength: ROOM_LIMITS.noteMaxLength, notesPerMinute: ROOM_LIMITS.notesPerMinute },
  }
}
