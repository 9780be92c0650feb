// Moves the room to another phase of the agenda; the timer is set (not started) to that phase's duration.
import { z } from 'zod'
import { Id } from '../model/records'
import { defineCommand, requireRecord } from './command'
import { changeLiveState } from './liveState'

export const setCurrentPhase = defineCommand({
  name: 'setCurrentPhase',
  undoable: false,
  args: z.object({ phaseId: Id }),
  run(doc, { phaseId }) {
    const phase = requireRecord(doc.phase, phaseId, 'phase')
    const duration = phase.durationMinutes * 60_000
    return changeLiveState(doc, () => ({
      currentPhaseId: phase.id,
      timerDurationMs: duration,
      timerRemainingMs: duration,
      timerStartedAt: null,
    }))
  },
})
