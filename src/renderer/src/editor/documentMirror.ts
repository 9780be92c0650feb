// The renderer's copy of one open workshop. Main is the single writer; this mirror starts from a snapshot
// and applies the patches main broadcasts, in revision order. A patch that skips a revision means we missed
// one (a dropped socket, a slow window), so we fetch a fresh snapshot instead of guessing.
// A call of this window (apply, undo, redo) answers with its patch, which goes in at once through accept();
// its broadcast event then arrives as a revision we already hold and is skipped.
// Plain TypeScript: React subscribes through subscribe()/getState(), Konva is fed from the same state.
// Other windows' edits (the room's phones: dozens a second) are in getState() at once, but subscribers hear of
// them at most once per `notifyLater` (a frame): every notice re-renders the board, its lists and the panels.
import type { Applied, ApiEvent, HandlekraftApi, WorkshopSnapshot } from '@shared/api/contract'
import type { AppErrorShape } from '@shared/errors'
import type { WorkshopDoc } from '@shared/model/document'
import { applyPatch } from '@shared/model/patch'

export interface MirrorState {
  workshopId: string
  path: string
  revision: number
  canUndo: boolean
  canRedo: boolean
  doc: WorkshopDoc
  /** Opened read-only (this user may not change the file): main refuses edits; view, present, export. */
  readOnly: boolean
  /** Side files of another database that opening moved aside. */
  movedAside: WorkshopSnapshot['movedAside']
  /** True once main said the workshop was closed (here or in another window). */
  closed: boolean
  /** The last re-sync failure, shown to the facilitator; cleared by the next good snapshot. */
  syncError: AppErrorShape | null
}

type PatchEvent = Extract<ApiEvent, { type: 'patch' }>

/** Runs `notify` soon, e.g. before the next frame (nextFrame); several changes meanwhile make one notice. */
export type NotifyLater = (notify: () => void) => void

/** Before the next frame is painted; a hidden window paints no frames, so at the latest after 100 ms. */
export const nextFrame: NotifyLater = (notify) => {
  let done = false
  const once = () => {
    if (done) return
    done = true
    notify()
  }
  requestAnimationFrame(once)
  setTimeout(once, 100)
}

export class DocumentMirror {
  private state: MirrorState
  private readonly listeners = new Set<() => void>()
  private resyncing: Promise<void> | null = null
  /** Events that arrived while a snapshot was on its way; replayed on top of it. */
  private pending: PatchEvent[] = []
  /** Subscribers have not heard of the newest state yet (a notice is scheduled). */
  private noticeDue = false

  /** `notifyLater`: how other windows' edits are announced (default: at once, as tests expect). */
  constructor(
    private readonly api: Pick<HandlekraftApi, 'workshop.snapshot'>,
    snapshot: WorkshopSnapshot,
    private readonly notifyLater: NotifyLater | null = null,
  ) {
    this.state = { ...snapshot, closed: false, syncError: null }
  }

  /** Set when this window asked to close the workshop, so its 'closed' event is no surprise. */
  closingHere = false

  getState = (): MirrorState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Feed every ApiEvent here; events of other workshops are ignored. */
  handleEvent(event: ApiEvent): void {
    if (event.type === 'opened') return // a workshop opened in some window: the app decides what to do
    if (event.type === 'room') return // the room's status is not the document: the room panel listens for it
    if (event.type === 'presence') return // presence is not the document either: the projector listens for it
    if (event.workshopId !== this.state.workshopId || this.state.closed) return
    if (event.type === 'closed') {
      this.set({ ...this.state, closed: true })
      return
    }
    if (this.resyncing) {
      this.pending.push(event)
      return
    }
    this.applyInOrder(event)
  }

  /** The answer of this window's own apply, undo or redo: in the mirror, and announced, before the caller goes on. */
  accept(applied: Applied): void {
    this.handleEvent({ type: 'patch', workshopId: this.state.workshopId, ...applied })
    if (this.noticeDue) this.notify()
  }

  /** Replaces the mirror with a fresh snapshot from main; concurrent requests share one fetch. */
  resync(): Promise<void> {
    if (this.resyncing) return this.resyncing
    this.resyncing = (async () => {
      const result = await this.api['workshop.snapshot']({ workshopId: this.state.workshopId })
      this.resyncing = null
      if (!result.ok) {
        const closed = result.error.code === 'not-open'
        this.pending = []
        this.set({ ...this.state, closed: this.state.closed || closed, syncError: result.error })
        return
      }
      const snapshot = result.value
      this.set({ ...snapshot, closed: this.state.closed, syncError: null })
      const pending = this.pending.sort((a, b) => a.revision - b.revision)
      this.pending = []
      for (const event of pending) this.applyInOrder(event)
    })()
    return this.resyncing
  }

  private applyInOrder(event: PatchEvent): void {
    if (this.resyncing) {
      this.pending.push(event)
      return
    }
    if (event.revision <= this.state.revision) return // already in the snapshot we hold
    if (event.revision !== this.state.revision + 1) {
      this.pending.push(event)
      void this.resync()
      return
    }
    const next = {
      ...this.state,
      revision: event.revision,
      canUndo: event.canUndo,
      canRedo: event.canRedo,
      doc: applyPatch(this.state.doc, event.patch),
    }
    if (!this.notifyLater) return this.set(next)
    this.state = next
    if (this.noticeDue) return
    this.noticeDue = true
    this.notifyLater(() => {
      if (this.noticeDue) this.notify()
    })
  }

  private set(next: MirrorState): void {
    this.state = next
    this.notify()
  }

  private notify(): void {
    this.noticeDue = false
    for (const listener of this.listeners) listener()
  }
}
