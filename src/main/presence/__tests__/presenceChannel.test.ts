// Presence is memory: a moving view is sent to every view and written nowhere; only the settled view (or one
// left unsettled for SAVE_AFTER_MS, or pending at a freeze or close) is saved.
import { describe, expect, it } from 'vitest'
import type { ApiEvent } from '@shared/api/contract'
import type { BoardView } from '@shared/model/records'
import { PresenceChannel, SAVE_AFTER_MS } from '../presenceChannel'

let clock = 0
const at = () => ++clock
const view = (x: number): BoardView => ({ x, y: 0, scale: 1, width: 1280, height: 720 })

function channel() {
  const events: ApiEvent[] = []
  const saved: Array<[string, BoardView]> = []
  const timers: Array<{ run: () => void; ms: number; cleared: boolean }> = []
  const presence = new PresenceChannel({
    emit: (event) => events.push(event),
    saveView: (workshopId, v) => saved.push([workshopId, v]),
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false }
      timers.push(timer)
      return timer
    },
    clearTimer: (timer) => void ((timer as { cleared: boolean }).cleared = true),
  })
  const fireTimers = () => timers.filter((t) => !t.cleared).forEach((t) => ((t.cleared = true), t.run()))
  return { presence, events, saved, timers, fireTimers }
}

describe('PresenceChannel', () => {
  it('sends every moving view at once and saves none of them until the view settles', () => {
    const { presence, events, saved } = channel()
    for (let x = 0; x < 30; x++) presence.setView('w1', view(x), false, at())
    expect(events).toHaveLength(30)
    expect(events.at(-1)).toEqual({
      type: 'presence',
      workshopId: 'w1',
      presence: { workshopId: 'w1', facilitatorView: view(29), phones: null, dots: null },
    })
    expect(saved).toEqual([])
    presence.setView('w1', view(30), true, at())
    expect(saved).toEqual([['w1', view(30)]])
    expect(presence.get('w1').facilitatorView).toEqual(view(30))
  })

  it('an unchanged view sends nothing; a settled view is saved once', () => {
    const { presence, events, saved } = channel()
    presence.setView('w1', view(5), true, at())
    presence.setView('w1', view(5), false, at())
    expect(events).toHaveLength(1)
    presence.flush('w1')
    expect(saved).toHaveLength(1)
  })

  it('saves a view that never settled after SAVE_AFTER_MS without another report', () => {
    const { presence, saved, timers, fireTimers } = channel()
    presence.setView('w1', view(1), false, at())
    presence.setView('w1', view(2), false, at())
    // Each report replaces the previous timer: only the last one is live.
    expect(timers.filter((t) => !t.cleared)).toHaveLength(1)
    expect(timers[1]!.ms).toBe(SAVE_AFTER_MS)
    fireTimers()
    expect(saved).toEqual([['w1', view(2)]])
  })

  it('flush saves what is pending (a freeze), forget saves and drops the workshop (a close)', () => {
    const { presence, saved } = channel()
    presence.setView('w1', view(7), false, at())
    presence.flush('w1')
    expect(saved).toEqual([['w1', view(7)]])
    presence.setView('w1', view(8), false, at())
    presence.forget('w1')
    expect(saved.at(-1)).toEqual(['w1', view(8)])
    expect(presence.get('w1')).toEqual({ workshopId: 'w1', facilitatorView: null, phones: null, dots: null })
  })

  it("carries the room's counts beside the view, per workshop", () => {
    const { presence, events } = channel()
    presence.setView('w1', view(1), true, at())
    presence.setRoom('w1', { phones: { joined: 3, connected: 2 }, dots: { roundId: 'r1', placed: 5, voters: 2 } })
    presence.setRoom('w1', { phones: { joined: 3, connected: 2 }, dots: { roundId: 'r1', placed: 5, voters: 2 } })
    expect(events).toHaveLength(2) // the repeat changed nothing
    expect(presence.get('w1')).toMatchObject({ facilitatorView: view(1), phones: { connected: 2 } })
    expect(presence.get('w2').phones).toBeNull()
  })

  it('drops a report that overtook a newer one on the way (parallel calls), so the room never jumps back', () => {
    const { presence, saved, fireTimers } = channel()
    presence.setView('w1', view(2), true, 200)
    presence.setView('w1', view(1), false, 100) // sent earlier, arrived later
    fireTimers()
    expect(presence.get('w1').facilitatorView).toEqual(view(2))
    expect(saved).toEqual([['w1', view(2)]])
  })

  it('a save that fails (the workshop closed meanwhile) loses nothing else', () => {
    const presence = new PresenceChannel({
      emit: () => undefined,
      saveView: () => {
        throw new Error('not open')
      },
    })
    const error = console.error
    console.error = () => undefined
    try {
      expect(() => presence.setView('w1', view(1), true, at())).not.toThrow()
    } finally {
      console.error = error
    }
    expect(presence.get('w1').facilitatorView).toEqual(view(1))
  })
})
