import { describe, expect, it } from 'vitest'
import { emptyDoc, type WorkshopDoc } from '@shared/model/document'
import type { Actor, Connector } from '@shared/model/records'
import type { Box } from '../../editor/boxes'
import { placeLinkLabels, type FitLabel, type LabelSpot } from '../linkLabels'

const actor = (id: string, x: number, y: number): Actor =>
  ({ id, name: id, type: 'firm', contact: '', x, y, width: 20, height: 20 }) as Actor
const link = (id: string, fromId: string, toId: string, label: string): Connector =>
  ({ id, fromId, toId, flow: 'energy', direction: 'gives', label }) as Connector

/** 9 px a character, cut at 260 like the drawing does: Node has no canvas to measure with. */
const fitLabel: FitLabel = (label) => {
  const text = label.length * 9 <= 260 ? label : `${label.slice(0, 27)}…`
  return { text, width: text.length * 9 }
}

/** A dense map: a 12×12 grid of small actors 160 apart across and 40 down, each linked to its right and lower neighbour, all labelled. */
function denseDoc(): { doc: WorkshopDoc; links: Connector[] } {
  const actors: Actor[] = []
  const links: Connector[] = []
  for (let i = 0; i < 12; i++)
    for (let j = 0; j < 12; j++) {
      actors.push(actor(`a${i}-${j}`, i * 160, j * 40))
      if (i > 0) links.push(link(`r${i}-${j}`, `a${i - 1}-${j}`, `a${i}-${j}`, `heat ${i}-${j} surplus`))
      if (j > 0) links.push(link(`d${i}-${j}`, `a${i}-${j - 1}`, `a${i}-${j}`, `water ${i}-${j} reused`))
      // A second link between the same two cards: its mark sits on the first one's.
      if (i > 0 && j % 3 === 0) links.push(link(`x${i}-${j}`, `a${i}-${j}`, `a${i - 1}-${j}`, 'steam back'))
    }
  const doc = emptyDoc()
  return {
    doc: {
      ...doc,
      actor: Object.fromEntries(actors.map((a) => [a.id, a])),
      connector: Object.fromEntries(links.map((l) => [l.id, l])),
    },
    links,
  }
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const placed = (spots: Map<string, LabelSpot | null>) =>
  [...spots.values()].filter((spot): spot is LabelSpot => spot !== null)

describe('placeLinkLabels', () => {
  const { doc, links } = denseDoc()

  it('places no two labels over each other on a dense map, and hides some rather than overlap', () => {
    for (const scale of [0.34, 0.5, 1, 2]) {
      const spots = placeLinkLabels(links, doc, scale, fitLabel)
      const boxes = placed(spots).map((spot) => spot.box)
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false)
      expect(spots.size).toBe(links.length)
    }
    const atLowZoom = placeLinkLabels(links, doc, 0.34, fitLabel)
    expect(placed(atLowZoom).length).toBeLessThan(links.length)
    expect(placed(atLowZoom).length).toBeGreaterThan(0)
  })

  it('puts a label right of the mark, else left, above, below, else hides it', () => {
    const same = ['l1', 'l2', 'l3', 'l4', 'l5'].map((id) => link(id, 'p', 'q', 'heat'))
    const pairDoc: WorkshopDoc = { ...emptyDoc(), actor: { p: actor('p', 0, 0), q: actor('q', 400, 0) } }
    const spots = placeLinkLabels([...same].reverse(), pairDoc, 1, fitLabel)
    const mark = { x: 210, y: 10 }
    const side = (id: string) => {
      const box = spots.get(id)?.box
      if (!box) return 'hidden'
      return box.x > mark.x
        ? 'right'
        : box.x + box.width < mark.x
          ? 'left'
          : box.y + box.height < mark.y
            ? 'above'
            : 'below'
    }
    expect(same.map((l) => side(l.id))).toEqual(['right', 'left', 'above', 'below', 'hidden'])
  })

  it('gives the same placement whatever order the links come in (so every view and the bitmap agree)', () => {
    const scale = 0.4
    const expected = placeLinkLabels(links, doc, scale, fitLabel)
    const shuffled = [...links].reverse()
    shuffled.push(...shuffled.splice(0, 40))
    const again = placeLinkLabels(shuffled, doc, scale, fitLabel)
    expect([...again.entries()].sort()).toEqual([...expected.entries()].sort())
  })

  it('shows zoomed in a label it hid zoomed out', () => {
    const out = placeLinkLabels(links, doc, 0.34, fitLabel)
    const inward = placeLinkLabels(links, doc, 2, fitLabel)
    const hiddenOut = [...out.entries()].filter(([, spot]) => spot === null).map(([id]) => id)
    expect(hiddenOut.length).toBeGreaterThan(0)
    expect(hiddenOut.filter((id) => inward.get(id) !== null).length).toBeGreaterThan(0)
    expect(placed(inward).length).toBeGreaterThan(placed(out).length)
  })

  it('places nothing where labels are too small to read', () => {
    expect(placeLinkLabels(links, doc, 0.3, fitLabel).size).toBe(0)
  })

  it('places 1,000 links in one pass over a grid', () => {
    const many: Connector[] = []
    for (let k = 0; many.length < 1000; k++) many.push(...links.map((l) => ({ ...l, id: `${l.id}#${k}` })))
    const spots = placeLinkLabels(many.slice(0, 1000), doc, 1, fitLabel)
    expect(spots.size).toBe(1000)
    const boxes = placed(spots).map((spot) => spot.box)
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        if (overlaps(boxes[i]!, boxes[j]!)) expect.fail(`labels ${i} and ${j} overlap`)
  })
})
