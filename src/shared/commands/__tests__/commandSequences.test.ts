// Random sessions of commands on the pure model: every accepted command keeps the document valid and its
// references whole (what SQLite's foreign keys will demand), every refused one is a typed error that
// changes nothing, and undoing everything gives back exactly the document we started from.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../errors'
import { recordsOf, WorkshopDocSchema, type WorkshopDoc } from '../../model/document'
import { applyPatch, invertPatch, isEmptyPatch, type Patch } from '../../model/patch'
import { runCommand } from '../index'
import { idMaker, randomStep, seededRng } from '../randomCommands'
import { newWorkshop } from './workshopFixture'

const ctx = { now: '2026-03-01T18:00:00.000Z' }

function newDoc(): WorkshopDoc {
  return newWorkshop({ title: 'Landsbyen', language: 'da', template: 'strengths-map' }, ctx)
}

/** The references SQLite enforces with foreign keys (migrations/0001-initial.ts), checked on the pure model. */
export function brokenReferences(doc: WorkshopDoc): string[] {
  const problems: string[] = []
  const need = (kind: keyof WorkshopDoc, id: string | null, from: string) => {
    if (id !== null && !doc[kind][id]) problems.push(`${from} -> missing ${kind} ${id}`)
  }
  for (const note of recordsOf(doc, 'note')) {
    need('category', note.categoryId, `note ${note.id}`)
    need('participant', note.authorId, `note ${note.id}`)
    need('session', note.sessionId, `note ${note.id}`)
    need('theme', note.themeId, `note ${note.id}`)
  }
  for (const zone of recordsOf(doc, 'zone')) need('category', zone.categoryId, `zone ${zone.id}`)
  for (const round of recordsOf(doc, 'votingRound')) need('session', round.sessionId, `round ${round.id}`)
  for (const vote of recordsOf(doc, 'vote')) {
    need('votingRound', vote.roundId, `vote ${vote.id}`)
    need('participant', vote.participantId, `vote ${vote.id}`)
  }
  for (const project of recordsOf(doc, 'project')) {
    need('participant', project.ownerId, `project ${project.id}`)
    need('theme', project.themeId, `project ${project.id}`)
    need('session', project.sessionId, `project ${project.id}`)
  }
  return problems
}

interface Session {
  start: WorkshopDoc
  end: WorkshopDoc
  /** Patches still applied, oldest first (what undo would walk back through). */
  done: Patch[]
  accepted: number
  refused: number
}

/** Plays `steps` random steps with a pure undo/redo history shaped like the store's. */
function play(seed: number, steps: number): Session {
  const rng = seededRng(seed)
  const newId = idMaker(`s${seed}-`)
  const start = newDoc()
  let doc = start
  const done: Patch[] = []
  let undone: Patch[] = []
  let accepted = 0
  let refused = 0
  for (let i = 0; i < steps; i++) {
    const step = randomStep(rng, doc, newId)
    if (step.kind === 'undo') {
      const patch = done.pop()
      if (patch) {
        doc = applyPatch(doc, invertPatch(patch))
        undone.push(patch)
      }
      continue
    }
    if (step.kind === 'redo') {
      const patch = undone.pop()
      if (patch) {
        doc = applyPatch(doc, patch)
        done.push(patch)
      }
      continue
    }
    let patch: Patch
    try {
      patch = runCommand(doc, step.command, ctx)
    } catch (error) {
      expect(error, JSON.stringify(step.command).slice(0, 300)).toBeInstanceOf(AppError)
      expect(['invalid-input', 'command-rejected']).toContain((error as AppError).code)
      refused++
      continue
    }
    accepted++
    if (isEmptyPatch(patch)) continue
    doc = applyPatch(doc, patch)
    done.push(patch)
    undone = [] // a new command drops the redo branch, as the store does
    expect(brokenReferences(doc), `after ${step.command.name}`).toEqual([])
  }
  return { start, end: doc, done, accepted, refused }
}

describe('random command sessions on the pure model', () => {
  it('keep every record valid and every reference whole; undo all gives the start, redo all the end', () => {
    let accepted = 0
    let refused = 0
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const session = play(seed, 80)
        accepted += session.accepted
        refused += session.refused
        expect(WorkshopDocSchema.safeParse(session.end).success).toBe(true)
        let doc = session.end
        for (const patch of [...session.done].reverse()) doc = applyPatch(doc, invertPatch(patch))
        expect(doc).toEqual(session.start)
        for (const patch of session.done) doc = applyPatch(doc, patch)
        expect(doc).toEqual(session.end)
      }),
      { numRuns: 150 },
    )
    // The generator must really exercise both paths, or this test proves little.
    expect(accepted).toBeGreaterThan(5000)
    expect(refused).toBeGreaterThan(500)
    // Thousands of commands: ~4.5 s on a quiet machine, past the suite's 20 s when the machine is loaded.
  }, 90_000)

  it('the same seed plays the same session', () => {
    expect(play(42, 60).end).toEqual(play(42, 60).end)
  })
})
