// A project's owner is a participant or, for someone not on the list, a typed name; never both (issue 10).
import { describe, expect, it } from 'vitest'
import { emptyDoc, type WorkshopDoc } from '../../model/document'
import { applyPatch, invertPatch } from '../../model/patch'
import { createWorkshop, runCommand } from '../index'
import { oneOwner, ownerLabel } from '../projectOwner'

const now = '2026-03-01T18:00:00.000Z'
const run = (doc: WorkshopDoc, name: string, args: unknown) => applyPatch(doc, runCommand(doc, { name, args }, { now }))

function withPeople(): WorkshopDoc {
  let doc = emptyDoc()
  doc = applyPatch(
    doc,
    createWorkshop.run(doc, { title: 'T', place: '', facilitator: '', language: 'da', template: 'blank' }, { now }),
  )
  return run(doc, 'addParticipants', {
    participants: [
      { id: 'ida', name: 'Ida Holm', role: 'citizen' },
      { id: 'c3', name: null, role: 'citizen' },
    ],
  })
}

describe('the owner of a project', () => {
  it('is stored as typed (trimmed) when the person is not on the list, and typing clears a picked participant', () => {
    let doc = run(withPeople(), 'addProject', { id: 'p', title: 'Skolevej', ownerId: 'ida' })
    expect(doc.project.p).toMatchObject({ ownerId: 'ida', ownerName: '' })
    const before = doc
    const patch = runCommand(
      doc,
      { name: 'updateProject', args: { id: 'p', ownerName: '  Jens fra vejafdelingen ' } },
      { now },
    )
    doc = applyPatch(doc, patch)
    expect(doc.project.p).toMatchObject({ ownerId: null, ownerName: 'Jens fra vejafdelingen' })
    expect(applyPatch(doc, invertPatch(patch))).toEqual(before)
  })

  it('becomes a participant reference again when one is picked, and nobody when both are cleared', () => {
    let doc = run(withPeople(), 'addProject', { id: 'p', ownerName: 'Jens' })
    expect(doc.project.p).toMatchObject({ ownerId: null, ownerName: 'Jens' })
    doc = run(doc, 'updateProject', { id: 'p', ownerId: 'c3', ownerName: 'Jens' })
    expect(doc.project.p).toMatchObject({ ownerId: 'c3', ownerName: '' })
    doc = run(doc, 'updateProject', { id: 'p', ownerId: null, ownerName: '   ' })
    expect(doc.project.p).toMatchObject({ ownerId: null, ownerName: '' })
  })

  it('keeps a picked participant when other fields change', () => {
    let doc = run(withPeople(), 'addProject', { id: 'p', ownerId: 'ida' })
    doc = run(doc, 'updateProject', { id: 'p', goal: 'Tyve børn' })
    expect(doc.project.p).toMatchObject({ ownerId: 'ida', ownerName: '', goal: 'Tyve børn' })
  })

  it('stays the owner by name when a named owner is taken off the list', () => {
    let doc = run(withPeople(), 'addProject', { id: 'p', ownerId: 'ida' })
    doc = run(doc, 'removeParticipant', { id: 'ida', dots: 'remove' })
    expect(doc.project.p).toMatchObject({ ownerId: null, ownerName: 'Ida Holm' })
  })

  it('is labelled by the participant, else by the typed name', () => {
    const label = (id: string) => (id === 'c3' ? 'Borger 3' : null)
    expect(ownerLabel({ ownerId: 'c3', ownerName: '' }, label)).toBe('Borger 3')
    expect(ownerLabel({ ownerId: null, ownerName: 'Jens' }, label)).toBe('Jens')
    expect(ownerLabel({ ownerId: null, ownerName: '' }, label)).toBeNull()
    expect(oneOwner({ ownerId: 'ida', ownerName: '' }, {})).toEqual({ ownerId: 'ida', ownerName: '' })
  })
})
