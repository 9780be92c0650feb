// The one ranking rule of dot voting, used by the panel, the projector and the report alike: ranked by dots,
// ties shown as ties. A near tie — an item within NEAR_TIE_DOTS of the item ranked just above it — shares
// that item's rank, as DOMAIN.md asks ("a near tie is shown as a tie"), and is called a near tie everywhere.
import type { ItemTally } from './voteTallies'

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

/** The catalog key that names a tie, the same words on the laptop, the projector and in the report. */
export function tieLabelKey(tie: Exclude<TieKind, null>): 'votes.tie' | 'votes.nearTie' {
  return tie === 'tie' ? 'votes.tie' : 'votes.nearTie'
}
