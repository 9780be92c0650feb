import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyDoc, type WorkshopDoc } from '@shared/model/document'
import type { Actor, Connector } from '@shared/model/records'
import { FLOW_STYLE } from '@shared/model/sharingStyle'
import { drawSharingLinks, linkDash, sharingBounds, sharingReach } from '../drawSharing'
import { NORMAL_THEME } from '../boardTheme'

const actor = (id: string, x: number, y: number): Actor =>
  ({ id, name: id, type: 'firm', contact: '', x, y, width: 220, height: 110 }) as Actor
const link = (id: string, fromId: string, toId: string, label = ''): Connector =>
  ({ id, fromId, toId, flow: 'energy', direction: 'gives', label }) as Connector

function docWith(actors: Actor[], links: Connector[]): WorkshopDoc {
  const doc = emptyDoc()
  return {
    ...doc,
    actor: Object.fromEntries(actors.map((a) => [a.id, a])),
    connector: Object.fromEntries(links.map((l) => [l.id, l])),
  }
}

/** A 2D context that records what is stroked, filled and written (Node has no canvas). */
function recordingContext() {
  const calls: { op: string; args: unknown[] }[] = []
  const record =
    (op: string) =>
    (...args: unknown[]) =>
      void calls.push({ op, args })
  const ctx = {
    calls,
    save: record('save'),
    restore: record('restore'),
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    closePath: record('closePath'),
    stroke: record('stroke'),
    fill: record('fill'),
    arc: record('arc'),
    translate: record('translate'),
    scale: record('scale'),
    fillRect: record('fillRect'),
    fillText: record('fillText'),
    setLineDash: record('setLineDash'),
    measureText: (text: string) => ({ width: text.length * 9 }),
  }
  return ctx
}

describe('drawing the sharing links', () => {
  const original = (globalThis as { Path2D?: unknown }).Path2D
  beforeAll(() => {
    ;(globalThis as { Path2D?: unknown }).Path2D = class {}
  })
  afterAll(() => {
    ;(globalThis as { Path2D?: unknown }).Path2D = original
  })

  it('draws a link whose line is left of the view when its label reaches into the view', () => {
    // A vertical link at x = 110; its label starts right of the middle and runs ~300 units further right.
    const doc = docWith([actor('a', 0, 0), actor('b', 0, 600)], [link('l', 'a', 'b', 'overskudsvarme om vinteren')])
    const ctx = recordingContext()
    const view = { x: 200, y: 0, width: 400, height: 800 }
    drawSharingLinks(ctx as unknown as CanvasRenderingContext2D, doc, Object.values(doc.connector), NORMAL_THEME, 1, view)
    expect(ctx.calls.filter((call) => call.op === 'fillText').map((call) => call.args[0])).toEqual([
      'overskudsvarme om vinteren',
    ])
  })

  it('leaves out a link whose drawing is nowhere near the view', () => {
    const doc = docWith([actor('a', 0, 0), actor('b', 0, 600)], [link('l', 'a', 'b')])
    const ctx = recordingContext()
    drawSharingLinks(ctx as unknown as CanvasRenderingContext2D, doc, Object.values(doc.connector), NORMAL_THEME, 1, {
      x: 2000,
      y: 0,
      width: 400,
      height: 800,
    })
    expect(ctx.calls.filter((call) => call.op === 'stroke')).toHaveLength(0)
  })

  it('stretches the flow dash with the line when zoomed out, so the dashes stay as long on screen', () => {
    const dash = FLOW_STYLE.energy.dash
    expect(linkDash(dash, 1)).toEqual(dash)
    expect(linkDash(dash, 0.5)).toEqual(dash)
    // At 0.2 the line is 1.5 / 0.2 = 7.5 units wide, 2.5 times 3: so are the dashes.
    expect(linkDash(dash, 0.2)).toEqual(dash.map((length) => length * 2.5))
    const doc = docWith([actor('a', 0, 0), actor('b', 0, 600)], [link('l', 'a', 'b')])
    const ctx = recordingContext()
    drawSharingLinks(ctx as unknown as CanvasRenderingContext2D, doc, Object.values(doc.connector), NORMAL_THEME, 0.2, {
      x: -5000,
      y: -5000,
      width: 10000,
      height: 10000,
    })
    expect(ctx.calls.find((call) => call.op === 'setLineDash')?.args[0]).toEqual(dash.map((length) => length * 2.5))
  })
})

describe('the extent of the sharing map', () => {
  it('is the box around the actors and the ends of the links', () => {
    const doc = docWith([actor('a', 0, 0), actor('b', 1000, 500)], [link('l', 'a', 'b')])
    expect(sharingBounds(doc, Object.values(doc.connector), Object.values(doc.actor))).toEqual({
      x: 0,
      y: 0,
      width: 1220,
      height: 610,
    })
    expect(sharingBounds(emptyDoc(), [], [])).toBeNull()
  })

  it('reaches far enough for a label and grows as the marks do when zoomed out', () => {
    // A label: up to 260 units of text beside a mark of radius 11, plus padding.
    expect(sharingReach(1)).toBeGreaterThanOrEqual(11 * 1.8 + 260 + 10)
    expect(sharingReach(0.1)).toBeGreaterThan(sharingReach(1))
  })
})
