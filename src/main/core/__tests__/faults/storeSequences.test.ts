// Random sessions against a real workshop file: commands (some refused), undo and redo, with a close and
// reopen at a random point. Undoing everything gives exactly the workshop as created, redoing everything
// gives exactly the end state, and both survive another close and reopen. A refused command changes nothing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import type { WorkshopDoc } from '@shared/model/document'
import { idMaker, randomStep, seededRng } from '@shared/commands/randomCommands'
import { WorkshopStore } from '../../workshopStore'
import { newWorkshop } from '../helpers'

/** JSON round trip: the file stores -0 as 0, which is the same coordinate. */
const plain = (doc: WorkshopDoc) => JSON.parse(JSON.stringify(doc)) as unknown

function undoAll(store: WorkshopStore): number {
  let steps = 0
  while (store.canUndo()) {
    store.undo()
    steps++
  }
  return steps
}

function redoAll(store: WorkshopStore): number {
  let steps = 0
  while (store.canRedo()) {
    store.redo()
    steps++
  }
  return steps
}

describe('random sessions on a real workshop file', () => {
  it('undo all -> as created, redo all -> the end, across close and reopen', { timeout: 120_000 }, () => {
    let commands = 0
    let refused = 0
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 59 }), (seed, reopenAt) => {
        let store = newWorkshop()
        const file = store.path
        const start = plain(store.doc)
        const rng = seededRng(seed)
        const newId = idMaker(`s${seed}-`)
        try {
          for (let i = 0; i < 60; i++) {
            if (i === reopenAt) {
              const before = plain(store.doc)
              store.close()
              store = WorkshopStore.open(file)
              expect(plain(store.doc)).toEqual(before)
            }
            const step = randomStep(rng, store.doc, newId)
            const doc = store.doc
            const revision = store.revision
            try {
              if (step.kind === 'apply') store.apply(step.command)
              else if (step.kind === 'undo') store.undo()
              else store.redo()
              if (step.kind === 'apply') commands++
            } catch (error) {
              expect(error).toBeInstanceOf(AppError)
              expect(['invalid-input', 'command-rejected', 'nothing-to-undo']).toContain((error as AppError).code)
              expect(store.doc).toBe(doc) // not even a new object: nothing happened
              expect(store.revision).toBe(revision)
              refused++
            }
          }
          expect(store.integrityProblems()).toEqual([])
          redoAll(store) // a session may end after some undos: the end state is "everything still redoable done"
          const fullEnd = plain(store.doc)
          undoAll(store)
          expect(plain(store.doc)).toEqual(start)
          store.close()
          store = WorkshopStore.open(file)
          expect(plain(store.doc)).toEqual(start)
          redoAll(store)
          expect(plain(store.doc)).toEqual(fullEnd)
          store.close()
          store = WorkshopStore.open(file)
          expect(plain(store.doc)).toEqual(fullEnd)
          expect(store.integrityProblems()).toEqual([])
        } finally {
          store.close()
        }
      }),
      { numRuns: 12 },
    )
    expect(commands).toBeGreaterThan(200)
    expect(refused).toBeGreaterThan(10)
  })
})
