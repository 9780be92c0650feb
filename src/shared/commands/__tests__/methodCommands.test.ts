import { describe, expect, it } from 'vitest'
import { emptyDoc, type WorkshopDoc } from '../../model/document'
import { applyPatch, invertPatch } from '../../model/patch'
import { createWorkshop, runCommand } from '../index'

const now = '2026-03-01T18:00:00.000Z'
const run = (doc: WorkshopDoc, name: string, args: unknown) => applyPatch(doc, runCommand(doc, { name, args }, { now }))

function withTheme(): WorkshopDoc {
  let doc = emptyDoc()
  doc = applyPatch(doc, createWorkshop.run(doc, { title: 'T', place: '', facilitator: '', language: 'en', template: 'blank' }, { now }))
  doc = run(doc, 'addNotes', {
    notes: [
      { id: 'a', text: 'Bike lane', x: 0, y: 0 },
      { id: 'b', text: 'Slower cars', x: 0, y: 0 },
      { id: 'c', text: 'Choir', x: 0, y: 0 },
    ],
  })
  doc = run(doc, 'createTheme', { id: 'traffic', name: 'Traffic', noteIds: ['a', 'b'] })
  return run(doc, 'addProject', { id: 'p', themeId: 'traffic' })
}

describe('deleteTheme (ungroup)', () => {
  it('frees the notes, unlinks projects, removes the theme, and undoes exactly', () => {
    const before = withTheme()
    const patch = runCommand(before, { name: 'deleteTheme', args: { id: 'traffic' } }, { now })
    const after = applyPatch(before, patch)
    expect(after.theme.traffic).toBeUndefined()
    expect([after.note.a?.themeId, after.note.b?.themeId, after.note.c?.themeId]).toEqual([null, null, null])
    expect(after.project.p?.themeId).toBeNull()
    expect(after.project.p?.title).toBe('Traffic')
    expect(applyPatch(after, invertPatch(patch))).toEqual(before)
  })

  it('refuses a theme that was voted on, and an unknown theme', () => {
    const voted = run(withTheme(), 'startVotingRound', { id: 'r', target: 'themes', optionIds: ['traffic'] })
    expect(() => run(voted, 'deleteTheme', { id: 'traffic' })).toThrow(
      expect.objectContaining({ code: 'command-rejected', params: expect.objectContaining({ reason: 'theme-was-voted-on' }) }),
    )
    expect(() => run(withTheme(), 'deleteTheme', { id: 'nope' })).toThrow(expect.objectContaining({ code: 'command-rejected' }))
  })
})

describe('updateSession', () => {
  it('moves a session\'s date and renames it, undoably', () => {
    const before = run(withTheme(), 'addSession', { id: 's', title: 'Kick-off', date: '2026-03-01' })
    const patch = runCommand(before, { name: 'updateSession', args: { id: 's', date: '2026-03-08', title: ' Start ' } }, { now })
    const after = applyPatch(before, patch)
    expect(after.session.s).toEqual({ id: 's', title: 'Start', date: '2026-03-08', position: 0 })
    expect(applyPatch(after, invertPatch(patch))).toEqual(before)
    expect(() => run(before, 'updateSession', { id: 's', date: '8 March' })).toThrow(expect.objectContaining({ code: 'invalid-input' }))
  })
})
