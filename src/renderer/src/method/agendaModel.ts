// The evening's agenda and the facilitator's timer as the panel shows them.
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { Translate } from '@shared/i18n'
import type { LiveState, Phase } from '@shared/model/records'

export function phasesInOrder(doc: WorkshopDoc): Phase[] {
  return recordsOf(doc, 'phase').sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
}

/** A phase's own title, or the translated name of its kind when the title was left empty. */
export function phaseName(phase: Phase, t: Translate): string {
  return phase.title.trim() || t(`method.phases.${phase.kind}`)
}

export function totalMinutes(phases: readonly Phase[]): number {
  return phases.reduce((sum, phase) => sum + phase.durationMinutes, 0)
}

export interface TimerView {
  remainingMs: number
  running: boolean
  /** At or past zero: the panel shows a gentle signal instead of an alarm. */
  timeUp: boolean
  /** "12:05", or "-0:42" once the time has run out. */
  clock: string
}

/** The timer at `nowMs` (the renderer's clock; main and the window run on the same machine). */
export function timerView(live: LiveState, nowMs: number): TimerView {
  const remainingMs = live.timerStartedAt ? live.timerRemainingMs - (nowMs - Date.parse(live.timerStartedAt)) : live.timerRemainingMs
  return { remainingMs, running: live.timerStartedAt !== null, timeUp: remainingMs <= 0, clock: formatClock(remainingMs) }
}

export function formatClock(ms: number): string {
  // Count whole seconds up while running down, so 59.2 s left shows 1:00 and zero shows exactly at zero.
  const seconds = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000)
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
  return ms < 0 && seconds > 0 ? `-${text}` : text
}
