// The facilitator's timer: start, pause, reset to the phase's duration, or one more minute.
import { z } from 'zod'
import { defineCommand } from './command'
import { changeLiveState, timerRemainingAt } from './liveState'

const DAY_MS = 24 * 3600_000
const clamp = (ms: number) => Math.max(-DAY_MS, Math.min(DAY_MS, Math.round(ms)))

export const controlTimer = defineCommand({
  name: 'controlTimer',
  undoable: false,
  args: z.object({ action: z.enum(['start', 'pause', 'reset', 'addMinute']) }),
  run(doc, { action }, ctx) {
    return changeLiveState(doc, (live) => {
      const remaining = timerRemainingAt(live, ctx.now)
      switch (action) {
        case 'start':
          return live.timerStartedAt ? {} : { timerStartedAt: ctx.now }
        case 'pause':
          return live.timerStartedAt ? { timerStartedAt: null, timerRemainingMs: clamp(remaining) } : {}
        case 'reset':
          return { timerStartedAt: null, timerRemainingMs: live.timerDurationMs }
        case 'addMinute':
          return live.timerStartedAt
            ? { timerStartedAt: ctx.now, timerRemainingMs: clamp(remaining + 60_000) }
            : { timerRemainingMs: clamp(remaining + 60_000) }
      }
    })
  },
})
