// moveItems with theme changes: a drag into or out of a theme's outline, or a stack of duplicates, is ONE
// command that moves the notes and changes their theme, and undoes in one step.
import { describe, expect, it } from 'vitest'
import type { WorkshopDoc } from '../../model/document'
import { applyPatch, invertPatch } from '../../model/patch'
import { runCommand } from '../index'
import { newWorkshop, runOn } from './workshopFixture'

const ctx = { now: '2026-01-01T10:00:00.000Z' }

const run = (doc: WorkshopDoc, name: string, args: unknown) => runOn(doc, name, args, ctx)

function grouped(): WorkshopDoc {
  let doc = newWorkshop({ title: 'T', language: 'en' }, ctx)
  doc = run(doc, 'addItems', {
    notes: [
      { id: 'a', text: 'Bike lane', x: 0, y: 0 },
      { id: 'b', text: 'Bike lane!', x: 200, y: 0 },
      { id: 'c', text: 'Playground', x: 600, y: 0 },
    ],
  })
  doc = run(doc, 'createTheme', { id: 'traffic', noteIds: ['a', 'b'] })
  return run(doc, 'createTheme', { id: 'children', noteIds: ['c'] })
}

describe('moveItems with themes', () => {
  it('moves a note into another theme and back out in one step each', () => {
    const before = grouped()
    const patch = runCommand(
      before,
      { name: 'moveItems', args: { items: [{ id: 'b', x: 620, y: 20, themeId: 'children' }] } },
      ctx,
    )
    const after = applyPatch(before, patch)
    expect(after.note.b).toMatchObject({ x: 620, y: 20, themeId: 'children' })
    expect(applyPatch(after, invertPatch(patch))).toEqual(before)
    const out = run(after, 'moveItems', { items: [{ id: 'b', x: 2000, y: 900, themeId: null }] })
    expect(out.note.b).toMatchObject({ x: 2000, themeId: null })
  })
  it('leaves the theme alone when no themeId is given', () => {
    const doc = run(grouped(), 'moveItems', { items: [{ id: 'a', x: 10, y: 10 }] })
    expect(doc.note.a?.themeId).toBe('traffic')
  })
  it('refuses a theme that does not exist, changing nothing', () => {
    expect(() => run(grouped(), 'moveItems', { items: [{ id: 'a', x: 0, y: 0, themeId: 'ghost' }] })).toThrow(
      /unknown-record/,
    )
  })
  it('stacks duplicates: notes share one place and the anchor note’s theme', () => {
    const doc = run(grouped(), 'moveItems', {
      items: [{ id: 'c', x: 0, y: 0, themeId: 'traffic' }],
      adoptZoneCategory: false,
    })
    expect(doc.note.c).toMatchObject({ x: 0, y: 0, themeId: 'traffic' })
  })
})
