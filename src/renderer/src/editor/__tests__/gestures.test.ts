// The board's gesture machine, driven over a real document (built through the real commands) with the same
// context the board builds: every transition, clicks against drags, Shift, Escape, and what a drop commits
// (applied through the real moveItems, so "dropped into a theme / a category's area" is checked end to end).
import { describe, expect, it } from 'vitest'
import { runCommand, type CommandCall } from '@shared/commands'
import type { WorkshopDoc } from '@shared/model/document'
import { applyPatch } from '@shared/model/patch'
import { BoardEditor } from '../boardEditor'
import { BoardActions, dropCommand, lineBetween } from '../boardActions'
import { boardGestureContext, connectHandleBox } from '../gestureContext'
import {
  DRAG_THRESHOLD,
  IDLE,
  transition,
  type GestureEffect,
  type GestureEvent,
  type GestureState,
  type View,
} from '../gestures'
import type { Point } from '../boxes'
import { themeOutlines } from '../methodBoard'
import { newWorkshop, runOn } from '@shared/commands/__tests__/workshopFixture'

const ctx = { now: '2026-01-01T10:00:00.000Z' }
const run = (doc: WorkshopDoc, name: string, args: unknown) => runOn(doc, name, args, ctx)

/**
 * Notes a, b in theme "traffic" (x 0..380), c alone in theme "children" (x 1000), d free far below; s1 and s2
 * a stack (same place); a People area at y 2000 with nothing in it; actors A1, A2; a line a→c.
 */
function board(): WorkshopDoc {
  let doc = newWorkshop({ title: 'T', language: 'en' }, ctx)
  doc = run(doc, 'addItems', {
    notes: [
      { id: 'a', text: 'Bike lane', x: 0, y: 0 },
      { id: 'b', text: 'Speed bumps', x: 200, y: 0 },
      { id: 'c', text: 'Playground', x: 1000, y: 0 },
      { id: 'd', text: 'Choir', kind: 'strength', x: 0, y: 1000 },
      { id: 's1', text: 'Bench', x: 3000, y: 0 },
      { id: 's2', text: 'Bench', x: 3000, y: 0 },
    ],
    zones: [{ id: 'people', title: 'People', categoryId: 'people', x: 0, y: 2000, width: 800, height: 600 }],
    connectors: [{ id: 'line', fromId: 'a', toId: 'c' }],
  })
  doc = run(doc, 'addActors', {
    actors: [
      { id: 'A1', name: 'School', type: 'education', x: 5000, y: 0, width: 240, height: 150 },
      { id: 'A2', name: 'Hall', type: 'association', x: 5600, y: 0, width: 240, height: 150 },
    ],
  })
  doc = run(doc, 'createTheme', { id: 'traffic', noteIds: ['a', 'b'] })
  return run(doc, 'createTheme', { id: 'children', noteIds: ['c'] })
}

/** The board as BoardStage drives it: the machine, the editor (selection) and a view at 100 %. */
class Harness {
  state: GestureState = IDLE
  readonly editor: BoardEditor
  readonly effects: GestureEffect[] = []
  view: View = { scale: 1, x: 0, y: 0 }
  private readonly actions: BoardActions

  constructor(
    public doc: WorkshopDoc,
    readOnly = false,
  ) {
    this.editor = new BoardEditor({ readOnly })
    this.actions = new BoardActions({
      apply: () => Promise.resolve(true),
      doc: () => this.doc,
      source: () => 'x.handlekraft',
      editor: this.editor,
      viewCentre: () => ({ x: 0, y: 0 }),
    })
  }

  send(event: GestureEvent): GestureEffect[] {
    const context = boardGestureContext({
      doc: this.doc,
      selected: this.editor.getState().selected,
      readOnly: this.editor.getState().readOnly,
      view: this.view,
      movingIds: (ids) => this.actions.movingIds(ids),
    })
    const { state, effects } = transition(this.state, event, context)
    this.state = state
    for (const effect of effects) if (effect.type === 'select') this.editor.select(effect.ids)
    this.effects.push(...effects)
    return effects
  }

