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

  private get workshopId(): string {
    return this.mirror.getState().workshopId
  }

  private async call(
    run: () => ReturnType<CommandsApi['workshop.apply']>,
  ): Promise<Sent> {
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
    const next = this.chain.then(run, run)
    this.chain = next.catch(() => undefined)
    return next
  }
}
