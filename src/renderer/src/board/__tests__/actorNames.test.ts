import { describe, expect, it } from 'vitest'
import type { Actor } from '@shared/model/records'
import { intersects } from '../../editor/boxes'
import { actorNameLabels, namesNeedPills, pillFontSize } from '../actorNames'
import { MIN_LABEL_PX } from '../methodDrawing'

const card = (name: string, x: number, y: number): Actor =>
  ({ id: name, name, type: 'firm', contact: '', x, y, width: 220, height: 110 }) as Actor

/** Every character 0.6 font sizes wide: a stand-in for the board font (Node has no canvas). */
const measurer = (scale: number) => ({
  measureText: (text: string) => ({ width: text.length * 0.6 * pillFontSize(scale) }) as TextMetrics,
})

// The Kalundborg demo's first row: cards 220 wide, 280 apart.
const ROW = ['Biblioteket i Kalundborg', 'Plejecenter Fjordglimt', 'Egnsmuseet', 'Kalundborg Gymnasium'].map((name, i) =>
  card(name, 30 + 280 * i, 70),
)
const VIEW = { x: -1000, y: -1000, width: 10_000, height: 10_000 }

describe('actor names zoomed out', () => {
  it('are drawn in pills only once the card name would be under the readable size', () => {
    expect(namesNeedPills(22, 1)).toBe(false)
    expect(namesNeedPills(22, MIN_LABEL_PX / 22)).toBe(false)
    expect(namesNeedPills(22, 0.23)).toBe(true)
  })

  it('are at least MIN_LABEL_PX tall on screen and never cover each other', () => {
    const scale = 0.23
    const labels = actorNameLabels(measurer(scale), ROW, scale, VIEW)
    expect(labels).toHaveLength(4)
    expect(pillFontSize(scale) * scale).toBeCloseTo(MIN_LABEL_PX)
    for (const a of labels)
      for (const b of labels) if (a !== b) expect(intersects(a.box, b.box), `${a.actor.name} / ${b.actor.name}`).toBe(false)
    // Side by side cards take turns: every other pill one pill lower.
    expect(labels[0]!.box.y).toBe(70)
    expect(labels[1]!.box.y).toBeGreaterThan(70)
    expect(labels[2]!.box.y).toBe(70)
    // Names are whole (wrapped, not cut) where the pills have a neighbour's room.
    expect(labels.filter((label) => label.truncated)).toEqual([])
    expect(labels[0]!.lines.join(' ')).toBe('Biblioteket i Kalundborg')
  })

  it('a lone card runs its pill up to the readable room (220 px), then wraps', () => {
    const scale = 0.23
    const [label] = actorNameLabels(measurer(scale), [card('Kalundborg Kommune, Teknik og Miljø', 0, 0)], scale, VIEW)
    expect(label!.lines).toEqual(['Kalundborg Kommune, Teknik', 'og Miljø'])
    expect(label!.truncated).toBe(false)
    expect(label!.box.width * scale).toBeGreaterThan(150) // wider than the 50 px card
    expect(label!.box.y).toBe(0)
  })

  it('a pill reaching into view from a card outside it is kept', () => {
    const scale = 0.23
    const view = { x: 300, y: 0, width: 1000, height: 1000 }
    const labels = actorNameLabels(measurer(scale), [card('Fælleshaven i Nyvangen', 0, 100)], scale, view)
    expect(labels).toHaveLength(1)
  })
})