  /** Board point -> screen at the current view. */
  screen(point: Point): Point {
    return { x: point.x * this.view.scale + this.view.x, y: point.y * this.view.scale + this.view.y }
  }
  down(point: Point, options: { shift?: boolean; space?: boolean; button?: number } = {}) {
    return this.send({
      type: 'down',
      point,
      screen: this.screen(point),
      button: options.button ?? 0,
      shift: options.shift ?? false,
      space: options.space ?? false,
    })
  }
  move(point: Point) {
    return this.send({ type: 'move', point, screen: this.screen(point) })
  }
  up(point: Point) {
    return this.send({ type: 'up', point, screen: this.screen(point) })
  }
  drag(from: Point, to: Point, options: { shift?: boolean; space?: boolean; button?: number } = {}) {
    this.down(from, options)
    this.move({ x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 })
    this.move(to)
    return this.up(to)
  }
  get selected() {
    return this.editor.getState().selected
  }
  /** The command the last commit-move would send, applied to the document. */
  applyDrop(effect: GestureEffect | undefined): WorkshopDoc {
    if (effect?.type !== 'commit-move') throw new Error(`no commit-move, got ${JSON.stringify(effect)}`)
    const command = dropCommand(this.doc, effect.ids, effect.dx, effect.dy) as CommandCall
    return applyPatch(this.doc, runCommand(this.doc, command, ctx))
  }
}

const types = (effects: GestureEffect[]) => effects.map((effect) => effect.type)
const inside = (id: string, doc = board()) => {
  const box = doc.note[id] ?? doc.actor[id]!
  return { x: box.x + 40, y: box.y + 60 }
}
const EMPTY = { x: 2000, y: 1500 }

describe('gestures: pressing', () => {
  it('a press on a note selects it and waits (pointing); a release without moving is a click', () => {
    const h = new Harness(board())
    expect(types(h.down(inside('d')))).toEqual(['capture-pointer', 'select'])
    expect(h.state.type).toBe('pointing-item')
    expect(h.selected).toEqual(['d'])
    expect(h.up(inside('d'))).toEqual([])
    expect(h.state).toEqual(IDLE)
    expect(h.effects.some((e) => e.type === 'commit-move')).toBe(false)
  })

  it('a press on empty board clears the selection and a release leaves it cleared', () => {
    const h = new Harness(board())
    h.editor.select(['a', 'b'])
    h.down(EMPTY)
    expect(h.state.type).toBe('pointing-empty')
    expect(h.selected).toEqual([])
    h.up(EMPTY)
    expect(h.state).toEqual(IDLE)
    expect(h.selected).toEqual([])
  })

  it('Shift-click adds to the selection, and Shift-click on a selected note takes it out (and does not drag it)', () => {
    const h = new Harness(board())
    h.down(inside('d'))
    h.up(inside('d'))
    h.down(inside('c'), { shift: true })
    h.up(inside('c'))
    expect(h.selected).toEqual(['d', 'c'])
    h.down(inside('d'), { shift: true })
    expect(h.selected).toEqual(['c'])
    expect(h.state).toMatchObject({ type: 'pointing-item', ids: [] })
    h.move({ x: inside('d').x + 100, y: inside('d').y })
    expect(h.state.type).toBe('pointing-item')
    h.up({ x: inside('d').x + 100, y: inside('d').y })
    expect(h.effects.some((e) => e.type === 'commit-move')).toBe(false)
  })

  it('Shift on empty board keeps the selection and starts an additive rubber band', () => {
    const h = new Harness(board())
    h.editor.select(['c'])
    h.down({ x: -100, y: -100 }, { shift: true })
    expect(h.selected).toEqual(['c'])
    h.move({ x: 500, y: 300 })
    h.up({ x: 500, y: 300 })
    expect(new Set(h.selected)).toEqual(new Set(['c', 'a', 'b']))
  })

  it('a press on a stacked note takes the whole stack', () => {
    const h = new Harness(board())
    h.down(inside('s2'))
    expect(new Set(h.selected)).toEqual(new Set(['s1', 's2']))
    expect(h.state).toMatchObject({ type: 'pointing-item' })
    if (h.state.type === 'pointing-item') expect(new Set(h.state.ids)).toEqual(new Set(['s1', 's2']))
  })

  it("a press on a theme's label selects the theme's notes; a press on a line selects it but never drags it", () => {
    const h = new Harness(board())
    const label = themeOutlines(h.doc).find((o) => o.themeId === 'traffic')!.label
    h.down({ x: label.x + 10, y: label.y + label.height / 2 })
    expect(new Set(h.selected)).toEqual(new Set(['a', 'b']))
    h.up({ x: label.x + 10, y: label.y + label.height / 2 })
    // The line a→c runs along y = 60 between the notes (a ends at x 180, c starts at x 1000).
    h.down({ x: 600, y: 60 })
    expect(h.selected).toEqual(['line'])
    expect(h.state).toMatchObject({ type: 'pointing-item', ids: [] })
  })

  it('the right button does nothing; a second press during a gesture is ignored', () => {
    const h = new Harness(board())
    expect(h.down(inside('d'), { button: 2 })).toEqual([])
    expect(h.state).toEqual(IDLE)
    h.down(inside('d'))
    const state = h.state
    expect(h.down(inside('c'))).toEqual([])
    expect(h.state).toBe(state)
  })
})

