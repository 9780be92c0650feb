// The needs-and-offers market in numbers (issue 15): matches by status, needs with no match, and the share
// of participants with at least one agreed match — "about half leave with a possible collaborator" is what
// the facilitator wants to see. A done match was agreed first, so it counts as agreed.
import { recordsOf, type WorkshopDoc } from '../model/document'
import { MATCH_STATUSES, type MatchStatus } from '../model/records'

export interface MarketSummary {
  needs: number
  offers: number
  matchesByStatus: Record<MatchStatus, number>
  needsWithoutMatch: string[]
  participants: number
  participantsWithAgreedMatch: number
  /** 0..1, or null when the workshop has no participants. */
  shareWithAgreedMatch: number | null
}

export function marketSummary(doc: WorkshopDoc): MarketSummary {
  const notes = recordsOf(doc, 'note')
  const needs = notes.filter((note) => note.kind === 'need')
  const matches = recordsOf(doc, 'match')
  const matchesByStatus = Object.fromEntries(MATCH_STATUSES.map((status) => [status, 0])) as Record<MatchStatus, number>
  const matchedNeeds = new Set<string>()
  const agreedPeople = new Set<string>()
  for (const match of matches) {
    matchesByStatus[match.status]++
    matchedNeeds.add(match.needId)
    if (match.status === 'proposed') continue
    for (const id of [match.needId, match.offerId]) {
      const author = doc.note[id]?.authorId
      if (author && doc.participant[author]) agreedPeople.add(author)
    }
  }
  const participants = Object.keys(doc.participant).length
  return {
    needs: needs.length,
    offers: notes.filter((note) => note.kind === 'offer').length,
    matchesByStatus,
    needsWithoutMatch: needs.filter((need) => !matchedNeeds.has(need.id)).map((need) => need.id),
    participants,
    participantsWithAgreedMatch: agreedPeople.size,
    shareWithAgreedMatch: participants === 0 ? null : agreedPeople.size / participants,
  }
}
