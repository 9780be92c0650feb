// Actors, sharing links, needs and offers, matches and projects from matches (issue 15), each command run
// the way the app runs it (runCommand validates the arguments) and undone by its inverse patch.
import { describe, expect, it } from 'vitest'
import type { WorkshopDoc } from '../../model/document'
import { applyPatch, invertPatch } from '../../model/patch'
import { runCommand } from '../index'
import { newWorkshop, runOn } from './workshopFixture'

const ctx = { now: '2026-01-01T10:00:00.000Z' }

const run = (doc: WorkshopDoc, name: string, args: unknown) => runOn(doc, name, args, ctx)
function refusal(doc: WorkshopDoc, name: string, args: unknown): string {
  try {
    runCommand(doc, { name, args }, ctx)
  } catch (error) {
    const shaped = error as { code: string; params: { reason?: string } }
    return shaped.params.reason ?? shaped.code
  }
  throw new Error(`${name} was not refused`)
}
/** Runs a command, checks that its inverse brings the document back exactly, and returns the result. */
function runAndUndo(doc: WorkshopDoc, name: string, args: unknown): WorkshopDoc {
  const patch = runCommand(doc, { name, args }, ctx)
  const after = applyPatch(doc, patch)
  expect(applyPatch(after, invertPatch(patch))).toEqual(doc)
  return after
}

function workshop(): WorkshopDoc {
  const doc = newWorkshop({ title: 'T', language: 'da' }, ctx)
  return run(doc, 'addParticipants', { participants: [{ id: 'pia', name: 'Pia', role: 'citizen' }, { id: 'ole', name: 'Ole', role: 'citizen' }] })
}

function symbiosis(): WorkshopDoc {
  return run(workshop(), 'addActors', {
    actors: [
      { id: 'school', name: 'Skolen', type: 'education', x: 0, y: 0 },
      { id: 'hall', name: 'Hallen', type: 'association', contact: 'hal@example.dk', x: 400, y: 0 },
      { id: 'firm', name: 'Novo', type: 'firm', x: 800, y: 0 },
    ],
  })
}

function market(): WorkshopDoc {
  let doc = symbiosis()
  doc = run(doc, 'addNotes', {
    notes: [
      { id: 'need1', text: 'Lokale til værksted', kind: 'need', authorId: 'pia', marketCategory: 'premises', x: 0, y: 300 },
      { id: 'offer1', text: 'Værksted om aftenen', kind: 'offer', actorId: 'school', marketCategory: 'premises', exchange: 'given', x: 300, y: 300 },
    ],
  })
  return doc
}