describe('gestures: click or drag', () => {
  it(`a move under ${DRAG_THRESHOLD} screen pixels stays a click; from ${DRAG_THRESHOLD} it is a drag`, () => {
    const h = new Harness(board())
    const start = inside('d')
    h.down(start)
    expect(h.move({ x: start.x + DRAG_THRESHOLD - 1, y: start.y })).toEqual([])
    expect(h.state.type).toBe('pointing-item')
    const effects = h.move({ x: start.x + DRAG_THRESHOLD, y: start.y })
    expect(effects).toEqual([
      { type: 'drag-start', ids: ['d'] },
      { type: 'drag-preview', ids: ['d'], dx: DRAG_THRESHOLD, dy: 0 },
    ])
    expect(h.state.type).toBe('translating')
  })

  it('the threshold is in screen pixels: at 25 % zoom a 3-pixel wobble (12 board units) is still a click', () => {
    const h = new Harness(board())
    h.view = { scale: 0.25, x: 0, y: 0 }
    const start = inside('d')
    h.down(start)
    h.move({ x: start.x + 12, y: start.y })
    expect(h.state.type).toBe('pointing-item')
    h.move({ x: start.x + 16, y: start.y })
    expect(h.state.type).toBe('translating')
  })

  it('a drag previews every move and commits ONE move on release', () => {
    const h = new Harness(board())
    h.down(inside('d'))
    h.move({ x: inside('d').x + 50, y: inside('d').y + 10 })
    expect(h.move({ x: inside('d').x + 300, y: inside('d').y + 20 })).toEqual([
      { type: 'drag-preview', ids: ['d'], dx: 300, dy: 20 },
    ])
    expect(h.up({ x: inside('d').x + 310, y: inside('d').y + 20 })).toEqual([
      { type: 'commit-move', ids: ['d'], dx: 310, dy: 20 },
    ])
    expect(h.state).toEqual(IDLE)
    expect(h.effects.filter((e) => e.type === 'commit-move')).toHaveLength(1)
  })

  it('dragging one of several selected notes moves them all', () => {
    const h = new Harness(board())
    h.editor.select(['c', 'd'])
    h.drag(inside('d'), { x: inside('d').x + 100, y: inside('d').y })
    expect(h.effects.at(-1)).toMatchObject({ type: 'commit-move', dx: 100, dy: 0 })
    const last = h.effects.at(-1)
    if (last?.type === 'commit-move') expect(new Set(last.ids)).toEqual(new Set(['c', 'd']))
  })

  it('Escape during a drag puts the items back and commits nothing', () => {
    const h = new Harness(board())
    h.down(inside('d'))
    h.move({ x: inside('d').x + 400, y: inside('d').y })
    expect(h.send({ type: 'cancel' })).toEqual([{ type: 'drag-cancel', ids: ['d'] }])
    expect(h.state).toEqual(IDLE)
    // The release that follows is no drop.
    expect(h.up({ x: inside('d').x + 400, y: inside('d').y })).toEqual([])
    expect(h.effects.some((e) => e.type === 'commit-move')).toBe(false)
    expect(h.doc.note.d).toMatchObject({ x: 0, y: 1000 })
  })

  it('nothing is dragged in a read-only workshop, but pressing still selects', () => {
    const h = new Harness(board(), true)
    h.down(inside('d'))
    expect(h.selected).toEqual(['d'])
    h.move({ x: inside('d').x + 300, y: inside('d').y })
    expect(h.state.type).toBe('pointing-item')
    h.up({ x: inside('d').x + 300, y: inside('d').y })
    expect(h.effects.some((e) => e.type === 'drag-start' || e.type === 'commit-move')).toBe(false)
  })
})

