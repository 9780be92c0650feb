// Issue 14: a project belongs to some of the workshop's strategy areas, and follow-ups (day 50, day 100) set
// its status and progress, leaving a dated timeline. Bad input is refused with a message in the user's
// language, and nothing changes.
import { describe, expect, it } from 'vitest'
import { AppError } from '../../errors'
import { createI18n, errorMessage, type Translate } from '../../i18n'
import { emptyDoc, type WorkshopDoc } from '../../model/document'
import { applyPatch } from '../../model/patch'
import { projectProgress, projectTimeline } from '../../analysis/projectProgress'
import { documentProblems } from '../../invariants'
import { createWorkshop, runCommand } from '../index'

const now = '2026-03-01T18:00:00.000Z'
const run = (doc: WorkshopDoc, name: string, args: unknown, at = now) =>
  applyPatch(doc, runCommand(doc, { name, args }, { now: at }))
const tDa = createI18n('da').t as unknown as Translate
const tEn = createI18n('en').t as unknown as Translate

function refusal(doc: WorkshopDoc, name: string, args: unknown): AppError {
  try {
    runCommand(doc, { name, args }, { now })
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return error as AppError
  }
  throw new Error(`${name} was accepted`)
}

function workshop(): WorkshopDoc {
  let doc = emptyDoc()
  doc = applyPatch(doc, createWorkshop.run(doc, createWorkshop.args.parse({ title: 'Vejle', language: 'da' }), { now }))
  doc = run(doc, 'addSession', { id: 's50', title: 'Dag 50', date: '2026-04-20' })
  doc = run(doc, 'addSession', { id: 's100', title: 'Dag 100', date: '2026-06-09' })
  return run(doc, 'addProject', { id: 'p', title: 'Delebilen' })
}

describe('strategy areas of a project', () => {
  it('a new workshop starts with Vejle’s four areas in its language', () => {
    expect(workshop().workshop.workshop!.strategyAreas).toEqual([
      'Samskabelse',
      'Klima',
      'Social sammenhængskraft',
      'Ny teknologi',
    ])
    let doc = emptyDoc()
    doc = applyPatch(doc, createWorkshop.run(doc, createWorkshop.args.parse({ title: 'V', language: 'en' }), { now }))
    expect(doc.workshop.workshop!.strategyAreas).toEqual([
      'Co-creation',
      'Climate',
      'Social cohesion',
      'New technology',
    ])
  })

  it('are chosen from the workshop’s list, kept in its order, on add and on update', () => {
    let doc = run(workshop(), 'addProject', { id: 'q', strategyAreas: ['Ny teknologi', 'Klima', 'Klima'] })
    expect(doc.project.q!.strategyAreas).toEqual(['Klima', 'Ny teknologi'])
    doc = run(doc, 'updateProject', { id: 'p', strategyAreas: ['Social sammenhængskraft', 'Samskabelse'] })
    expect(doc.project.p!.strategyAreas).toEqual(['Samskabelse', 'Social sammenhængskraft'])
    expect(documentProblems(doc)).toEqual([])
  })

  it('an area not on the list is refused, naming it, in Danish and English', () => {
    const doc = workshop()
    for (const [name, args] of [
      ['updateProject', { id: 'p', strategyAreas: ['Klima', 'Sundhed'] }],
      ['addProject', { id: 'q', strategyAreas: ['Sundhed'] }],
    ] as const) {
      const error = refusal(doc, name, args)
      expect(error.params).toMatchObject({ reason: 'unknown-strategy-area', area: 'Sundhed' })
      expect(errorMessage(tDa, error.toShape())).toBe(
        '“Sundhed” er ikke et af workshoppens strategiområder. Tilføj det under Opsætning først. Intet blev gemt.',
      )
      expect(errorMessage(tEn, error.toShape())).toContain('“Sundhed” is not one of this workshop’s strategy areas')
    }
  })

  it('an area still used by a project cannot be taken off the workshop’s list', () => {
    const doc = run(workshop(), 'updateProject', { id: 'p', strategyAreas: ['Klima'] })
    const error = refusal(doc, 'updateWorkshop', { strategyAreas: ['Samskabelse'] })
    expect(error.params).toMatchObject({ reason: 'strategy-area-in-use', area: 'Klima', project: 'Delebilen' })
    expect(errorMessage(tDa, error.toShape())).toContain('bruges stadig af handleprojektet “Delebilen”')
    // Adding to the list, or taking off an unused area, is fine.
    expect(
      run(doc, 'updateWorkshop', { strategyAreas: ['Klima', 'Sundhed'] }).workshop.workshop!.strategyAreas,
    ).toEqual(['Klima', 'Sundhed'])
  })

  it('an imported project in an area the workshop lacks breaks a rule the import checks', () => {
    const doc = workshop()
    const broken = { ...doc, project: { p: { ...doc.project.p!, strategyAreas: ['Sundhed'] } } }
    expect(documentProblems(broken)).toEqual([
      { rule: 'unknown-strategy-area', kind: 'project', id: 'p', params: { project: 'Delebilen', area: 'Sundhed' } },
    ])
  })
})

describe('follow-up: status and progress per session', () => {
  it('day 50 and day 100 leave a dated timeline; the project’s progress is the latest reported', () => {
    let doc = workshop()
    expect(projectProgress(doc.project.p!, projectTimeline(doc, 'p'))).toBeNull()
    doc = run(doc, 'addProjectUpdate', {
      id: 'u50',
      projectId: 'p',
      sessionId: 's50',
      status: 'running',
      text: 'I gang',
      progress: 40,
    })
    doc = run(
      doc,
      'addProjectUpdate',
      { id: 'u100', projectId: 'p', sessionId: 's100', status: 'running', text: 'Stadig', progress: null },
      '2026-06-09T19:00:00.000Z',
    )
    const timeline = projectTimeline(doc, 'p')
    expect(timeline).toEqual([
      { date: '2026-04-20', status: 'running', progress: 40, text: 'I gang', session: 'Dag 50' },
      { date: '2026-06-09', status: 'running', progress: null, text: 'Stadig', session: 'Dag 100' },
    ])
    // A follow-up that said nothing about progress keeps the last one given.
    expect(projectProgress(doc.project.p!, timeline)).toBe(40)
    doc = run(
      doc,
      'addProjectUpdate',
      { id: 'u100b', projectId: 'p', sessionId: 's100', status: 'done', progress: 100 },
      '2026-06-09T20:00:00.000Z',
    )
    expect(doc.project.p!.status).toBe('done')
    expect(projectProgress(doc.project.p!, projectTimeline(doc, 'p'))).toBe(100)
  })

  it('a progress outside 0–100 or not whole is refused with a message that says so', () => {
    const doc = workshop()
    for (const progress of [140, -5, 12.5]) {
      const error = refusal(doc, 'addProjectUpdate', {
        id: 'u',
        projectId: 'p',
        sessionId: 's50',
        status: 'running',
        progress,
      })
      expect(error.params).toMatchObject({ reason: 'progress-out-of-range', progress: String(progress) })
    }
    const error = refusal(doc, 'addProjectUpdate', { id: 'u', projectId: 'p', status: 'running', progress: 140 })
    expect(errorMessage(tDa, error.toShape())).toBe(
      'Fremdrift er et helt tal fra 0 til 100 %, ikke “140”. Intet blev gemt.',
    )
    expect(errorMessage(tEn, error.toShape())).toBe(
      'Progress is a whole number from 0 to 100 %, not “140”. Nothing was saved.',
    )
  })
})
