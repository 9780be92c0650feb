import { describe, expect, it } from 'vitest'
import { emptyDoc, recordsOf, type WorkshopDoc } from '../../model/document'
import { applyPatch } from '../../model/patch'
import { createWorkshop, runCommand } from '../index'

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 22, 18, 0, seconds)).toISOString()

function workshop(): WorkshopDoc {
  const doc = emptyDoc()
  return applyPatch(doc, createWorkshop.run(doc, { title: 'T', place: '', facilitator: '', language: 'da', template: 'blank' }, { now: at(0) }))
}
const run = (doc: WorkshopDoc, name: string, args: unknown, seconds = 0) => applyPatch(doc, runCommand(doc, { name, args }, { now: at(seconds) }))
const order = (doc: WorkshopDoc) => recordsOf(doc, 'phase').sort((a, b) => a.position - b.position).map((p) => p.id)

describe('the timer', () => {
  it('counts down while running, holds while paused, gains a minute, and resets to the phase length', () => {
    let doc = workshop()
    expect(doc.liveState.live?.timerRemainingMs).toBe(20 * 60_000)
    doc = run(doc, 'controlTimer', { action: 'start' }, 0)
    doc = run(doc, 'controlTimer', { action: 'pause' }, 30)
    expect(doc.liveState.live).toMatchObject({ timerStartedAt: null, timerRemainingMs: 20 * 60_000 - 30_000 })
    doc = run(doc, 'controlTimer', { action: 'addMinute' }, 40)
    expect(doc.liveState.live?.timerRemainingMs).toBe(21 * 60_000 - 30_000)
    doc = run(doc, 'controlTimer', { action: 'start' }, 50)
    doc = run(doc, 'controlTimer', { action: 'addMinute' }, 59)
    expect(doc.liveState.live).toMatchObject({ timerStartedAt: at(59), timerRemainingMs: 22 * 60_000 - 39_000 })
    doc = run(doc, 'controlTimer', { action: 'reset' }, 59)
    expect(doc.liveState.live).toMatchObject({ timerStartedAt: null, timerRemainingMs: 20 * 60_000 })
  })

  it('moves to another phase with that phase\'s duration', () => {
    const doc = run(workshop(), 'setCurrentPhase', { phaseId: 'phase-plan' })
    expect(doc.liveState.live).toMatchObject({ currentPhaseId: 'phase-plan', timerRemainingMs: 30 * 60_000 })
    expect(() => run(doc, 'setCurrentPhase', { phaseId: 'nope' })).toThrow(expect.objectContaining({ code: 'command-rejected' }))
  })
})

describe('the agenda', () => {
  it('adds, reorders and deletes phases keeping positions 0..n-1', () => {
    let doc = run(workshop(), 'addPhase', { id: 'coffee', title: 'Kaffe', durationMinutes: 10, position: 2 })
    expect(order(doc)).toEqual(['phase-map', 'phase-dream', 'coffee', 'phase-group', 'phase-prioritise', 'phase-plan', 'phase-roundup'])
    doc = run(doc, 'updatePhase', { id: 'coffee', position: 6, facilitatorNotes: 'Husk kagen' })
    expect(order(doc).at(-1)).toBe('coffee')
    expect(doc.phase.coffee?.facilitatorNotes).toBe('Husk kagen')
    doc = run(doc, 'deletePhase', { id: 'phase-dream' })
    expect(recordsOf(doc, 'phase').map((p) => p.position).sort()).toEqual([0, 1, 2, 3, 4, 5])
  })
})

describe('project follow-up', () => {
  it('records an update per session and moves the project to its status', () => {
    let doc = run(workshop(), 'addSession', { id: 's50', title: 'Dag 50', date: '2026-03-01' })
    doc = run(doc, 'addProject', { id: 'p', title: 'Stier' })
    doc = run(doc, 'addProjectUpdate', { id: 'u1', projectId: 'p', sessionId: 's50', status: 'running', text: 'Godt i gang' })
    expect(doc.project.p?.status).toBe('running')
    expect(doc.projectUpdate.u1).toMatchObject({ sessionId: 's50', text: 'Godt i gang' })
  })
})

describe('command arguments', () => {
  it('refuses fields a command does not know instead of dropping them', () => {
    expect(() => run(workshop(), 'createTheme', { id: 't', fromId: 'a', toId: 'b' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    )
  })
})