describe('gestures: drops', () => {
  it('a note dropped into another theme joins it, in the one command', () => {
    const h = new Harness(board())
    // d (free) onto the middle of "children" (c at 1000,0).
    h.drag(inside('d'), { x: inside('c').x + 20, y: inside('c').y + 10 })
    const after = h.applyDrop(h.effects.at(-1))
    expect(after.note.d).toMatchObject({ themeId: 'children', x: 1020, y: 10 })
  })

  it('a note dragged out of its theme into free space leaves it', () => {
    const h = new Harness(board())
    h.drag(inside('b'), { x: inside('b').x, y: inside('b').y + 1500 })
    expect(h.applyDrop(h.effects.at(-1)).note.b?.themeId).toBeNull()
  })

  it("a strength dropped into the People area takes the area's category", () => {
    const h = new Harness(board())
    h.drag(inside('d'), { x: 300, y: 2300 })
    expect(h.applyDrop(h.effects.at(-1)).note.d?.categoryId).toBe('people')
  })

  it('a dragged actor moves (the drop carries actors too)', () => {
    const h = new Harness(board())
    h.drag(inside('A1'), { x: inside('A1').x + 100, y: inside('A1').y + 50 })
    expect(h.applyDrop(h.effects.at(-1)).actor.A1).toMatchObject({ x: 5100, y: 50 })
  })
})

describe('gestures: rubber band', () => {
  it('a drag on empty board draws a band and selects what it touches on release', () => {
    const h = new Harness(board())
    h.down({ x: -50, y: -50 })
    expect(h.move({ x: -48, y: -49 })).toEqual([])
    expect(h.move({ x: 250, y: 100 })).toEqual([{ type: 'brush', box: { x: -50, y: -50, width: 300, height: 150 } }])
    expect(h.state.type).toBe('brushing')
    expect(h.up({ x: 250, y: 100 })).toEqual([
      { type: 'brush', box: null },
      { type: 'select', ids: ['a', 'b'] },
    ])
    expect(h.selected).toEqual(['a', 'b'])
  })

  it('Escape hides the band and selects nothing', () => {
    const h = new Harness(board())
    h.down({ x: -50, y: -50 })
    h.move({ x: 250, y: 100 })
    expect(h.send({ type: 'cancel' })).toEqual([{ type: 'brush', box: null }])
    h.up({ x: 250, y: 100 })
    expect(h.selected).toEqual([])
  })
})

