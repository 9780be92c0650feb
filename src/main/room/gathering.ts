// Group commit for the room: submissions that arrive within a short window are written as ONE edit (one
// SQLite transaction with its fsync, one patch to every view, one re-render of the facilitator's board) instead
// of one each. Each submission's promise settles only after the write that holds it returned, so a phone is
// told "accepted"/"counted" only once its note or dot is in the workshop file.

/** How long the first submission of a batch waits for others (well under the room's latency goal). */
export const GATHER_MS = 50

/** Starts the timer of a batch; tests pass their own to flush by hand. */
export type Schedule = (flush: () => void, ms: number) => void

export const scheduleTimer: Schedule = (flush, ms) => void setTimeout(flush, ms)

interface Waiting<T> {
  item: T
  settle(error: unknown): void
}

/** No error for this item: `write` answers one of these (or `undefined`) per item, in order. */
export const WRITTEN = undefined

export class Gathering<T> {
  private waiting: Waiting<T>[] = []
  private scheduled = false

  /**
   * `write` runs the batch's items as one edit and answers, per item, `WRITTEN` or the error that item gets
   * (one refused dot must not refuse the others); when it throws, every item of the batch gets that error.
   */
  constructor(
    private readonly write: (items: T[]) => unknown[],
    private readonly schedule: Schedule = scheduleTimer,
    private readonly windowMs = GATHER_MS,
  ) {}

  /** Resolves once the item is written (durable), rejects with its refusal. */
  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, settle: (error) => (error === WRITTEN ? resolve() : reject(error)) })
      if (this.scheduled) return
      this.scheduled = true
      this.schedule(() => this.flush(), this.windowMs)
    })
  }

  /** Items waiting for the next write. */
  get size(): number {
    return this.waiting.length
  }

  flush(): void {
    this.scheduled = false
    const batch = this.waiting
    this.waiting = []
    if (batch.length === 0) return
    let verdicts: unknown[]
    try {
      verdicts = this.write(batch.map((entry) => entry.item))
    } catch (error) {
      verdicts = batch.map(() => error)
    }
    batch.forEach((entry, index) => entry.settle(verdicts[index]))
  }
}
