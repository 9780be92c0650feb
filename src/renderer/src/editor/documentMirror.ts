// The renderer's copy of one open workshop. Main is the single writer; this mirror starts from a snapshot
// and applies the patches main broadcasts, in revision order. A patch that skips a revision means we missed
// one (a dropped socket, a slow window), so we fetch a fresh snapshot instead of guessing.
// Plain TypeScript: React subscribes through subscribe()/getState(), Konva is fed from the same state.
import type { ApiEvent, HandlekraftApi, WorkshopSnapshot } from '@shared/api/contract'
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
  /** True once main said the workshop was closed (here or in another window). */
  closed: boolean
  /** The last re-sync failure, shown to the facilitator; cleared by the next good snapshot. */
  syncError: AppErrorShape | null
}

type PatchEvent = Extract<ApiEvent, { type: 'patch' }>

/** How long to wait for the event of a revision a call already reported, before re-syncing. */
const EVENT_GRACE_MS = 1500

export class DocumentMirror {
  private state: MirrorState
  private readonly listeners = new Set<() => void>()
  private resyncing: Promise<void> | null = null
  /** Events that arrived while a snapshot was on its way; replayed on top of it. */
  private pending: PatchEvent[] = []

  constructor(
    private readonly api: Pick<HandlekraftApi, 'workshop.snapshot'>,
    snapshot: WorkshopSnapshot,
    private readonly timers: { set: (run: () => void, ms: number) => unknown } = {
      set: (run, ms) => setTimeout(run, ms),
    },
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

  /**
   * A call (apply, undo, redo) answered with this revision. Its patch event normally arrives at about the
   * same time; if it has not come after a short while, something was lost and we re-sync.
   */
  expectRevision(revision: number): void {
    if (revision <= this.state.revision) return
    this.timers.set(() => {
      if (!this.state.closed && this.state.revision < revision) void this.resync()
    }, EVENT_GRACE_MS)
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
    this.set({
      ...this.state,
      revision: event.revision,
      canUndo: event.canUndo,
      canRedo: event.canRedo,
      doc: applyPatch(this.state.doc, event.patch),
    })
  }

  private set(next: MirrorState): void {
    this.state = next
    for (const listener of this.listeners) listener()
  }
}
