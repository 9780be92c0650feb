// The suggestion rule, who-shares-what and the market's numbers (issue 15) on a small hand-made workshop.
import { describe, expect, it } from 'vitest'
import type { WorkshopDoc } from '../../model/document'
import { allSuggestions, wordsOf } from '../matchSuggestions'
import { marketSummary } from '../marketSummary'
import { sharingSummary } from '../sharingSummary'
import { newWorkshop, runOn } from '../../commands/__tests__/workshopFixture'

const ctx = { now: '2026-01-01T10:00:00.000Z' }
const run = (doc: WorkshopDoc, name: string, args: unknown) => runOn(doc, name, args, ctx)

function workshop(): WorkshopDoc {
  let doc = newWorkshop({ title: 'T', language: 'da' }, ctx)
  doc = run(doc, 'addParticipants', { participants: ['pia', 'ole', 'eva', 'bo'].map((id) => ({ id, name: id, role: 'citizen' })) })
  doc = run(doc, 'addActors', {
    actors: [
      { id: 'school', name: 'Skolen', type: 'education', x: 0, y: 0 },
      { id: 'plant', name: 'Kraftværket', type: 'firm', x: 0, y: 0 },
      { id: 'scouts', name: 'Spejderne', type: 'association', x: 0, y: 0 },
    ],
  })
  const note = (id: string, kind: string, text: string, extra: object) => ({ id, kind, text, x: 0, y: 0, ...extra })
  return run(doc, 'addNotes', {
    notes: [
      note('need-shop', 'need', 'Et værksted til cykler', { authorId: 'pia', marketCategory: 'premises' }),
      note('need-money', 'need', 'Startkapital', { authorId: 'ole', marketCategory: 'funding' }),
      note('need-alone', 'need', 'Hjælp med regnskab', { authorId: 'eva', marketCategory: 'other' }),
      note('offer-hall', 'offer', 'Gymnastiksal om aftenen', { actorId: 'school', marketCategory: 'premises' }),
      note('offer-shop', 'offer', 'Værkstedet står tomt om lørdagen', { authorId: 'bo', marketCategory: 'materials' }),
      note('offer-fund', 'offer', 'Lokal fond', { actorId: 'plant', marketCategory: 'funding' }),
    ],
  })
}

describe('match suggestions', () => {
  it('suggest offers by shared category and shared words, with the reason, best first', () => {
    const suggestions = allSuggestions(workshop())
    expect(suggestions.get('need-shop')).toEqual([
      { offerId: 'offer-hall', category: 'premises', words: [], score: 2 },
      { offerId: 'offer-shop', category: null, words: ['værksted'], score: 1 },
    ])
    expect(suggestions.get('need-money')).toEqual([{ offerId: 'offer-fund', category: 'funding', words: [], score: 2 }])
    expect(suggestions.get('need-alone')).toEqual([])
  })

  it('leave out offers already matched with the need, and never match on their own', () => {
    let doc = workshop()
    doc = run(doc, 'addMatch', { id: 'm1', offerId: 'offer-hall', needId: 'need-shop' })
    expect(allSuggestions(doc).get('need-shop')?.map((s) => s.offerId)).toEqual(['offer-shop'])
    expect(Object.keys(doc.match)).toEqual(['m1'])
  })

  it('compare words, not fragments: short words and stop words are left out', () => {
    expect(wordsOf('Et værksted til CYKLER, også om aftenen!')).toEqual(['værksted', 'cykler', 'aftenen'])
  })
})

describe('who shares what with whom', () => {
  it('lists per actor what it gives and receives, counts per type, and actors with no link', () => {
    let doc = workshop()
    doc = run(doc, 'addConnector', { id: 'l1', fromId: 'plant', toId: 'school', flow: 'energy' })
    doc = run(doc, 'addConnector', { id: 'l2', fromId: 'school', toId: 'plant', flow: 'labour', direction: 'both', label: 'praktik' })
    const summary = sharingSummary(doc)
    expect(summary.linkCount).toBe(2)
    expect(summary.byFlow).toMatchObject({ energy: 1, labour: 1, premises: 0 })
    const school = summary.actors.find((row) => row.actor.id === 'school')!
    expect(school.gives).toEqual([{ flow: 'labour', otherId: 'plant', label: 'praktik' }])
    expect(school.receives).toEqual([
      { flow: 'energy', otherId: 'plant', label: '' },
      { flow: 'labour', otherId: 'plant', label: 'praktik' },
    ])
    expect(summary.unlinked.map((actor) => actor.id)).toEqual(['scouts'])
  })
})

describe('the market in numbers', () => {
  it('counts matches by status, needs without a match and participants with an agreed match', () => {
    let doc = workshop()
    doc = run(doc, 'addMatch', { id: 'm1', offerId: 'offer-hall', needId: 'need-shop' })
    doc = run(doc, 'addMatch', { id: 'm2', offerId: 'offer-shop', needId: 'need-shop' })
    doc = run(doc, 'addMatch', { id: 'm3', offerId: 'offer-fund', needId: 'need-money' })
    doc = run(doc, 'setMatchStatus', { id: 'm2', status: 'agreed' })
    doc = run(doc, 'setMatchStatus', { id: 'm3', status: 'done' })
    expect(marketSummary(doc)).toEqual({
      needs: 3,
      offers: 3,
      matchesByStatus: { proposed: 1, agreed: 1, done: 1 },
      needsWithoutMatch: ['need-alone'],
      participants: 4,
      // pia (need, agreed with bo), bo (offer) and ole (need, done); eva has no match.
      participantsWithAgreedMatch: 3,
      shareWithAgreedMatch: 0.75,
    })
  })
})

describe('info --json', () => {
  it('has the sharing and market fields', async () => {
    const { summarizeWorkshop } = await import('../workshopSummary')
    let doc = workshop()
    doc = run(doc, 'addConnector', { id: 'l1', fromId: 'plant', toId: 'school', flow: 'energy' })
    doc = run(doc, 'addMatch', { id: 'm1', offerId: 'offer-fund', needId: 'need-money' })
    doc = run(doc, 'setMatchStatus', { id: 'm1', status: 'agreed' })
    const summary = summarizeWorkshop(doc)
    expect(summary.sharing).toMatchObject({ actors: 3, links: 1, actorsWithoutLinks: ['Spejderne'] })
    expect(summary.sharing.byActorType).toMatchObject({ education: 1, firm: 1, association: 1, authority: 0 })
    expect(summary.sharing.linksByFlow.energy).toBe(1)
    expect(summary.market).toEqual({
      needs: 3,
      offers: 3,
      matchesByStatus: { proposed: 0, agreed: 1, done: 0 },
      needsWithoutMatch: 2,
      participantsWithAgreedMatch: 1,
      shareWithAgreedMatch: 0.25,
    })
  })
})
