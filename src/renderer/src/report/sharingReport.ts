// The report's two issue-15 sections as plain data (no React): who shares what with whom on a symbiosis
// map, and the needs-and-offers market with its matches. Null when the workshop has no actors, or no needs
// and offers, so an ordinary workshop's report has no empty sections. A participant who said a need or an
// offer is named only when the report includes names (same rule as every other person in the report);
// actors are organisations and always appear by name.
import { marketSummary } from '@shared/analysis/marketSummary'
import { sharingSummary, type FlowWith } from '@shared/analysis/sharingSummary'
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import {
  ACTOR_TYPES,
  FLOW_TYPES,
  MATCH_STATUSES,
  type ActorType,
  type FlowType,
  type MarketCategory,
  type MatchStatus,
  type Note,
} from '@shared/model/records'

export interface FlowGroup {
  flow: FlowType
  /** The other actors' names (with the link's label in brackets when it has one). */
  with: string[]
}

export interface ActorRow {
  name: string
  type: ActorType
  contact: string
  gives: FlowGroup[]
  receives: FlowGroup[]
  links: number
}

export interface SharingReport {
  actors: ActorRow[]
  linkCount: number
  /** Flow types with at least one link, in the legend's order. */
  byFlow: { flow: FlowType; count: number }[]
  byActorType: { type: ActorType; count: number }[]
  /** The opportunities: actors nobody shares with yet. */
  unlinked: { name: string; type: ActorType }[]
}

export interface MarketNote {
  text: string
  /** Who said it: an actor's name, a participant's label, or null. */
  who: string | null
  category: MarketCategory | null
}

export interface MatchRow {
  need: MarketNote
  offer: MarketNote
  status: MatchStatus
  project: string | null
}

export interface MarketReport {
  needs: number
  offers: number
  matches: number
  byStatus: { status: MatchStatus; count: number }[]
  /** Matches grouped by status: done first, then agreed, then proposed (what was achieved leads). */
  rows: MatchRow[]
  unmatched: MarketNote[]
  participants: number
  participantsWithAgreedMatch: number
  shareWithAgreedMatch: number | null
}

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

function groupByFlow(items: readonly FlowWith[], nameOf: (id: string) => string): FlowGroup[] {
  return FLOW_TYPES.map((flow) => ({
    flow,
    with: items
      .filter((item) => item.flow === flow)
      .map((item) => (item.label.trim() === '' ? nameOf(item.otherId) : `${nameOf(item.otherId)} (${item.label.trim()})`)),
  })).filter((group) => group.with.length > 0)
}

export function buildSharingReport(doc: WorkshopDoc): SharingReport | null {
  const summary = sharingSummary(doc)
  if (summary.actors.length === 0) return null
  // In a needs-and-offers market actors only say who needs or offers; with no sharing link between them
  // there is nothing to tell about who shares with whom, and every actor would look like a missed chance.
  if (summary.linkCount === 0 && recordsOf(doc, 'note').some((note) => note.kind === 'need' || note.kind === 'offer')) return null
  const nameOf = (id: string) => doc.actor[id]?.name ?? ''
  // Links per actor, each counted once (a both-ways link is one link, not a give and a receive).
  const linksOf = new Map<string, number>()
  for (const link of recordsOf(doc, 'connector')) {
    if (link.flow === null || !doc.actor[link.fromId] || !doc.actor[link.toId]) continue
    for (const id of [link.fromId, link.toId]) linksOf.set(id, (linksOf.get(id) ?? 0) + 1)
  }
  return {
    actors: summary.actors.map(({ actor, gives, receives }) => ({
      name: actor.name,
      type: actor.type,
      contact: actor.contact,
      gives: groupByFlow(gives, nameOf),
      receives: groupByFlow(receives, nameOf),
      links: linksOf.get(actor.id) ?? 0,
    })),
    linkCount: summary.linkCount,
    byFlow: FLOW_TYPES.map((flow) => ({ flow, count: summary.byFlow[flow] })).filter((row) => row.count > 0),
    byActorType: ACTOR_TYPES.map((type) => ({
      type,
      count: summary.actors.filter((row) => row.actor.type === type).length,
    })).filter((row) => row.count > 0),
    unlinked: summary.unlinked.map((actor) => ({ name: actor.name, type: actor.type })),
  }
}

const STATUS_ORDER: Record<MatchStatus, number> = { done: 0, agreed: 1, proposed: 2 }

export function buildMarketReport(doc: WorkshopDoc, person: (id: string | null) => string | null): MarketReport | null {
  const summary = marketSummary(doc)
  if (summary.needs === 0 && summary.offers === 0) return null
  const noteOf = (note: Note | undefined): MarketNote => ({
    text: note?.text ?? '',
    who: note?.actorId ? (doc.actor[note.actorId]?.name ?? null) : person(note?.authorId ?? null),
    category: note?.marketCategory ?? null,
  })
  const matches = recordsOf(doc, 'match').sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byCreation(a, b),
  )
  const unmatched = new Set(summary.needsWithoutMatch)
  return {
    needs: summary.needs,
    offers: summary.offers,
    matches: matches.length,
    byStatus: MATCH_STATUSES.map((status) => ({ status, count: summary.matchesByStatus[status] })),
    rows: matches.map((match) => ({
      need: noteOf(doc.note[match.needId]),
      offer: noteOf(doc.note[match.offerId]),
      status: match.status,
      project: match.projectId ? (doc.project[match.projectId]?.title ?? null) : null,
    })),
    unmatched: recordsOf(doc, 'note')
      .filter((note) => unmatched.has(note.id))
      .sort(byCreation)
      .map(noteOf),
    participants: summary.participants,
    participantsWithAgreedMatch: summary.participantsWithAgreedMatch,
    shareWithAgreedMatch: summary.shareWithAgreedMatch,
  }
}
