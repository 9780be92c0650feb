// Issue 10, readable on the projector: gathered themes sit in rows that share their tops (not at staggered
// heights), and each block is wide enough for its label to read on two lines at projector size.
import { describe, expect, it } from 'vitest'
import type { WorkshopDoc } from '../../model/document'
import { overlaps } from '../box'
import { notesByTheme, outlineAround, themeFootprint } from '../obstacles'
import { THEME_LABEL_ROOM } from '../sizes'
import { themeLabelWidth } from '../themeLabelWidth'
import { newWorkshop, runOn } from '../../commands/__tests__/workshopFixture'

const ctx = { now: '2026-03-10T18:00:00.000Z' }
const run = (doc: WorkshopDoc, name: string, args: unknown) => runOn(doc, name, args, ctx)

function template(): WorkshopDoc {
  return newWorkshop({ title: 'Knabstrup', language: 'da', template: 'strengths-map' }, ctx)
}

// Themes of 2, 4, 3 and 2 notes (blocks one and two rows tall) with long Danish names.
const THEMES: [string, number][] = [
  ['Trafik og sikker skolevej', 2],
  ['Fællesskab i forsamlingshuset', 4],
  ['Natur og stier omkring søen', 3],
  ['Unge', 2],
]

function boardWithThemes(): WorkshopDoc {
  let doc = template()
  const total = THEMES.reduce((sum, [, count]) => sum + count, 0)
  doc = run(doc, 'addNotes', {
    notes: Array.from({ length: total }, (_, i) => ({ id: `n${i}`, text: `Idé ${i}`, kind: 'idea' })),
    place: { zoneId: 'zone-ideas' },
  })
  let next = 0
  THEMES.forEach(([name, count], t) => {
    const noteIds = Array.from({ length: count }, () => `n${next++}`)
    doc = run(doc, 'createTheme', { id: `t${t}`, name, noteIds, gather: 'rows' })
  })
  return doc
}

const footprints = (doc: WorkshopDoc) =>
  [...notesByTheme(doc)].map(([id, notes]) => ({
    id,
    box: themeFootprint(outlineAround(notes)!.box, themeLabelWidth(doc.theme[id]!.name)),
  }))

describe('theme blocks for the projector', () => {
  it('a block is at least as wide as its label on two lines at projector size', () => {
    const width = themeLabelWidth('Fællesskab i forsamlingshuset')
    // "forsamlingshuset · ● 123 prikker" or so on one of two lines: far wider than two 180-unit notes.
    expect(width).toBeGreaterThan(16 * 0.55 * THEME_LABEL_ROOM.fontSize)
    expect(themeLabelWidth('Unge')).toBeLessThan(width)
    const doc = boardWithThemes()
    for (const { id, box } of footprints(doc)) {
      // The next block in the row keeps clear of this one's label width, not just its notes.
      for (const other of footprints(doc)) if (other.id !== id) expect(overlaps(box, other.box), `${id} × ${other.id}`).toBe(false)
    }
  })

  it('blocks made one after another share their row tops', () => {
    const doc = boardWithThemes()
    const tops = footprints(doc).map(({ box }) => box.y)
    // Four blocks in a 2820-unit zone: rows, each block's top on a row top, so at most two distinct tops.
    const distinct = [...new Set(tops)]
    expect(distinct.length).toBeLessThanOrEqual(2)
    expect(tops[0]).toBe(tops[1])
  })

  it('Tidy themes re-flows into rows with shared tops and no overlaps', () => {
    let doc = boardWithThemes()
    // Scatter the themes' notes, then tidy.
    for (const [i, id] of ['n0', 'n3', 'n7', 'n10'].entries())
      doc = run(doc, 'moveItems', { items: [{ id, x: 100 + 700 * i, y: doc.zone['zone-ideas']!.y + 80 * i }] })
    doc = run(doc, 'tidyThemes', {})
    const boxes = footprints(doc)
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false)
    const tops = boxes.map(({ box }) => box.y)
    const rows = [...new Set(tops)].sort((a, b) => a - b)
    // Every block's top is one of the row tops, and a later row starts below every block of the row above.
    for (let r = 1; r < rows.length; r++) {
      const above = boxes.filter(({ box }) => box.y === rows[r - 1])
      expect(Math.min(...above.map(({ box }) => rows[r]! - (box.y + box.height)))).toBeGreaterThanOrEqual(0)
    }
    expect(rows.length).toBeLessThanOrEqual(2)
  })
})
