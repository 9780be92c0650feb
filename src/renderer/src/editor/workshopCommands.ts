// The one way this window changes the open workshop: every command, undo and redo of the board, the Method
// panel and the presenter controls goes through one queue. Each runs after the previous one has answered and
// its patch is in the mirror, so a command built from the document (three quick arrow presses, a drop after a
// drag) reads the document as the previous command left it. Nothing waits for the broadcast, nothing guesses
// with timeouts, and no control has to be disabled while a save is on its way: a click is queued, not lost.
import type { HandlekraftApi } from '@shared/api/contract'
import type { CommandCall } from '@shared/commands'
import type { AppErrorShape } from '@shared/errors'
import type { WorkshopDoc } from '@shared/model/document'
import type { DocumentMirror } from './documentMirror'

/** A command, or a function that builds it from the document when its turn comes (null: nothing to do). */
export type CommandSource = CommandCall | ((doc: WorkshopDoc) => CommandCall | null)

export type Sent = { ok: true } | { ok: false; error: AppErrorShape }

type CommandsApi = Pick<HandlekraftApi, 'workshop.apply' | 'workshop.undo' | 'workshop.redo'>

export class WorkshopCommands {
  private chain: Promise<unknown> = Promise.resolve()
  /** Calls sent and not yet answered: while any is on its way the file is "saving", after that "saved". */
  private inFlight = 0
  private readonly savingListeners = new Set<() => void>()

  constructor(
    private readonly api: CommandsApi,
    private readonly mirror: DocumentMirror,
  ) {}

  /** Sends one command; resolves once main has stored it and the mirror shows it (or with main's refusal). */
  send(source: CommandSource): Promise<Sent> {
    return this.queue(async () => {
      const command = typeof source === 'function' ? source(this.mirror.getState().doc) : source
      if (!command) return { ok: true }
      return this.call(() => this.api['workshop.apply']({ workshopId: this.workshopId, command }))
    })
  }

  undo(): Promise<Sent> {
    return this.queue(() => this.call(() => this.api['workshop.undo']({ workshopId: this.workshopId })))
  }

  redo(): Promise<Sent> {
    return this.queue(() => this.call(() => this.api['workshop.redo']({ workshopId: this.workshopId })))
  }

  /** True while a change is on its way to the file (for the top bar's quiet Saving…/Saved). */
  isSaving = (): boolean => this.inFlight > 0

  onSavingChange = (listener: () => void): (() => void) => {
    this.savingListeners.add(listener)
    return () => this.savingListeners.delete(listener)
  }

  private countInFlight(change: 1 | -1): void {
    const was = this.isSaving()
    this.inFlight += change
    if (this.isSaving() !== was) for (const listener of this.savingListeners) listener()
  }

  private get workshopId(): string {
    return this.mirror.getState().workshopId
  }

  private async call(run: () => ReturnType<CommandsApi['workshop.apply']>): Promise<Sent> {
    try {
      const result = await run()
      if (!result.ok) return { ok: false, error: result.error }
      this.mirror.accept(result.value)
      return { ok: true }
    } catch (thrown) {
      // The transports never reject, but a bug must still end as a message, not a stuck queue.
      return { ok: false, error: { code: 'internal', params: {}, detail: String(thrown) } }
    }
  }

  private queue(run: () => Promise<Sent>): Promise<Sent> {
    this.countInFlight(1)
    const next = this.chain.then(run, run).finally(() => this.countInFlight(-1))
    this.chain = next.catch(() => undefined)
    return next
  }
}
