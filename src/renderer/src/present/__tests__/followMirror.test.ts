// The projector's race (fixed in ProjectorApp, now in followMirror): an edit broadcast after the projector's
// workshop.open answered but before it subscribed to events reached no listener here. The fake main below holds
// the workshop, broadcasts each edit to whoever listens at that moment, and answers snapshots with what it holds.
import { describe, expect, it } from 'vitest'
import type { ApiEvent, ApiResult } from '@shared/api/contract'
import { runCommand, type CommandCall } from '@shared/commands'
import { applyPatch } from '@shared/model/patch'
import type { WorkshopDoc } from '@shared/model/document'
import { DocumentMirror } from '../../editor/documentMirror'
import { ctx, patchEvent, snapshotOf, startDoc } from '../../editor/__tests__/mirrorFixture'
import { followMirror } from '../followMirror'

function fakeMain() {
  let doc: WorkshopDoc = startDoc('Kildebæk')
  let revision = 0
  const listeners = new Set<(event: ApiEvent) => void>()
  const openListeners = new Set<() => void>()
  const snapshot = () => snapshotOf(doc, revision)
  return {
    api: {
      'workshop.snapshot': async (): Promise<ApiResult<'workshop.snapshot'>> => ({ ok: true, value: snapshot() }),
      onEvent(listener: (event: ApiEvent) => void) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    },
    connection: {
      onOpen(listener: () => void) {
        openListeners.add(listener)
        return () => openListeners.delete(listener)
      },
    },
    open: snapshot,
    /** The facilitator's edit: applied and broadcast to the listeners there are now. */
    edit(command: CommandCall) {
      const patch = runCommand(doc, command, ctx)
      doc = applyPatch(doc, patch)
      revision += 1
      for (const listener of listeners) listener(patchEvent(patch, revision))
    },
    listening: () => listeners.size,
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const pick: CommandCall = { name: 'addNotes', args: { notes: [{ id: 'n1', text: 'Vis resultatet', x: 0, y: 0 }] } }

describe('followMirror (the projector keeps its copy current)', () => {
  it('sees an edit broadcast between the open and the subscription', async () => {
    const main = fakeMain()
    const mirror = new DocumentMirror(main.api, main.open()) // workshop.open answered
    main.edit(pick) // broadcast while nobody here listens yet
    expect(main.listening()).toBe(0)
    const stop = followMirror(main.api, main.connection, mirror, () => {})
    await settle()
    expect(mirror.getState().revision).toBe(1)
    expect(mirror.getState().doc.note.n1?.text).toBe('Vis resultatet')
    stop()
    expect(main.listening()).toBe(0)
  })

  it('applies later edits as they are broadcast, and says when the workshop closed', async () => {
    const main = fakeMain()
    const mirror = new DocumentMirror(main.api, main.open())
    let closed = 0
    const stop = followMirror(main.api, main.connection, mirror, () => (closed += 1))
    await settle()
    main.edit(pick)
    expect(mirror.getState().doc.note.n1?.text).toBe('Vis resultatet')
    mirror.handleEvent({ type: 'closed', workshopId: 'w1' })
    expect(closed).toBe(1)
    stop()
  })
})
