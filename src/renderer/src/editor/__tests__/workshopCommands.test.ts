import { describe, expect, it } from 'vitest'
import type { ApiResult, WorkshopSnapshot } from '@shared/api/contract'
import { createWorkshop, runCommand, type CommandCall } from '@shared/commands'
import { applyPatch } from '@shared/model/patch'
import { emptyDoc, type WorkshopDoc } from '@shared/model/document'
import { DocumentMirror } from '../documentMirror'
import { WorkshopCommands } from '../workshopCommands'

const ctx = { now: '2025-01-01T10:00:00.000Z' }

/** A main that answers each call only when the test lets it, like a slow disk, and broadcasts nothing. */
function slowMain(start: WorkshopDoc) {
  let doc = start
  let revision = 0
  const waiting: (() => void)[] = []
  const answer = (command: CommandCall) =>
    new Promise<ApiResult<'workshop.apply'>>((resolve) =>
      waiting.push(() => {
        const patch = runCommand(doc, command, ctx)
        doc = applyPatch(doc, patch)
        resolve({ ok: true, value: { revision: ++revision, patch, canUndo: true, canRedo: false } })
      }),
    )
  const api = {
    'workshop.snapshot': async () => ({ ok: false as const, error: { code: 'internal' as const, params: {} } }),
    'workshop.apply': ({ command }: { command: { name: string; args: unknown } }) => answer(command as CommandCall),
    'workshop.undo': async () => ({ ok: false as const, error: { code: 'nothing-to-undo' as const, params: {} } }),
    'workshop.redo': async () => ({ ok: false as const, error: { code: 'nothing-to-undo' as const, params: {} } }),
  }
  return { api, waiting }
}

/** A document holding just a created workshop, as main has it after "New workshop". */
function newWorkshopDoc(): WorkshopDoc {
  const doc0 = emptyDoc()
  return applyPatch(doc0, createWorkshop.run(doc0, createWorkshop.args.parse({ title: 'T', language: 'da' }), ctx))
}

/** What the renderer gets on opening `doc`: revision 0, nothing to undo or redo. */
function snapshotOf(doc: WorkshopDoc): WorkshopSnapshot {
  return {
    workshopId: 'w',
    path: '/w',
    revision: 0,
    canUndo: false,
    canRedo: false,
    doc,
    readOnly: false,
    movedAside: [],
  }
}

/** Lets the slow main answer the next call, once the renderer has sent it. */
async function answerNext(waiting: (() => void)[]): Promise<void> {
  while (waiting.length === 0) await new Promise((r) => setTimeout(r, 0))
  waiting.shift()!()
}

describe('WorkshopCommands', () => {
  it('sends one command at a time, each built from the document the previous one left, and shows each at once', async () => {
    const start = newWorkshopDoc()
    const { api, waiting } = slowMain(start)
    const mirror = new DocumentMirror(api, snapshotOf(start))
    const commands = new WorkshopCommands(api, mirror)
    const nudge = (doc: WorkshopDoc): CommandCall => ({
      name: 'moveItems',
      args: { items: [{ id: 'n', x: doc.note.n!.x + 10, y: 0 }] },
    })
    const add = commands.send({ name: 'addItems', args: { notes: [{ id: 'n', text: 'Hallen', x: 0, y: 0 }] } })
    const moves = [commands.send(nudge), commands.send(nudge), commands.send(nudge)]
    // Only the first call is on its way; the rest wait their turn instead of reading a stale document.
    await Promise.resolve()
    expect(waiting).toHaveLength(1)
    for (let i = 0; i < 4; i++) {
      await answerNext(waiting)
      if (i === 0) expect(await add).toEqual({ ok: true })
    }
    expect(await Promise.all(moves)).toEqual([{ ok: true }, { ok: true }, { ok: true }])
    expect(mirror.getState().doc.note.n?.x).toBe(30)
    expect(mirror.getState().revision).toBe(4)
  })

  it("answers main's refusal and goes on with the next command", async () => {
    const doc0 = emptyDoc()
    const { api } = slowMain(doc0)
    const mirror = new DocumentMirror(api, snapshotOf(doc0))
    const commands = new WorkshopCommands(api, mirror)
    expect(await commands.undo()).toEqual({ ok: false, error: { code: 'nothing-to-undo', params: {} } })
    expect(await commands.send(() => null)).toEqual({ ok: true })
  })

  it('is saving while any change is on its way and saved once main has answered them all', async () => {
    const start = newWorkshopDoc()
    const { api, waiting } = slowMain(start)
    const commands = new WorkshopCommands(api, new DocumentMirror(api, snapshotOf(start)))
    const seen: boolean[] = []
    commands.onSavingChange(() => seen.push(commands.isSaving()))
    expect(commands.isSaving()).toBe(false)
    const first = commands.send({ name: 'addItems', args: { notes: [{ id: 'a', text: 'A', x: 0, y: 0 }] } })
    const second = commands.send({ name: 'addItems', args: { notes: [{ id: 'b', text: 'B', x: 0, y: 0 }] } })
    expect(commands.isSaving()).toBe(true)
    await answerNext(waiting)
    await first
    expect(commands.isSaving()).toBe(true) // the second is still on its way
    await answerNext(waiting)
    await second
    expect(commands.isSaving()).toBe(false)
    expect(seen).toEqual([true, false])
  })
})
