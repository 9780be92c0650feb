// Dot-voting results as the panel shows them: ranked, with ties shown as ties. A near tie — an item within
// NEAR_TIE_DOTS of the item ranked just above it — shares that item's rank, as DOMAIN.md asks ("a near tie is
// shown as a tie"); the panel says which ties are exact and which are near.
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { VotingRound } from '@shared/model/records'
import type { ItemTally } from '@shared/analysis/voteTallies'
import { themeName } from './themesModel'

export const NEAR_TIE_DOTS = 1

export type TieKind = 'tie' | 'near' | null

export interface RankedItem extends ItemTally {
  rank: number
  /** 'tie' when another item has exactly as many dots, 'near' when it shares a rank only within NEAR_TIE_DOTS. */
  tie: TieKind
}

export function rankItems(items: readonly ItemTally[]): RankedItem[] {
  const sorted = [...items].sort((a, b) => b.total - a.total)
  const ranked: RankedItem[] = []
  sorted.forEach((item, index) => {
    const above = ranked[index - 1]
    // Items without dots are never tied with anything: nobody chose them.
    const shares = above !== undefined && item.total > 0 && above.total - item.total <= NEAR_TIE_DOTS
    ranked.push({ ...item, rank: shares ? above.rank : index + 1, tie: null })
  })
  for (const item of ranked) {
    const group = ranked.filter((other) => other.rank === item.rank)
    if (group.length < 2) continue
    item.tie = group.some((other) => other !== item && other.total === item.total) ? 'tie' : 'near'
  }
  return ranked
}

/** Dots a participant has already placed in a round. */
export function dotsUsedBy(doc: WorkshopDoc, round: VotingRound, participantId: string): number {
  return recordsOf(doc, 'vote')
    .filter((vote) => vote.roundId === round.id && vote.participantId === participantId)
    .reduce((sum, vote) => sum + vote.count, 0)
}

/** What a new round can offer: every theme, or every idea note. */
export function optionIdsFor(doc: WorkshopDoc, target: 'themes' | 'notes'): string[] {
  const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
    a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
  if (target === 'themes') return recordsOf(doc, 'theme').sort(byCreation).map((theme) => theme.id)
  return recordsOf(doc, 'note')
    .filter((note) => note.kind === 'idea')
    .sort(byCreation)
    .map((note) => note.id)
}

/** The name of a round's option: the theme's name or the note's text. */
export function optionName(doc: WorkshopDoc, round: VotingRound, itemId: string, unnamed: (number: number) => string): string {
  if (round.target === 'themes') return themeName(doc, itemId, unnamed)
  return doc.note[itemId]?.text.trim() || unnamed(round.optionIds.indexOf(itemId) + 1)
}
