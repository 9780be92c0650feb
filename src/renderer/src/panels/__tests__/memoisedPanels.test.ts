// The legend, the toolbar and the category rows re-render only when what they show changes (issue 13: a
// profile of the room bench showed them re-rendering, with all their translated labels, on every patch while
// phones sent ideas and dots). Their React.memo comparisons are checked against real command patches.
import { describe, expect, it } from 'vitest'
import { runCommand } from '@shared/commands'
import { newWorkshop } from '@shared/commands/__tests__/workshopFixture'
import type { WorkshopDoc } from '@shared/model/document'
import { applyPatch } from '@shared/model/patch'
import { BoardEditor } from '../../editor/boardEditor'
import { CategoriesEditor, categoryRowsPropsEqual } from '../../method/CategoriesEditor'
import { BoardLegend, legendPropsEqual, type BoardLegendProps } from '../BoardLegend'
import { BoardToolbar, toolbarPropsEqual, type BoardToolbarProps } from '../BoardToolbar'

const ctx = { now: '2026-01-01T10:00:00.000Z' }
const run = (doc: WorkshopDoc, name: string, args: unknown) => applyPatch(doc, runCommand(doc, { name, args }, ctx))

function start(): WorkshopDoc {
  const created = newWorkshop({ title: 'Borgermøde', language: 'da', template: 'strengths-map' }, ctx)
  return run(created, 'addNotes', {
    notes: [{ id: 'a', text: 'Hallen', kind: 'strength', categoryId: 'places', x: 0, y: 0 }],
  })
}

/** The patches of an evening with phones, and whether each changes what the legend shows. */
function evening(doc: WorkshopDoc) {
  const idea = run(doc, 'addNotes', { notes: [{ id: 'i1', text: 'Bålplads', kind: 'idea', x: 300, y: 0 }] })
  const moved = run(idea, 'moveItems', { items: [{ id: 'i1', x: 600, y: 0 }] })
  const strength = run(moved, 'addNotes', {
    notes: [{ id: 's1', text: 'Skolen', kind: 'strength', categoryId: 'institutions', x: 0, y: 300 }],
  })
  const renamed = run(strength, 'updateCategory', { id: 'places', name: 'Steder og rum' })
  return { idea, moved, strength, renamed }
}

describe('BoardLegend', () => {
  const editor = new BoardEditor({ readOnly: false })
  const props = (doc: WorkshopDoc, highlight: string | null = null): BoardLegendProps => ({ doc, editor, highlight })

  it('is memoised on the categories and their counts', () => {
    expect((BoardLegend as unknown as { compare: unknown }).compare).toBe(legendPropsEqual)
    const first = start()
    const { idea, moved, strength, renamed } = evening(first)
    expect(legendPropsEqual(props(first), props(idea))).toBe(true) // an idea has no category
    expect(legendPropsEqual(props(idea), props(moved))).toBe(true)
    expect(legendPropsEqual(props(moved), props(strength))).toBe(false) // a count changed
    expect(legendPropsEqual(props(strength), props(renamed))).toBe(false)
    expect(legendPropsEqual(props(renamed), props(renamed, 'places'))).toBe(false)
  })
})

describe('BoardToolbar', () => {
  const editor = new BoardEditor({ readOnly: false })
  const fixed = { editor, actions: {}, viewport: {}, zoomPercent: 100, onFitAll: () => {}, onZoomToSelection: () => {} }
  const props = (doc: WorkshopDoc, state = editor.getState()) =>
    ({ ...fixed, doc, state }) as unknown as BoardToolbarProps

  it('ignores note changes while nothing is selected, and follows them while notes are', () => {
    expect((BoardToolbar as unknown as { compare: unknown }).compare).toBe(toolbarPropsEqual)
    const first = start()
    const { idea, moved, strength, renamed } = evening(first)
    expect(toolbarPropsEqual(props(first), props(idea))).toBe(true)
    expect(toolbarPropsEqual(props(idea), props(strength))).toBe(true)
    expect(toolbarPropsEqual(props(strength), props(renamed))).toBe(false) // the category picker's names
    const nothing = editor.getState()
    editor.select(['i1'])
    const selected = editor.getState()
    expect(toolbarPropsEqual(props(idea, nothing), props(idea, selected))).toBe(false)
    expect(toolbarPropsEqual(props(idea, selected), props(moved, selected))).toBe(false)
    expect(toolbarPropsEqual(props(moved, selected), props(moved, selected))).toBe(true)
    expect(toolbarPropsEqual(props(first), { ...props(first), zoomPercent: 50 })).toBe(false)
  })
})

describe('CategoriesEditor', () => {
  const apply = async () => true
  const rows = (doc: WorkshopDoc) => {
    const counts: Record<string, number> = {}
    for (const id of Object.keys(doc.category)) counts[id] = 0
    for (const note of Object.values(doc.note)) if (note.categoryId) counts[note.categoryId]! += 1
    return { doc, counts, apply }
  }

  it('re-renders its rows only when the categories or their counts change', () => {
    expect(typeof CategoriesEditor).toBe('function')
    const first = start()
    const { idea, moved, strength, renamed } = evening(first)
    expect(categoryRowsPropsEqual(rows(first), rows(idea))).toBe(true)
    expect(categoryRowsPropsEqual(rows(idea), rows(moved))).toBe(true)
    expect(categoryRowsPropsEqual(rows(moved), rows(strength))).toBe(false)
    expect(categoryRowsPropsEqual(rows(strength), rows(renamed))).toBe(false)
  })
})
