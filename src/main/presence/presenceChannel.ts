// Main's presence: per open workshop, the facilitator's moving view and the room's live counts, in memory.
// Every change goes out at once as an ApiEvent `presence` (the projector gets it through viewFilter.ts like any
// event). Nothing here writes the workshop except the one thing a reopen needs: the last view, saved when the
// facilitator's window says the view settled, or when it has not moved for SAVE_AFTER_MS (a window that died
// mid-pan), or before something reads the saved view (a freeze, closing the workshop).
import type { ApiEvent } from '@shared/api/contract'
import type { BoardView } from '@shared/model/records'
import { emptyPresence, type Presence } from '@shared/presence/presence'

/** A view reported moving but never settled is saved after this long without another report. */
export const SAVE_AFTER_MS = 1000

export interface PresenceDeps {
  emit(event: ApiEvent): void
  /** Saves the view in the workshop's live state (publishViewport: not undoable; an unchanged view writes nothing). */
  saveView(workshopId: string, view: BoardView): void
  /** Timers, replaceable in tests. */
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

interface Entry {
  presence: Presence
  /** The view reported since the last save, or null when the saved view is current. */
  unsaved: BoardView | null
  timer: unknown
  /** The `at` of the newest view report accepted. */
  viewAt: number
}

export class PresenceChannel {
  private readonly entries = new Map<string, Entry>()
  private readonly setTimer: (run: () => void, ms: number) => unknown
  private readonly clearTimer: (timer: unknown) => void

  constructor(private readonly deps: PresenceDeps) {
    this.setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms))
    this.clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>))
  }

  get(workshopId: string): Presence {
    return this.entries.get(workshopId)?.presence ?? emptyPresence(workshopId)
  }

  /**
   * The facilitator's view moved (`settled` false) or came to rest (true), as the window saw it at `at`. A report
   * older than one already taken overtook it on the way: dropped, or the room would jump back to a stale view.
   */
  setView(workshopId: string, view: BoardView, settled: boolean, at: number): void {
    const entry = this.entry(workshopId)
    if (at < entry.viewAt) return
    entry.viewAt = at
    const same = JSON.stringify(view) === JSON.stringify(entry.presence.facilitatorView)
    if (same && entry.unsaved === null) return // already sent and saved
    this.change(entry, { facilitatorView: view })
    entry.unsaved = view
    this.stopTimer(entry)
    if (settled) this.save(workshopId, entry)
    else entry.timer = this.setTimer(() => this.flush(workshopId), SAVE_AFTER_MS)
  }

  /** The room's live counts (the room controller calls this whenever its status or the votes change). */
  setRoom(workshopId: string, room: Pick<Presence, 'phones' | 'dots'>): void {
    this.change(this.entry(workshopId), room)
  }

  /** Saves a view not yet saved: before a freeze copies the saved view, before the workshop closes. */
  flush(workshopId: string): void {
    const entry = this.entries.get(workshopId)
    if (entry) this.save(workshopId, entry)
  }

  /** The workshop closes: save what is pending and forget the rest (presence does not outlive its workshop). */
  forget(workshopId: string): void {
    this.flush(workshopId)
    this.entries.delete(workshopId)
  }

  /** Shutdown: every pending view is saved. */
  flushAll(): void {
    for (const workshopId of [...this.entries.keys()]) this.forget(workshopId)
  }

  private entry(workshopId: string): Entry {
    let entry = this.entries.get(workshopId)
    if (!entry) {
      entry = { presence: emptyPresence(workshopId), unsaved: null, timer: null, viewAt: Number.NEGATIVE_INFINITY }
      this.entries.set(workshopId, entry)
    }
    return entry
  }

  private change(entry: Entry, change: Partial<Presence>): void {
    const next = { ...entry.presence, ...change }
    if (JSON.stringify(next) === JSON.stringify(entry.presence)) return
    entry.presence = next
    this.deps.emit({ type: 'presence', workshopId: next.workshopId, presence: next })
  }

  private save(workshopId: string, entry: Entry): void {
    this.stopTimer(entry)
    const view = entry.unsaved
    if (!view) return
    entry.unsaved = null
    try {
      this.deps.saveView(workshopId, view)
    } catch (error) {
      // The workshop closed meanwhile, or is read-only: the view was presence all along; nothing is lost.
      console.error('could not save the facilitator view', error)
    }
  }

  private stopTimer(entry: Entry): void {
    if (entry.timer !== null) this.clearTimer(entry.timer)
    entry.timer = null
  }
}
