// The rules beside the votes, each for the commands (they keep it) and for documentProblems (what an import is
// checked against): a project's status follows its newest follow-up; a theme's name has no stray spaces.
import { describe, expect, it } from 'vitest'
import { createWorkshop, runCommand } from '../../commands'
import { emptyDoc, type WorkshopDoc } from '../../model/document'
import { applyPatch } from '../../model/patch'
import type { Project, ProjectUpdate } from '../../model/records'
import { documentProblems } from '../index'
import { isTidyName, tidyName } from '../names'
import { newestUpdatesOf, projectStatusProblems } from '../projects'

let clock = 0
const tick = () => new Date(Date.UTC(2026, 2, 10, 18, 0, clock++)).toISOString()
const run = (doc: WorkshopDoc, name: string, args: unknown) =>
  applyPatch(doc, runCommand(doc, { name, args }, { now: tick() }))
const rejection = (reason: string) =>
  expect.objectContaining({ code: 'command-rejected', params: expect.objectContaining({ reason }) })

function workshop(): WorkshopDoc {
  const doc = emptyDoc()
  const created = applyPatch(
    doc,
    createWorkshop.run(doc, createWorkshop.args.parse({ title: 'Vesterby', language: 'da' }), { now: tick() }),
  )
  const withNote = run(created, 'addNotes', { notes: [{ id: 'n1', text: 'Sikker skolevej', x: 0, y: 0 }] })
  return run(withNote, 'addProject', { id: 'p1', title: 'Skolevejen' })
}

describe('theme names', () => {
  it('tidyName trims and makes every run of white space one space', () => {
    expect(tidyName('  Trafik   og\tveje ')).toBe('Trafik og veje')
    expect(isTidyName('Trafik og veje')).toBe(true)
    expect(isTidyName('Trafik ')).toBe(false)
    expect(isTidyName('Trafik  og veje')).toBe(false)
    expect(isTidyName('')).toBe(true)
  })

  it('createTheme and renameTheme store the tidy name', () => {
    let doc = run(workshop(), 'createTheme', { id: 't1', name: ' Børn  og unge ', noteIds: ['n1'] })
    expect(doc.theme.t1!.name).toBe('Børn og unge')
    doc = run(doc, 'renameTheme', { id: 't1', name: 'Trafik   og veje  ' })
    expect(doc.theme.t1!.name).toBe('Trafik og veje')
    expect(documentProblems(doc)).toEqual([])
  })

  it('documentProblems names a theme whose name is not tidy', () => {
    const doc = run(workshop(), 'createTheme', { id: 't1', name: 'Trafik', noteIds: ['n1'] })
    const untidy = { ...doc, theme: { t1: { ...doc.theme.t1!, name: 'Trafik  og veje' } } }
    expect(documentProblems(untidy)).toEqual([
      { rule: 'untidy-theme-name', kind: 'theme', id: 't1', params: { name: 'Trafik  og veje' } },
    ])
  })
})

describe("a project's status follows its newest follow-up", () => {
  const update = (id: string, status: ProjectUpdate['status'], createdAt: string): ProjectUpdate => ({
    id,
    projectId: 'p1',
    sessionId: null,
    status,
    text: '',
    progress: null,
    createdAt,
  })

  it('the newest follow-ups are the latest by time; with a tie the status may be any of theirs', () => {
    const updates = [
      update('b', 'running', '2026-04-01T10:00:00.000Z'),
      update('a', 'paused', '2026-05-01T10:00:00.000Z'),
      update('c', 'done', '2026-05-01T10:00:00.000Z'),
    ]
    expect(newestUpdatesOf('p1', updates).map((u) => u.id)).toEqual(['a', 'c'])
    expect(newestUpdatesOf('p2', updates)).toEqual([])
    const project = { id: 'p1', status: 'running' } as Project
    expect(projectStatusProblems([project], updates)).toEqual([{ project, latest: updates[1] }])
    expect(projectStatusProblems([{ ...project, status: 'done' }], updates)).toEqual([])
    expect(projectStatusProblems([{ ...project, status: 'paused' }], updates)).toEqual([])
    expect(projectStatusProblems([project], updates.slice(0, 1))).toEqual([])
  })

  it('addProjectUpdate sets both; updateProject may not set another status once there are follow-ups', () => {
    let doc = run(workshop(), 'updateProject', { id: 'p1', status: 'running' }) // no follow-ups yet: free
    doc = run(doc, 'addProjectUpdate', { id: 'u1', projectId: 'p1', status: 'paused', text: 'Venter på kommunen' })
    expect(doc.project.p1!.status).toBe('paused')
    expect(() => run(doc, 'updateProject', { id: 'p1', status: 'done' })).toThrow(rejection('status-follows-follow-up'))
    // The same status, or any other field, is fine.
    doc = run(doc, 'updateProject', { id: 'p1', status: 'paused', goal: 'Sikker vej til skolen' })
    expect(documentProblems(doc)).toEqual([])
  })

  it('documentProblems names a project whose status contradicts its newest follow-up', () => {
    const doc = run(workshop(), 'addProjectUpdate', { id: 'u1', projectId: 'p1', status: 'running' })
    const contradicting = { ...doc, project: { p1: { ...doc.project.p1!, status: 'done' as const } } }
    expect(documentProblems(contradicting)).toEqual([
      {
        rule: 'project-status',
        kind: 'project',
        id: 'p1',
        params: { project: 'Skolevejen', status: 'done', latest: 'running' },
      },
    ])
  })
})

describe('votes in documentProblems', () => {
  function voting(): WorkshopDoc {
    let doc = run(workshop(), 'addParticipants', {
      participants: [
        { id: 'anna', name: 'Anna', role: 'citizen' },
        { id: 'bo', name: null, role: 'citizen' },
      ],
    })
    doc = run(doc, 'createTheme', { id: 't1', name: 'Trafik', noteIds: ['n1'] })
    return run(doc, 'startVotingRound', {
      id: 'r1',
      title: 'Første runde',
      target: 'themes',
      optionIds: ['t1'],
      dotsPerParticipant: 3,
      maxPerItem: 2,
    })
  }
  const withVote = (doc: WorkshopDoc, count: number, participantId: string | null) => ({
    ...doc,
    vote: {
      v1: { id: 'v1', roundId: 'r1', itemId: 't1', participantId, role: 'citizen' as const, count, createdAt: tick() },
    },
  })

  it('names the round, the participant and the item', () => {
    expect(documentProblems(withVote(voting(), 2, 'anna'))).toEqual([])
    expect(documentProblems(withVote(voting(), 3, 'anna'))).toEqual([
      expect.objectContaining({
        rule: 'too-many-on-item',
        kind: 'votingRound',
        id: 'r1',
        params: expect.objectContaining({
          round: 'Første runde',
          participant: 'Anna',
          item: 'Trafik',
          count: 3,
          max: 2,
        }),
      }),
    ])
  })

  it("paper dots over the role's budget name the role", () => {
    const problems = documentProblems(withVote(voting(), 7, null))
    expect(problems.map((problem) => problem.rule)).toEqual(['role-too-many-on-item', 'role-over-budget'])
    expect(problems[1]!.params).toEqual(
      expect.objectContaining({ role: 'citizen', count: 7, max: 6, round: 'Første runde' }),
    )
  })
})
