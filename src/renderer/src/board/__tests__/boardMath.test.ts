import { describe, expect, it } from 'vitest'
import { createWorkshop } from '@shared/commands'
import { applyPatch } from '@shared/model/patch'
import { emptyDoc } from '@shared/model/document'
import { boundsOf, fitView, zoomAt, MAX_SCALE } from '../geometry'
import { zoneTitle } from '../labels'

describe('board geometry', () => {
  it('bounds several boxes', () => {
    expect(
      boundsOf([
        { x: 10, y: 20, width: 100, height: 50 },
        { x: -5, y: 60, width: 10, height: 100 },
      ]),
    ).toEqual({
      x: -5,
      y: 20,
      width: 115,
      height: 140,
    })
    expect(boundsOf([])).toBeNull()
  })

  it('fits content centred, never zooming in past 1:1', () => {
    const view = fitView({ x: 0, y: 0, width: 2000, height: 1000 }, { width: 1064, height: 564 }, 32)
    expect(view.scale).toBeCloseTo(0.5)
    expect(view.x).toBeCloseTo(32)
    expect(view.y).toBeCloseTo(32)
    expect(fitView({ x: 0, y: 0, width: 10, height: 10 }, { width: 1000, height: 1000 }).scale).toBe(1)
  })

  it('zooms around the pointer and stays within limits', () => {
    const view = zoomAt({ scale: 1, x: 0, y: 0 }, { x: 100, y: 100 }, 2)
    expect(view).toEqual({ scale: 2, x: -100, y: -100 })
    expect(zoomAt({ scale: MAX_SCALE, x: 0, y: 0 }, { x: 0, y: 0 }, 2).scale).toBe(MAX_SCALE)
  })
})

describe('zone titles', () => {
  const doc = (() => {
    const empty = emptyDoc()
    const args = createWorkshop.args.parse({ title: 'T', language: 'da', template: 'strengths-map' })
    return applyPatch(empty, createWorkshop.run(empty, args, { now: '2025-01-01T00:00:00Z' }))
  })()
  const t = (key: string) => `<${key}>`

  it('names template zones by their category or built-in name in the current language', () => {
    expect(zoneTitle(doc.zone['zone-people']!, doc, t)).toBe('<categories.people>')
    expect(zoneTitle(doc.zone['zone-ideas']!, doc, t)).toBe('<zones.ideas>')
    expect(zoneTitle(doc.zone['zone-projects']!, doc, t)).toBe('<zones.projects>')
  })

  it('prefers a title or category name the facilitator typed', () => {
    expect(zoneTitle({ ...doc.zone['zone-ideas']!, title: 'Drømme' }, doc, t)).toBe('Drømme')
    const renamed = { ...doc, category: { ...doc.category, people: { ...doc.category.people!, name: 'Ildsjæle' } } }
    expect(zoneTitle(doc.zone['zone-people']!, renamed, t)).toBe('Ildsjæle')
  })
})