describe('gestures: resizing a zone', () => {
  const corner = { x: 800, y: 2600 }
  it("the selected zone's corner handle resizes it, never below the smallest size", () => {
    const h = new Harness(board())
    h.editor.select(['people'])
    h.down(corner)
    expect(h.state.type).toBe('pointing-handle')
    expect(h.move({ x: 900, y: 2700 })).toEqual([
      { type: 'resize-preview', box: { x: 0, y: 2000, width: 900, height: 700 } },
    ])
    h.move({ x: -5000, y: 2700 })
    expect(h.state).toMatchObject({ type: 'resizing', width: 120, height: 700 })
    h.move({ x: 1000, y: 2650 })
    expect(h.up({ x: 1000, y: 2650 })).toEqual([
      { type: 'resize-preview', box: null },
      { type: 'commit-resize', id: 'people', width: 1000, height: 650 },
    ])
  })

  it('Escape puts the outline away and commits nothing; a click on the handle commits nothing', () => {
    const h = new Harness(board())
    h.editor.select(['people'])
    h.down(corner)
    h.move({ x: 900, y: 2700 })
    expect(h.send({ type: 'cancel' })).toEqual([{ type: 'resize-preview', box: null }])
    h.down(corner)
    expect(h.up(corner)).toEqual([])
    expect(h.effects.some((e) => e.type === 'commit-resize')).toBe(false)
  })

  it('a read-only workshop has no handle: the corner press selects the zone', () => {
    const h = new Harness(board(), true)
    h.editor.select(['people'])
    h.down(corner)
    expect(h.state).toMatchObject({ type: 'pointing-item', ids: [] })
  })
})

describe('gestures: panning', () => {
  it('the middle button pans from anywhere, as a view gesture that ends on release', () => {
    const h = new Harness(board())
    h.view = { scale: 0.5, x: 10, y: 20 }
    expect(h.down(inside('d'), { button: 1 })).toEqual([
      { type: 'capture-pointer' },
      { type: 'view-gesture', active: true },
    ])
    const start = h.screen(inside('d'))
    expect(h.send({ type: 'move', point: { x: 0, y: 0 }, screen: { x: start.x + 30, y: start.y - 40 } })).toEqual([
      { type: 'set-view', view: { scale: 0.5, x: 40, y: -20 } },
    ])
    expect(h.up(inside('d'))).toEqual([{ type: 'view-gesture', active: false }])
    expect(h.selected).toEqual([])
  })

  it('Space + left drag pans instead of selecting; Escape ends the pan', () => {
    const h = new Harness(board())
    h.down(inside('d'), { space: true })
    expect(h.state.type).toBe('panning')
    expect(h.selected).toEqual([])
    expect(h.send({ type: 'cancel' })).toEqual([{ type: 'view-gesture', active: false }])
  })
})

