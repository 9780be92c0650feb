// A room session without HTTP on a real workshop file: every write is logged once durable, and the gathering
// windows (gathering.ts) wait in a list until a test ends them, so nothing depends on timing.
import path from 'node:path'
import { WorkshopStore } from '../../core/workshopStore'
import { RoomSession, type Device } from '../roomSession'

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

export interface SessionRig {
  store: WorkshopStore
  session: RoomSession
  /** What happened, in order: `write <command>` once the store's apply returned (durable), `answer <what>`. */
  log: string[]
  /** Batches waiting for their window to end. */
  windows: (() => void)[]
  endWindow(): void
  /** A phone that joined (its join's window ended by hand). */
  phone(): Promise<Device>
  /** Every write fails while set (a full disk): nothing is stored. */
  failWrites: boolean
}

/** A room session on a real workshop file in `dir`, its gathering windows ended by hand. */
export function sessionRig(dir: string): SessionRig {
  const store = WorkshopStore.create(path.join(dir, 'batch.handlekraft'), {
    title: 'Borgermøde',
    language: 'da',
    template: 'strengths-map',
  })
  const log: string[] = []
  const windows: (() => void)[] = []
  const session = new RoomSession({
    workshop: {
      doc: () => store.doc,
      apply: (call, fromRoom) => {
        if (rig.failWrites) throw new Error('disk full')
        store.apply(call, { fromRoom })
        log.push(`write ${call.name}`)
      },
    },
    onStatusChange: () => undefined,
    schedule: (flush) => windows.push(flush),
  })
  let joined = 0
  const rig: SessionRig = {
    store,
    session,
    log,
    windows,
    endWindow: () => windows.shift()!(),
    failWrites: false,
    phone: async () => {
      const joining = session.join(
        { key: session.key, role: 'citizen', name: null, language: 'da', clientId: uuid(900 + joined++) },
        '127.0.0.1',
      )
      windows.shift()!()
      return session.deviceFor((await joining).token)
    },
  }
  return rig
}
