// The board's commands over a small document built through createWorkshop and addItems, so each test
// reads as "a facilitator did this" and the expectations can be checked by reading.
import { describe, expect, it } from 'vitest'
import type { WorkshopDoc } from '../../model/document'
import { applyPatch, invertPatch } from '../../model/patch'
import { runCommand } from '../index'
import { newWorkshop, runOn } from './workshopFixture'

const ctx = { now: '2026-01-01T10:00:00.000Z' }

const run = (doc: WorkshopDoc, name: string, args: unknown) => runOn(doc, name, args, ctx)

function board(): WorkshopDoc {
  let doc = newWorkshop({ title: 'T', language: 'da' }, ctx)
  doc = run(doc, 'addItems', {
    zones: [{ id: 'zp', title: '', categoryId: 'people', x: 1000, y: 0, width: 500, height: 500 }],
    notes: [
      { id: 'a', text: 'Anna', x: 0, y: 0 },
      { id: 'b', text: 'Bo', x: 200, y: 0 },
      { id: 'c', text: 'inside', x: 1100, y: 100 },
    ],
    connectors: [
      { id: 'ab', fromId: 'a', toId: 'b' },
      { id: 'az', fromId: 'a', toId: 'zp', label: 'meets' },
    ],
  })
  return doc
}

describe('addItems', () => {
  it('adds notes, zones and connectors in one patch, connectors may point at notes of the same call', () => {
    const doc = board()
    expect(Object.keys(doc.note).sort()).toEqual(['a', 'b', 'c'])
    expect(doc.zone.zp?.categoryId).toBe('people')
    expect(doc.connector.az?.label).toBe('meets')
  })
  it('drops references that do not exist in this workshop (paste from another workshop)', () => {
    const doc = run(board(), 'addItems', {
      notes: [{ id: 'x', text: 'x', x: 0, y: 0, categoryId: 'nope', authorId: 'ghost', themeId: 'gone' }],
    })
    expect(doc.note.x).toMatchObject({ categoryId: null, authorId: null, themeId: null })
  })
  it('refuses a duplicate id and a connector to a missing end', () => {
    expect(() => run(board(), 'addItems', { notes: [{ id: 'a', text: '', x: 0, y: 0 }] })).toThrow(/duplicate-id/)
    expect(() => run(board(), 'addItems', { connectors: [{ id: 'q', fromId: 'a', toId: 'zz' }] })).toThrow(
      /unknown-record/,
    )
  })
})

describe('moveItems', () => {
  it('moves notes and zones in one patch that undoes in one step', () => {
    const before = board()
    const patch = runCommand(
      before,
      {
        name: 'moveItems',
        args: {
          items: [
            { id: 'zp', x: 2000, y: 0 },
            { id: 'c', x: 2100, y: 100 },
          ],
        },
      },
      ctx,
    )
    const after = applyPatch(before, patch)
    expect(after.zone.zp).toMatchObject({ x: 2000, y: 0 })
    expect(after.note.c).toMatchObject({ x: 2100, y: 100 })
    expect(applyPatch(after, invertPatch(patch))).toEqual(before)
  })
  it('a strength dropped into a category zone takes that category; dropped outside it keeps its own', () => {
    const strengths = run(board(), 'updateNotes', { notes: [{ id: 'a', kind: 'strength' }] })
    const doc = run(strengths, 'moveItems', { items: [{ id: 'a', x: 1200, y: 200 }] })
    expect(doc.note.a?.categoryId).toBe('people')
    const out = run(doc, 'moveItems', { items: [{ id: 'a', x: -500, y: 0 }] })
    expect(out.note.a?.categoryId).toBe('people')
  })
  it('an idea dragged over a category zone keeps its own category (and so its colour)', () => {
    const doc = run(board(), 'moveItems', { items: [{ id: 'a', x: 1200, y: 200 }] })
    expect(doc.note.a?.kind).toBe('idea')
    expect(doc.note.a?.categoryId).toBeNull()
  })
  it('does not re-sort when asked not to', () => {
    const doc = run(board(), 'moveItems', { items: [{ id: 'a', x: 1200, y: 200 }], adoptZoneCategory: false })
    expect(doc.note.a?.categoryId).toBeNull()
  })
  it('refuses unknown ids and the same id twice', () => {
    expect(() => run(board(), 'moveItems', { items: [{ id: 'nope', x: 0, y: 0 }] })).toThrow(/unknown-record/)
    expect(() =>
      run(board(), 'moveItems', {
        items: [
          { id: 'a', x: 0, y: 0 },
          { id: 'a', x: 1, y: 1 },
        ],
      }),
    ).toThrow(/duplicate-id/)
  })
})

describe('updateZones', () => {
  it('renames and resizes a zone', () => {
    const doc = run(board(), 'updateZones', { zones: [{ id: 'zp', title: 'Folk', width: 800 }] })
    expect(doc.zone.zp).toMatchObject({ title: 'Folk', width: 800, height: 500, x: 1000 })
  })
  it('refuses an unknown category', () => {
    expect(() => run(board(), 'updateZones', { zones: [{ id: 'zp', categoryId: 'nope' }] })).toThrow(/unknown-record/)
  })
})

describe('deleteItems', () => {
  it('deleting a note deletes its connectors; notes in a deleted zone stay', () => {
    let doc = run(board(), 'deleteItems', { ids: ['a'] })
    expect(doc.connector).toEqual({})
    doc = run(board(), 'deleteItems', { ids: ['zp'] })
    expect(doc.note.c).toBeDefined()
    expect(Object.keys(doc.connector)).toEqual(['ab'])
  })
  it('a connector named and also cascaded is removed once, so the patch inverts cleanly', () => {
    const before = board()
    const patch = runCommand(before, { name: 'deleteItems', args: { ids: ['ab', 'a'] } }, ctx)
    expect(patch.connector?.removed.map((c) => c.id).sort()).toEqual(['ab', 'az'])
    expect(applyPatch(applyPatch(before, patch), invertPatch(patch))).toEqual(before)
  })
})

describe('updateConnector', () => {
  it('changes the label', () => {
    expect(run(board(), 'updateConnector', { id: 'ab', label: 'knows' }).connector.ab?.label).toBe('knows')
  })
})
