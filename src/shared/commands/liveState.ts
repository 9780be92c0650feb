// Helpers for the commands that steer the room: they change only the live-state record.
import { PatchBuilder, type Patch } from '../model/patch'
import { LIVE_STATE_ID, type LiveState } from '../model/records'
import type { WorkshopDoc } from '../model/document'
import { reject } from './command'

export function liveStateOf(doc: WorkshopDoc): LiveState {
  const live = doc.liveState[LIVE_STATE_ID]
  if (!live) reject('unknown-record', { what: 'liveState', id: LIVE_STATE_ID })
  return live
}

export function changeLiveState(doc: WorkshopDoc, change: (live: LiveState) => Partial<LiveState>): Patch {
  const before = liveStateOf(doc)
  return new PatchBuilder().update('liveState', before, { ...before, ...change(before) }).build()
}

/** Milliseconds left on the timer at `now` (negative once it has run past zero). */
export function timerRemainingAt(live: LiveState, now: string): number {
  if (!live.timerStartedAt) return live.timerRemainingMs
  return live.timerRemainingMs - (Date.parse(now) - Date.parse(live.timerStartedAt))
}
