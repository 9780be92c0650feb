// "Show everything" fits what is on the board, not the empty space of the template's areas.
import { describe, expect, it } from 'vitest'
import { createWorkshop, runCommand } from '@shared/commands'
import { emptyDoc, type WorkshopDoc } from '@shared/model/document'
import { applyPatch } from '@shared/model/patch'
import { boundsOf, zoneTitleBox } from '../boxes'
import { fitBounds } from '../fitBounds'

const ctx = { now: '2026-03-10T18:00:00.000Z' }
const run = (doc: WorkshopDoc, name: string, args: unknown) => applyPatch(doc, runCommand(doc, { name, args }, ctx))
const template = () =>
  applyPatch(
    emptyDoc(),
    createWorkshop.run(
      emptyDoc(),
      createWorkshop.args.parse({ title: 'T', language: 'da', template: 'strengths-map' }),
      ctx,
    ),
  )

describe('fitBounds', () => {
  it('shows the whole template while the board holds nothing else', () => {
    const doc = template()
    const zones = Object.values(doc.zone)
    expect(fitBounds(doc)).toEqual(boundsOf([...zones, ...zones.map(zoneTitleBox)]))
  })
  it('fits the notes, themes and cards plus the corner of their area, not the empty areas', () => {
    let doc = template()
    doc = run(doc, 'addNotes', {
      notes: [
        { id: 'a', text: 'Cykelsti', kind: 'idea' },
        { id: 'b', text: 'Bænke', kind: 'idea' },
      ],
      place: { zoneId: 'zone-ideas' },
    })
    doc = run(doc, 'createTheme', { id: 't', noteIds: ['a', 'b'], gather: 'rows' })
    const fit = fitBounds(doc)!
    const ideas = doc.zone['zone-ideas']!
    // Far smaller than the template (3 x 4 areas), and the Ideas area's title corner stays in view.
    expect(fit.width).toBeLessThan(ideas.width / 2)
    expect(fit.height).toBeLessThan(ideas.height + 100)
    expect(fit.x).toBeLessThanOrEqual(ideas.x)
    expect(fit.y).toBeLessThanOrEqual(zoneTitleBox(ideas).y)
    for (const id of ['a', 'b']) {
      const note = doc.note[id]!
      expect(
        note.x >= fit.x &&
          note.y >= fit.y &&
          note.x + note.width <= fit.x + fit.width &&
          note.y + note.height <= fit.y + fit.height,
      ).toBe(true)
    }
  })
  it('counts actor cards as content, wherever they were dragged', () => {
    let doc = template()
    doc = run(doc, 'addActors', {
      actors: [{ id: 'far', name: 'Varmeværket', type: 'firm', x: 9000, y: 7000, width: 240, height: 150 }],
    })
    const fit = fitBounds(doc)!
    expect(fit.x + fit.width).toBeGreaterThanOrEqual(9240)
    expect(fit.y + fit.height).toBeGreaterThanOrEqual(7150)
  })
})
