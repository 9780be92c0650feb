// The board's pointer gestures as a plain state machine, like tldraw's tool states: what a press, a move, a
// release, Escape or a double-click does, given what is under the pointer. No React, no Konva, no DOM: the
// board (board/BoardStage.tsx) turns pointer events into GestureEvents, asks `transition`, and carries out the
// effects it answers with (they are data). So every rule here is tested without a browser
// (editor/__tests__/gestures.test.ts), and the board only draws.
//
//   idle ──press item──▶ pointing-item ──moves ≥ 4 px──▶ translating ──release──▶ commit-move (one command)
//        ──press empty─▶ pointing-empty ──moves ≥ 4 px─▶ brushing (rubber band) ──release──▶ select
//        ──press zone handle──▶ pointing-handle ──moves──▶ resizing ──release──▶ commit-resize
//        ──press connection handle──▶ connecting ──release on an item──▶ commit-connect
//        ──middle button, or Space + left──▶ panning ──release──▶ idle
// Escape (or a lost pointer) cancels any of them: a dragged item goes back, nothing is committed.
import type { EditTarget } from './boardEditor'
import { normalizeBox, type Box, type Hit, type Point } from './boxes'

/** A press that moves less than this many screen pixels is a click, not a drag. */
export const DRAG_THRESHOLD = 4
/** A zone is never resized smaller than this (board units), so its title and a note still fit. */
export const MIN_ZONE = { width: 120, height: 80 } as const

export interface View {
  scale: number
  x: number
  y: number
}

/** What can be under the pointer: the board's hits plus the connection handle of the selected item. */
export type GestureHit = Hit | { kind: 'connect-handle'; id: string }

/** What the machine may ask about the board at the moment of an event. Pure queries. */
export interface GestureContext {
  /** What is under a board point (the selection's handles first). */
  hitAt(point: Point): GestureHit
  selected: readonly string[]
  readOnly: boolean
  view: View
  /** What a drag of these ids moves (a zone carries what lies in it); empty when nothing may move. */
  movingIds(ids: readonly string[]): string[]
  /** The notes of a theme, taken whole when its label is pressed. */
  themeMembers(themeId: string): string[]
  /** A note's stack of duplicates (itself alone when it is not stacked): pressed, they go as one. */
  stackOf(noteId: string): string[]
  /** What a rubber band over `box` selects. */
  itemsInBox(box: Box): string[]
  zone(id: string): Box | undefined
  /** Whether a line may be drawn from or to this item (a note or an actor). */
  connectable(id: string): boolean
  /** The top-left of a new note whose middle is at `point`. */
  newNoteAt(point: Point): Point
}

export type GestureState =
  | { type: 'idle' }
  /** Pressed on an item: selected at once; it becomes a drag once the pointer moves far enough. */
  | { type: 'pointing-item'; start: Point; startScreen: Point; ids: string[] }
  | { type: 'pointing-empty'; start: Point; startScreen: Point; additive: boolean; base: string[] }
  | { type: 'pointing-handle'; id: string; start: Point; startScreen: Point; box: Box }
  | { type: 'translating'; start: Point; ids: string[]; dx: number; dy: number }
  | { type: 'brushing'; start: Point; additive: boolean; base: string[]; box: Box }
  | { type: 'resizing'; id: string; start: Point; box: Box; width: number; height: number }
  | { type: 'panning'; startScreen: Point; view: View }
  | { type: 'connecting'; fromId: string; point: Point; targetId: string | null }

export type GestureEvent =
  | {
      type: 'down'
      /** 0 left, 1 middle, 2 right. */
      button: number
      /** Board coordinates and screen (CSS pixels in the board element) of the pointer. */
      point: Point
      screen: Point
      shift: boolean
      /** Space held: a left drag pans, as in most whiteboards. */
      space: boolean
    }
  | { type: 'move'; point: Point; screen: Point }
  | { type: 'up'; point: Point; screen: Point }
  /** Escape, or the pointer was lost (pointercancel): undo what the gesture showed, commit nothing. */
  | { type: 'cancel' }
  | { type: 'double-click'; point: Point }

export type GestureEffect =
  | { type: 'select'; ids: string[] }
  /** Keep receiving the pointer's events while it is pressed, wherever it goes. */
  | { type: 'capture-pointer' }
  /** A pan begins (true) or ends (false): the view settles only at its end. */
  | { type: 'view-gesture'; active: boolean }
  | { type: 'set-view'; view: View }
  /** These items leave the board's still drawing and follow the pointer. */
  | { type: 'drag-start'; ids: string[] }
  | { type: 'drag-preview'; ids: string[]; dx: number; dy: number }
  /** The drag is over without a drop: the items go back where they were. */
  | { type: 'drag-cancel'; ids: string[] }
  /** The drop: one command moving the items by (dx, dy), into or out of themes and zones. */
  | { type: 'commit-move'; ids: string[]; dx: number; dy: number }
  /** The rubber band to show, or null to hide it. */
  | { type: 'brush'; box: Box | null }
  | { type: 'resize-preview'; box: Box | null }
  | { type: 'commit-resize'; id: string; width: number; height: number }
  /** The line being drawn from `fromId` to the pointer (snapped to `targetId` when over one), or null. */
  | { type: 'connect-preview'; line: { fromId: string; to: Point; targetId: string | null } | null }
  | { type: 'commit-connect'; fromId: string; toId: string }
  | { type: 'edit'; target: EditTarget }
  /** A project card or an actor card, opened where it is edited (the Method panel). */
  | { type: 'open'; kind: 'project' | 'actor'; id: string }
  | { type: 'new-note'; at: Point }

