import { describe, expect, it } from 'vitest'
import { emptyDoc, type WorkshopDoc } from '../../model/document'
import { applyPatch, isEmptyPatch } from '../../model/patch'
import { createWorkshop, isUndoable, runCommand } from '../index'
import { DEFAULT_PRESENTATION, presentationOf } from '../presentationState'

const now = { now: '2026-11-22T18:00:00.000Z' }
function workshop(): WorkshopDoc {
  const doc = emptyDoc()
  return applyPatch(doc, createWorkshop.run(doc, { title: 'T', place: '', facilitator: '', language: 'en', template: 'strengths-map' }, now))
}
const run = (doc: WorkshopDoc, name: string, args: unknown) => applyPatch(doc, runCommand(doc, { name, args }, now))
const view = { x: -100, y: -50, scale: 0.5, width: 1200, height: 700 }

describe('presentation commands', () => {
  it('are live state: out of the undo history', () => {
    expect(isUndoable('setPresentation')).toBe(false)
    expect(isUndoable('publishViewport')).toBe(false)
  })

  it('add the presentation record to a document without one, with defaults', () => {
    const doc = workshop()
    expect(presentationOf(doc)).toEqual(DEFAULT_PRESENTATION)
    const patch = runCommand(doc, { name: 'setPresentation', args: { presenting: true } }, now)
    expect(Object.keys(patch)).toEqual(['presentation'])
    expect(patch.presentation?.added).toEqual([{ ...DEFAULT_PRESENTATION, presenting: true }])
  })

  it('publishes the facilitator view and writes nothing when it did not change', () => {
    const doc = run(workshop(), 'publishViewport', view)
    expect(presentationOf(doc).facilitatorView).toEqual(view)
    expect(isEmptyPatch(runCommand(doc, { name: 'publishViewport', args: view }, now))).toBe(true)
    expect(() => run(doc, 'publishViewport', { ...view, scale: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid-input' }))
  })

  it('freezes at the view followed at that moment and lets go of it when unfrozen', () => {
    let doc = run(workshop(), 'publishViewport', view)
    doc = run(doc, 'setPresentation', { frozen: true })
    expect(presentationOf(doc)).toMatchObject({ frozen: true, frozenView: view })
    doc = run(doc, 'publishViewport', { ...view, x: 400 })
    expect(presentationOf(doc).frozenView).toEqual(view) // the facilitator moves on, the frozen view stays
    doc = run(doc, 'setPresentation', { frozen: true })
    expect(presentationOf(doc).frozenView).toEqual(view) // freezing again does not move it
    doc = run(doc, 'setPresentation', { frozen: false })
    expect(presentationOf(doc)).toMatchObject({ frozen: false, frozenView: null, facilitatorView: { ...view, x: 400 } })
  })

  it('spotlights only things that exist', () => {
    let doc = run(workshop(), 'setPresentation', { mode: 'spotlight', spotlight: { kind: 'zone', id: 'zone-people' } })
    expect(presentationOf(doc)).toMatchObject({ mode: 'spotlight', spotlight: { kind: 'zone', id: 'zone-people' } })
    for (const kind of ['zone', 'theme', 'project', 'results'] as const) {
      expect(() => run(doc, 'setPresentation', { spotlight: { kind, id: 'nope' } })).toThrow(
        expect.objectContaining({ code: 'command-rejected' }),
      )
    }
    doc = run(doc, 'setPresentation', { spotlight: null, highContrast: true })
    expect(presentationOf(doc)).toMatchObject({ spotlight: null, highContrast: true, mode: 'spotlight' })
    expect(() => run(doc, 'setPresentation', { sneaky: 1 })).toThrow(expect.objectContaining({ code: 'invalid-input' }))
  })
})