describe('gestures: connecting', () => {
  const handleOf = (doc: WorkshopDoc, id: string) => {
    const box = connectHandleBox(doc.note[id] ?? doc.actor[id]!, 1)
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  }

  it('only a single selected note or actor has a handle', () => {
    const h = new Harness(board())
    const at = handleOf(h.doc, 'd')
    expect(h.down(at)).toContainEqual({ type: 'select', ids: [] })
    h.up(at)
    h.editor.select(['d', 'c'])
    h.down(at)
    expect(h.state.type).not.toBe('connecting')
  })

  it('dragging the handle of a note onto another note draws a line from one to the other', () => {
    const h = new Harness(board())
    h.editor.select(['d'])
    h.down(handleOf(h.doc, 'd'))
    expect(h.state).toMatchObject({ type: 'connecting', fromId: 'd' })
    expect(h.move(EMPTY)).toEqual([{ type: 'connect-preview', line: { fromId: 'd', to: EMPTY, targetId: null } }])
    // Over itself is no target.
    expect(h.move(inside('d'))).toEqual([
      { type: 'connect-preview', line: { fromId: 'd', to: inside('d'), targetId: null } },
    ])
    h.move(inside('c'))
    expect(h.state).toMatchObject({ targetId: 'c' })
    expect(h.up(inside('c'))).toEqual([
      { type: 'connect-preview', line: null },
      { type: 'commit-connect', fromId: 'd', toId: 'c' },
    ])
    expect(h.selected).toEqual(['d'])
  })

  it('released on empty board or on a zone, it draws nothing; Escape draws nothing', () => {
    const h = new Harness(board())
    h.editor.select(['d'])
    h.down(handleOf(h.doc, 'd'))
    h.move({ x: 0, y: 2000 - 10 })
    expect(h.up(EMPTY)).toEqual([{ type: 'connect-preview', line: null }])
    h.down(handleOf(h.doc, 'd'))
    h.move(inside('c'))
    expect(h.send({ type: 'cancel' })).toEqual([{ type: 'connect-preview', line: null }])
    expect(h.effects.some((e) => e.type === 'commit-connect')).toBe(false)
  })

  it('between two actors the line is a sharing link; between a note and an actor a plain line', () => {
    const h = new Harness(board())
    h.editor.select(['A1'])
    h.down(handleOf(h.doc, 'A1'))
    h.move(inside('A2'))
    expect(h.up(inside('A2'))).toContainEqual({ type: 'commit-connect', fromId: 'A1', toId: 'A2' })
    expect(lineBetween(h.doc, 'l1', 'A1', 'A2')).toMatchObject({ flow: 'other', direction: 'gives' })
    expect(lineBetween(h.doc, 'l2', 'd', 'A2')).toMatchObject({ flow: null })
    const doc = run(h.doc, 'addItems', { connectors: [lineBetween(h.doc, 'l1', 'A1', 'A2')] })
    expect(doc.connector.l1).toMatchObject({ fromId: 'A1', toId: 'A2', flow: 'other' })
  })

  it('a read-only workshop shows no handle', () => {
    const h = new Harness(board(), true)
    h.editor.select(['d'])
    h.down(handleOf(h.doc, 'd'))
    expect(h.state.type).not.toBe('connecting')
  })
})

describe('gestures: double-click', () => {
  it('opens what is under the pointer for editing, or starts a note on empty board', () => {
    const h = new Harness(board())
    const label = themeOutlines(h.doc).find((o) => o.themeId === 'traffic')!.label
    const dbl = (point: Point) => h.send({ type: 'double-click', point })
    expect(dbl(inside('d'))).toEqual([{ type: 'edit', target: { kind: 'note', id: 'd' } }])
    expect(dbl({ x: label.x + 10, y: label.y + label.height / 2 })).toEqual([
      { type: 'edit', target: { kind: 'theme-name', id: 'traffic' } },
    ])
    expect(dbl({ x: 100, y: 1960 })).toEqual([{ type: 'edit', target: { kind: 'zone-title', id: 'people' } }])
    expect(dbl({ x: 600, y: 60 })).toEqual([{ type: 'edit', target: { kind: 'connector-label', id: 'line' } }])
    expect(dbl(inside('A1'))).toEqual([{ type: 'open', kind: 'actor', id: 'A1' }])
    expect(dbl(EMPTY)).toEqual([{ type: 'new-note', at: { x: EMPTY.x - 90, y: EMPTY.y - 60 } }])
  })

  it('a project card opens its sheet', () => {
    let doc = board()
    doc = run(doc, 'addProject', { id: 'p1', title: 'Bike lane', x: 8000, y: 0 })
    const h = new Harness(doc)
    expect(h.send({ type: 'double-click', point: { x: 8010, y: 10 } })).toEqual([
      { type: 'open', kind: 'project', id: 'p1' },
    ])
  })

  it('is ignored in the middle of a gesture; no new note in a read-only workshop', () => {
    const h = new Harness(board())
    h.down(inside('d'))
    expect(h.send({ type: 'double-click', point: EMPTY })).toEqual([])
    expect(new Harness(board(), true).send({ type: 'double-click', point: EMPTY })).toEqual([])
  })
})