export interface Transition {
  state: GestureState
  effects: GestureEffect[]
}

export const IDLE: GestureState = { type: 'idle' }

const stay = (state: GestureState): Transition => ({ state, effects: [] })
const farEnough = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y) >= DRAG_THRESHOLD

export function transition(state: GestureState, event: GestureEvent, context: GestureContext): Transition {
  switch (event.type) {
    case 'down':
      return state.type === 'idle' ? press(event, context) : stay(state)
    case 'move':
      return move(state, event, context)
    case 'up':
      return release(state, event, context)
    case 'cancel':
      return cancel(state)
    case 'double-click':
      return state.type === 'idle' ? doubleClick(event.point, context) : stay(state)
  }
}

function press(event: Extract<GestureEvent, { type: 'down' }>, context: GestureContext): Transition {
  const { point, screen } = event
  if (event.button === 1 || (event.button === 0 && event.space)) {
    return {
      state: { type: 'panning', startScreen: screen, view: context.view },
      effects: [{ type: 'capture-pointer' }, { type: 'view-gesture', active: true }],
    }
  }
  if (event.button !== 0) return stay(IDLE)
  const capture: GestureEffect = { type: 'capture-pointer' }
  let hit = context.hitAt(point)
  if (hit.kind === 'connect-handle') {
    if (context.readOnly) return stay(IDLE)
    return {
      state: { type: 'connecting', fromId: hit.id, point, targetId: null },
      effects: [capture, { type: 'connect-preview', line: { fromId: hit.id, to: point, targetId: null } }],
    }
  }
  if (hit.kind === 'zone-resize') {
    const box = context.zone(hit.id)
    if (box && !context.readOnly) {
      return {
        state: { type: 'pointing-handle', id: hit.id, start: point, startScreen: screen, box },
        effects: [capture],
      }
    }
    hit = { kind: 'zone', id: hit.id }
  }
  if (hit.kind === 'empty') {
    const base = event.shift ? [...context.selected] : []
    return {
      state: { type: 'pointing-empty', start: point, startScreen: screen, additive: event.shift, base },
      effects: event.shift ? [capture] : [capture, { type: 'select', ids: [] }],
    }
  }
  if (hit.kind === 'theme') {
    // Pressing a theme's label takes the whole theme: a drag moves the cluster, a double-click renames it.
    const members = context.themeMembers(hit.id)
    const selected = event.shift ? [...new Set([...context.selected, ...members])] : members
    return {
      state: { type: 'pointing-item', start: point, startScreen: screen, ids: context.movingIds(selected) },
      effects: [capture, { type: 'select', ids: selected }],
    }
  }
  // A stack is taken as one: its notes are selected and dragged together.
  const ids = hit.kind === 'note' ? context.stackOf(hit.id) : [hit.id]
  let selected = [...context.selected]
  if (event.shift) {
    const all = ids.every((id) => selected.includes(id))
    const rest = selected.filter((id) => !ids.includes(id))
    selected = all ? rest : [...rest, ...ids]
  } else if (!selected.includes(hit.id)) selected = ids
  const effects: GestureEffect[] = [capture]
  if (!sameIds(selected, context.selected)) effects.push({ type: 'select', ids: selected })
  // A line is selected, never dragged; an item just taken out of the selection (Shift) is not dragged either.
  const draggable = hit.kind !== 'connector' && selected.includes(hit.id)
  const moving = draggable ? context.movingIds(selected) : []
  return { state: { type: 'pointing-item', start: point, startScreen: screen, ids: moving }, effects }
}