describe('actors', () => {
  it('adds actors with a type, optional contact and a size, in one undoable step', () => {
    const doc = runAndUndo(workshop(), 'addActors', {
      actors: [{ id: 'school', name: '  Skolen ', type: 'education', x: 10, y: 20 }],
    })
    expect(doc.actor.school).toEqual({
      id: 'school',
      name: 'Skolen',
      type: 'education',
      contact: '',
      x: 10,
      y: 20,
      width: 220,
      height: 110,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
  })

  it('refuses an empty name, an unknown type and an id already used', () => {
    const doc = symbiosis()
    expect(refusal(doc, 'addActors', { actors: [{ id: 'x', name: '  ', type: 'firm', x: 0, y: 0 }] })).toBe('invalid-input')
    expect(refusal(doc, 'addActors', { actors: [{ id: 'x', name: 'X', type: 'pub', x: 0, y: 0 }] })).toBe('invalid-input')
    expect(refusal(doc, 'addActors', { actors: [{ id: 'school', name: 'X', type: 'firm', x: 0, y: 0 }] })).toBe('duplicate-id')
  })

  it('renames, retypes and moves an actor; deleting it takes its links and leaves its offers without a who', () => {
    let doc = runAndUndo(market(), 'updateActors', { actors: [{ id: 'hall', name: 'Idrætshallen', type: 'institution' }] })
    expect(doc.actor.hall).toMatchObject({ name: 'Idrætshallen', type: 'institution', contact: 'hal@example.dk' })
    doc = runAndUndo(doc, 'moveItems', { items: [{ id: 'hall', x: 5, y: 6 }] })
    expect(doc.actor.hall).toMatchObject({ x: 5, y: 6 })
    doc = run(doc, 'addConnector', { id: 'l1', fromId: 'school', toId: 'hall', flow: 'premises' })
    doc = runAndUndo(doc, 'deleteItems', { ids: ['school'] })
    expect(doc.actor.school).toBeUndefined()
    expect(doc.connector.l1).toBeUndefined()
    expect(doc.note.offer1?.actorId).toBeNull()
  })
})

describe('sharing links', () => {
  it('are connectors with a flow and a direction, between actors; plain lines stay as they were', () => {
    let doc = runAndUndo(symbiosis(), 'addConnector', { id: 'l1', fromId: 'school', toId: 'hall', flow: 'premises', direction: 'both', label: 'gymnastik' })
    expect(doc.connector.l1).toEqual({ id: 'l1', fromId: 'school', toId: 'hall', label: 'gymnastik', flow: 'premises', direction: 'both' })
    doc = run(doc, 'addConnector', { id: 'plain', fromId: 'school', toId: 'firm' })
    expect(doc.connector.plain).toMatchObject({ flow: null, direction: 'gives', label: '' })
  })

  it('change flow and direction, or reverse who gives, keeping the label', () => {
    let doc = run(symbiosis(), 'addConnector', { id: 'l1', fromId: 'firm', toId: 'school', flow: 'money', label: 'sponsor' })
    doc = runAndUndo(doc, 'updateConnector', { id: 'l1', flow: 'knowledge' })
    expect(doc.connector.l1).toMatchObject({ flow: 'knowledge', direction: 'gives', label: 'sponsor' })
    doc = runAndUndo(doc, 'updateConnector', { id: 'l1', reverse: true, direction: 'gives' })
    expect(doc.connector.l1).toMatchObject({ fromId: 'school', toId: 'firm', flow: 'knowledge', label: 'sponsor' })
  })

  it('refuses an unknown flow and an end that does not exist', () => {
    const doc = symbiosis()
    expect(refusal(doc, 'addConnector', { id: 'l', fromId: 'school', toId: 'hall', flow: 'love' })).toBe('invalid-input')
    expect(refusal(doc, 'addConnector', { id: 'l', fromId: 'school', toId: 'ghost', flow: 'money' })).toBe('unknown-record')
  })
})

describe('needs and offers', () => {
  it('are notes with who, a category and, for offers, an exchange', () => {
    const doc = market()
    expect(doc.note.need1).toMatchObject({ kind: 'need', authorId: 'pia', actorId: null, marketCategory: 'premises', exchange: null })
    expect(doc.note.offer1).toMatchObject({ kind: 'offer', actorId: 'school', exchange: 'given', color: '#d4f2d2' })
    const changed = runAndUndo(doc, 'updateNotes', { notes: [{ id: 'offer1', exchange: 'paid', actorId: null, authorId: 'ole' }] })
    expect(changed.note.offer1).toMatchObject({ exchange: 'paid', actorId: null, authorId: 'ole' })
    expect(refusal(doc, 'updateNotes', { notes: [{ id: 'offer1', actorId: 'ghost' }] })).toBe('unknown-record')
  })
})

describe('matches', () => {
  it('go proposed -> agreed -> done, each step undoable', () => {
    let doc = runAndUndo(market(), 'addMatch', { id: 'm1', offerId: 'offer1', needId: 'need1' })
    expect(doc.match.m1).toMatchObject({ status: 'proposed', projectId: null })
    doc = runAndUndo(doc, 'setMatchStatus', { id: 'm1', status: 'agreed' })
    expect(doc.match.m1?.status).toBe('agreed')
    doc = runAndUndo(doc, 'setMatchStatus', { id: 'm1', status: 'done' })
    expect(doc.match.m1?.status).toBe('done')
    doc = runAndUndo(doc, 'removeMatch', { id: 'm1' })
    expect(doc.match.m1).toBeUndefined()
  })

  it('only link an offer to a need, once', () => {
    const doc = run(market(), 'addMatch', { id: 'm1', offerId: 'offer1', needId: 'need1' })
    expect(refusal(doc, 'addMatch', { id: 'm2', offerId: 'offer1', needId: 'need1' })).toBe('match-exists')
    expect(refusal(doc, 'addMatch', { id: 'm2', offerId: 'need1', needId: 'offer1' })).toBe('not-an-offer')
    expect(refusal(doc, 'addMatch', { id: 'm2', offerId: 'offer1', needId: 'offer1' })).toBe('not-a-need')
    expect(refusal(doc, 'setMatchStatus', { id: 'm1', status: 'maybe' })).toBe('invalid-input')
  })

  it('go when their need or offer is deleted', () => {
    let doc = run(market(), 'addMatch', { id: 'm1', offerId: 'offer1', needId: 'need1' })
    doc = runAndUndo(doc, 'deleteItems', { ids: ['need1'] })
    expect(doc.match.m1).toBeUndefined()
  })
})

describe('a project from a match', () => {
  it("takes the need's owner as owner and the offer as the resource offered, and links the match", () => {
    let doc = run(market(), 'addMatch', { id: 'm1', offerId: 'offer1', needId: 'need1' })
    expect(refusal(doc, 'makeProjectFromMatch', { matchId: 'm1', projectId: 'p1' })).toBe('match-not-agreed')
    doc = run(doc, 'setMatchStatus', { id: 'm1', status: 'agreed' })
    doc = runAndUndo(doc, 'makeProjectFromMatch', { matchId: 'm1', projectId: 'p1' })
    expect(doc.project.p1).toMatchObject({
      title: 'Lokale til værksted',
      ownerId: 'pia',
      resourcesNeeded: 'Lokale til værksted',
      resourcesOffered: 'Værksted om aftenen (Skolen)',
      status: 'idea',
    })
    expect(doc.match.m1?.projectId).toBe('p1')
    expect(refusal(doc, 'makeProjectFromMatch', { matchId: 'm1', projectId: 'p2' })).toBe('match-has-project')
  })

  it("names an actor who owns the need as the project's owner (ownerName), since no participant owns it", () => {
    let doc = run(market(), 'addNotes', {
      notes: [{ id: 'need2', text: 'Praktikanter til lageret', kind: 'need', actorId: 'firm', marketCategory: 'skills', x: 0, y: 600 }],
    })
    doc = run(doc, 'addMatch', { id: 'm2', offerId: 'offer1', needId: 'need2' })
    doc = run(doc, 'setMatchStatus', { id: 'm2', status: 'agreed' })
    doc = runAndUndo(doc, 'makeProjectFromMatch', { matchId: 'm2', projectId: 'p2' })
    expect(doc.project.p2).toMatchObject({ ownerId: null, ownerName: 'Novo', title: 'Praktikanter til lageret' })
  })
})

describe('templates', () => {
  it('symbiosis map: a zone per actor type; needs and offers market: a needs zone and an offers zone', () => {
    const make = (template: string) =>
      newWorkshop({ title: 'T', language: 'en', template }, ctx)
    expect(Object.keys(make('symbiosis-map').zone).sort()).toEqual(
      ['association', 'authority', 'citizen-group', 'education', 'firm', 'institution', 'other'].map((type) => `zone-actors-${type}`),
    )
    expect(Object.keys(make('needs-offers').zone).sort()).toEqual(['zone-needs', 'zone-offers'])
  })
})
