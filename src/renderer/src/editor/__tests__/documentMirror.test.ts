import { describe, expect, it, vi } from 'vitest'
import type { ApiResult } from '@shared/api/contract'
import { runCommand } from '@shared/commands'
import { applyPatch, type Patch } from '@shared/model/patch'
import type { WorkshopDoc } from '@shared/model/document'
import { DocumentMirror } from '../documentMirror'
import { ctx, patchEvent, snapshotOf, startDoc } from './mirrorFixture'

function addNote(doc: WorkshopDoc, id: string): Patch {
  return runCommand(doc, { name: 'addNotes', args: { notes: [{ id, text: id, x: 0, y: 0 }] } }, ctx)
}

const snapshot = snapshotOf

/** Three revisions of a document: 0 (empty), 1 (note a), 2 (notes a and b). */
function history() {
  const doc0 = startDoc()
  const p1 = addNote(doc0, 'a')
  const doc1 = applyPatch(doc0, p1)
  const p2 = addNote(doc1, 'b')
  const doc2 = applyPatch(doc1, p2)
  const p3 = addNote(doc2, 'c')
  return { doc0, p1, doc1, p2, doc2, p3 }
}

describe('DocumentMirror', () => {
  it('applies patches in order and tells subscribers', () => {
    const { doc0, p1, p2 } = history()
    const api = { 'workshop.snapshot': vi.fn() }
    const mirror = new DocumentMirror(api, snapshot(doc0, 0))
    const listener = vi.fn()
    mirror.subscribe(listener)
    mirror.handleEvent(patchEvent(p1, 1))
    mirror.handleEvent(patchEvent(p2, 2))
    expect(Object.keys(mirror.getState().doc.note).sort()).toEqual(['a', 'b'])
    expect(mirror.getState().revision).toBe(2)
    expect(mirror.getState().canUndo).toBe(true)
    expect(listener).toHaveBeenCalledTimes(2)
    expect(api['workshop.snapshot']).not.toHaveBeenCalled()
  })

  it('ignores events of other workshops and revisions it already has', () => {
    const { doc1, p1 } = history()
    const api = { 'workshop.snapshot': vi.fn() }
    const mirror = new DocumentMirror(api, snapshot(doc1, 1))
    mirror.handleEvent(patchEvent(p1, 1))
    mirror.handleEvent(patchEvent(p1, 2, 'other'))
    expect(mirror.getState().revision).toBe(1)
    expect(api['workshop.snapshot']).not.toHaveBeenCalled()
  })

  it('re-fetches a snapshot when a revision is missing, then replays newer events on top', async () => {
    const { doc0, doc2, p3 } = history()
    let answer!: (result: ApiResult<'workshop.snapshot'>) => void
    const api = {
      'workshop.snapshot': vi.fn(() => new Promise<ApiResult<'workshop.snapshot'>>((resolve) => (answer = resolve))),
    }
    const mirror = new DocumentMirror(api, snapshot(doc0, 0))
    mirror.handleEvent(patchEvent(p3, 3)) // revisions 1 and 2 were missed
    expect(api['workshop.snapshot']).toHaveBeenCalledWith({ workshopId: 'w1' })
    const resync = mirror.resync() // a second request shares the first fetch
    expect(api['workshop.snapshot']).toHaveBeenCalledTimes(1)
    answer({ ok: true, value: snapshot(doc2, 2) })
    await resync
    expect(mirror.getState().revision).toBe(3)
    expect(Object.keys(mirror.getState().doc.note).sort()).toEqual(['a', 'b', 'c'])
  })

  it("takes a call's own answer at once and skips its broadcast when it arrives later", () => {
    const { doc0, p1, p2 } = history()
    const api = { 'workshop.snapshot': vi.fn() }
    const mirror = new DocumentMirror(api, snapshot(doc0, 0))
    mirror.accept({ revision: 1, patch: p1, canUndo: true, canRedo: false })
    expect(Object.keys(mirror.getState().doc.note)).toEqual(['a'])
    mirror.handleEvent(patchEvent(p1, 1)) // the broadcast of the same change
    mirror.handleEvent(patchEvent(p2, 2))
    expect(Object.keys(mirror.getState().doc.note).sort()).toEqual(['a', 'b'])
    mirror.accept({ revision: 2, patch: {}, canUndo: true, canRedo: false }) // nothing changed
    expect(mirror.getState().revision).toBe(2)
    expect(api['workshop.snapshot']).not.toHaveBeenCalled()
  })

  it('marks itself closed on a closed event or when main no longer has the workshop open', async () => {
    const { doc0 } = history()
    const mirror = new DocumentMirror({ 'workshop.snapshot': vi.fn() }, snapshot(doc0, 0))
    mirror.handleEvent({ type: 'closed', workshopId: 'w1' })
    expect(mirror.getState().closed).toBe(true)

    const gone = new DocumentMirror(
      {
        'workshop.snapshot': vi.fn(async () => ({
          ok: false as const,
          error: { code: 'not-open' as const, params: {} },
        })),
      },
      snapshot(doc0, 0),
    )
    await gone.resync()
    expect(gone.getState().closed).toBe(true)
    expect(gone.getState().syncError?.code).toBe('not-open')
  })

  it("announces other windows' edits once per frame (phones: dozens a second); its own answer at once", () => {
    const { doc0, p1, p2, p3 } = history()
    const frames: (() => void)[] = []
    const mirror = new DocumentMirror({ 'workshop.snapshot': vi.fn() }, snapshot(doc0, 0), (notify) =>
      frames.push(notify),
    )
    const listener = vi.fn()
    mirror.subscribe(listener)
    mirror.handleEvent(patchEvent(p1, 1))
    mirror.handleEvent(patchEvent(p2, 2))
    // In the mirror at once (a caller reading it sees both), announced together at the frame.
    expect(Object.keys(mirror.getState().doc.note).sort()).toEqual(['a', 'b'])
    expect(listener).not.toHaveBeenCalled()
    expect(frames).toHaveLength(1)
    frames[0]!()
    expect(listener).toHaveBeenCalledTimes(1)
    // This window's own edit is announced before its caller goes on, with what was still waiting for the frame.
    mirror.handleEvent(patchEvent(p3, 3))
    const { doc2 } = history()
    const own = runCommand(
      applyPatch(doc2, p3),
      { name: 'addNotes', args: { notes: [{ id: 'd', text: 'd', x: 0, y: 0 }] } },
      ctx,
    )
    mirror.accept({ revision: 4, patch: own, canUndo: true, canRedo: false })
    expect(listener).toHaveBeenCalledTimes(2)
    frames[1]!() // the frame that was due: nothing new to say
    expect(listener).toHaveBeenCalledTimes(2)
    expect(Object.keys(mirror.getState().doc.note).sort()).toEqual(['a', 'b', 'c', 'd'])
  })
})
