// Dot voting as the panel works with it: a participant's used dots, what a round can offer, option names.
// The ranking rule (ties and near ties) is shared with the projector and the report: @shared/analysis/ranking.
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { VotingRound } from '@shared/model/records'
import { themeName } from './themesModel'

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