function move(
  state: GestureState,
  event: Extract<GestureEvent, { type: 'move' }>,
  context: GestureContext,
): Transition {
  const { point, screen } = event
  switch (state.type) {
    case 'idle':
      return stay(state)
    case 'panning': {
      const view = {
        ...state.view,
        x: state.view.x + screen.x - state.startScreen.x,
        y: state.view.y + screen.y - state.startScreen.y,
      }
      return { state, effects: [{ type: 'set-view', view }] }
    }
    case 'pointing-item': {
      if (state.ids.length === 0 || !farEnough(screen, state.startScreen)) return stay(state)
      const dx = point.x - state.start.x
      const dy = point.y - state.start.y
      return {
        state: { type: 'translating', start: state.start, ids: state.ids, dx, dy },
        effects: [
          { type: 'drag-start', ids: state.ids },
          { type: 'drag-preview', ids: state.ids, dx, dy },
        ],
      }
    }
    case 'translating': {
      const dx = point.x - state.start.x
      const dy = point.y - state.start.y
      return { state: { ...state, dx, dy }, effects: [{ type: 'drag-preview', ids: state.ids, dx, dy }] }
    }
    case 'pointing-empty': {
      if (!farEnough(screen, state.startScreen)) return stay(state)
      const box = normalizeBox(state.start, point)
      return {
        state: { type: 'brushing', start: state.start, additive: state.additive, base: state.base, box },
        effects: [{ type: 'brush', box }],
      }
    }
    case 'brushing': {
      const box = normalizeBox(state.start, point)
      return { state: { ...state, box }, effects: [{ type: 'brush', box }] }
    }
    case 'pointing-handle':
    case 'resizing': {
      if (state.type === 'pointing-handle' && !farEnough(screen, state.startScreen)) return stay(state)
      const width = Math.max(MIN_ZONE.width, state.box.width + point.x - state.start.x)
      const height = Math.max(MIN_ZONE.height, state.box.height + point.y - state.start.y)
      return {
        state: { type: 'resizing', id: state.id, start: state.start, box: state.box, width, height },
        effects: [{ type: 'resize-preview', box: { x: state.box.x, y: state.box.y, width, height } }],
      }
    }
    case 'connecting': {
      const hit = context.hitAt(point)
      const over = 'id' in hit ? hit.id : null
      const targetId = over && over !== state.fromId && context.connectable(over) ? over : null
      return {
        state: { ...state, point, targetId },
        effects: [{ type: 'connect-preview', line: { fromId: state.fromId, to: point, targetId } }],
      }
    }
  }
}

function release(
  state: GestureState,
  event: Extract<GestureEvent, { type: 'up' }>,
  context: GestureContext,
): Transition {
  switch (state.type) {
    case 'idle':
    case 'pointing-item':
    case 'pointing-empty':
    case 'pointing-handle':
      return stay(IDLE)
    case 'panning':
      return { state: IDLE, effects: [{ type: 'view-gesture', active: false }] }
    case 'translating': {
      const dx = event.point.x - state.start.x
      const dy = event.point.y - state.start.y
      return { state: IDLE, effects: [{ type: 'commit-move', ids: state.ids, dx, dy }] }
    }
    case 'brushing':
      return {
        state: IDLE,
        effects: [
          { type: 'brush', box: null },
          { type: 'select', ids: brushed(state, context) },
        ],
      }
    case 'resizing': {
      const effects: GestureEffect[] = [{ type: 'resize-preview', box: null }]
      if (state.width !== state.box.width || state.height !== state.box.height)
        effects.push({ type: 'commit-resize', id: state.id, width: state.width, height: state.height })
      return { state: IDLE, effects }
    }
    case 'connecting': {
      const effects: GestureEffect[] = [{ type: 'connect-preview', line: null }]
      if (state.targetId) effects.push({ type: 'commit-connect', fromId: state.fromId, toId: state.targetId })
      return { state: IDLE, effects }
    }
  }
}

/** The selection a rubber band makes: what it touches, added to what was selected when Shift was held. */
function brushed(state: Extract<GestureState, { type: 'brushing' }>, context: GestureContext): string[] {
  // The items are asked for at release only (not on every move): brushing stays cheap on a 10,000-note board.
  const inside = context.itemsInBox(state.box)
  return state.additive ? [...new Set([...state.base, ...inside])] : inside
}

function cancel(state: GestureState): Transition {
  switch (state.type) {
    case 'idle':
    case 'pointing-item':
    case 'pointing-empty':
    case 'pointing-handle':
      return stay(IDLE)
    case 'panning':
      return { state: IDLE, effects: [{ type: 'view-gesture', active: false }] }
    case 'translating':
      return { state: IDLE, effects: [{ type: 'drag-cancel', ids: state.ids }] }
    case 'brushing':
      return { state: IDLE, effects: [{ type: 'brush', box: null }] }
    case 'resizing':
      return { state: IDLE, effects: [{ type: 'resize-preview', box: null }] }
    case 'connecting':
      return { state: IDLE, effects: [{ type: 'connect-preview', line: null }] }
  }
}

function doubleClick(point: Point, context: GestureContext): Transition {
  const hit = context.hitAt(point)
  const effect = ((): GestureEffect | null => {
    switch (hit.kind) {
      case 'theme':
        return { type: 'edit', target: { kind: 'theme-name', id: hit.id } }
      case 'project':
        return { type: 'open', kind: 'project', id: hit.id }
      case 'actor':
        return { type: 'open', kind: 'actor', id: hit.id }
      case 'note':
        return { type: 'edit', target: { kind: 'note', id: hit.id } }
      case 'zone':
        return { type: 'edit', target: { kind: 'zone-title', id: hit.id } }
      case 'connector':
        return { type: 'edit', target: { kind: 'connector-label', id: hit.id } }
      case 'empty':
        return context.readOnly ? null : { type: 'new-note', at: context.newNoteAt(point) }
      default:
        return null
    }
  })()
  return { state: IDLE, effects: effect ? [effect] : [] }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => b[i] === id)
}
