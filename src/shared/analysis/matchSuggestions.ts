// Offers that might meet a need (issue 15): the ones sharing the need's category or some of its words, with
// the reason, best first. Only ever suggestions: the facilitator makes every match. Fast enough for
// 500 needs × 500 offers in the renderer (bench/), because offers are indexed by word and category once
// and each need only looks at the offers that share something with it.
import { recordsOf, type WorkshopDoc } from '../model/document'
import type { MarketCategory, Note } from '../model/records'

export interface MatchSuggestion {
  offerId: string
  /** Both have this category (null: they do not share one). */
  category: MarketCategory | null
  /** Words both use, as the need writes them. */
  words: string[]
  score: number
}

/** Words shorter than this carry little meaning ("og", "til", "the") and are not compared. */
const MIN_WORD = 4
const STOP_WORDS = new Set(['have', 'with', 'from', 'that', 'this', 'some', 'også', 'eller', 'til', 'gerne', 'noget', 'nogle', 'vores', 'their', 'kan', 'skal', 'vil', 'være', 'hvor', 'efter', 'more', 'into'])

/** Lower case, accents folded (æ, ø, å kept: they are letters in Danish), split on anything that is not a letter or digit. */
export function wordsOf(text: string): string[] {
  const words = text.toLocaleLowerCase('da').split(/[^\p{L}\p{N}]+/u)
  return [...new Set(words.filter((word) => word.length >= MIN_WORD && !STOP_WORDS.has(word)))]
}

/** Compares words by their first five letters, so "værksted" meets "værkstedet" and "cykler" meets "cykel". */
const stem = (word: string) => word.slice(0, 5)

export interface OfferIndex {
  byStem: Map<string, string[]>
  byCategory: Map<MarketCategory, string[]>
  stems: Map<string, Set<string>>
  offers: Map<string, Note>
}

export function indexOffers(offers: readonly Note[]): OfferIndex {
  const index: OfferIndex = { byStem: new Map(), byCategory: new Map(), stems: new Map(), offers: new Map() }
  for (const offer of offers) {
    index.offers.set(offer.id, offer)
    const stems = new Set(wordsOf(offer.text).map(stem))
    index.stems.set(offer.id, stems)
    for (const s of stems) {
      const list = index.byStem.get(s)
      if (list) list.push(offer.id)
      else index.byStem.set(s, [offer.id])
    }
    if (offer.marketCategory) {
      const list = index.byCategory.get(offer.marketCategory)
      if (list) list.push(offer.id)
      else index.byCategory.set(offer.marketCategory, [offer.id])
    }
  }
  return index
}

export function suggestionsFor(need: Note, index: OfferIndex, exclude: ReadonlySet<string> = new Set(), limit = 5): MatchSuggestion[] {
  const needWords = wordsOf(need.text)
  const found = new Map<string, MatchSuggestion>()
  const entry = (offerId: string) => {
    let suggestion = found.get(offerId)
    if (!suggestion) found.set(offerId, (suggestion = { offerId, category: null, words: [], score: 0 }))
    return suggestion
  }
  if (need.marketCategory && need.marketCategory !== 'other') {
    for (const offerId of index.byCategory.get(need.marketCategory) ?? []) {
      if (exclude.has(offerId)) continue
      const suggestion = entry(offerId)
      suggestion.category = need.marketCategory
      suggestion.score += 2
    }
  }
  const seenStems = new Set<string>()
  for (const word of needWords) {
    const s = stem(word)
    if (seenStems.has(s)) continue
    seenStems.add(s)
    for (const offerId of index.byStem.get(s) ?? []) {
      if (exclude.has(offerId)) continue
      const suggestion = entry(offerId)
      suggestion.words.push(word)
      suggestion.score += 1
    }
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || (a.offerId < b.offerId ? -1 : 1))
    .slice(0, limit)
}

/** Suggestions for every need of the workshop, leaving out offers a need is already matched with. */
export function allSuggestions(doc: WorkshopDoc, limit = 5): Map<string, MatchSuggestion[]> {
  const notes = recordsOf(doc, 'note')
  const index = indexOffers(notes.filter((note) => note.kind === 'offer'))
  const matched = new Map<string, Set<string>>()
  for (const match of recordsOf(doc, 'match')) {
    const set = matched.get(match.needId) ?? new Set<string>()
    set.add(match.offerId)
    matched.set(match.needId, set)
  }
  const result = new Map<string, MatchSuggestion[]>()
  for (const need of notes) if (need.kind === 'need') result.set(need.id, suggestionsFor(need, index, matched.get(need.id), limit))
  return result
}
