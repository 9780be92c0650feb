// Live-state commands (timer, current phase) are stored but stay out of the undo history, and undo never
// touches the live state.
import { describe, expect, it } from 'vitest'
import { newWorkshop, note } from './helpers'

describe('live state and undo', () => {
  it('keeps timer clicks out of the undo history', () => {
    const store = newWorkshop()
    store.apply({ name: 'addNotes', args: { notes: [note('a')] } })
    store.apply({ name: 'controlTimer', args: { action: 'start' } })
    expect(store.doc.liveState.live?.timerStartedAt).not.toBeNull()
    store.undo() // undoes the note, not the timer
    expect(store.doc.note.a).toBeUndefined()
    expect(store.doc.liveState.live?.timerStartedAt).not.toBeNull()
    expect(store.canRedo()).toBe(true)
    store.apply({ name: 'controlTimer', args: { action: 'pause' } })
    expect(store.canRedo()).toBe(true) // a timer click does not throw away the redo tail
    store.redo()
    expect(store.doc.note.a).toBeDefined()
    store.close()
  })

  it('stores the live state durably across close and reopen', async () => {
    const store = newWorkshop()
    store.apply({ name: 'setCurrentPhase', args: { phaseId: 'phase-dream' } })
    store.apply({ name: 'controlTimer', args: { action: 'addMinute' } })
    const file = store.path
    store.close()
    const { WorkshopStore } = await import('../workshopStore')
    const reopened = WorkshopStore.open(file)
    expect(reopened.doc.liveState.live).toMatchObject({ currentPhaseId: 'phase-dream', timerRemainingMs: 16 * 60_000 })
    expect(reopened.canUndo()).toBe(false)
    reopened.close()
  })
})
