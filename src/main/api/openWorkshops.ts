// The workshops open in this process. Views (laptop window, projector window) opening the same file share
// one store and one handle, so there is still only one writer.
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { AppError } from '@shared/errors'
import type { WorkshopStore } from '../core/workshopStore'

export class OpenWorkshops {
  private readonly byHandle = new Map<string, WorkshopStore>()

  handleFor(filePath: string): string | undefined {
    const target = path.resolve(filePath)
    for (const [handle, store] of this.byHandle) if (store.path === target) return handle
    return undefined
  }

  add(store: WorkshopStore): string {
    const handle = randomUUID()
    this.byHandle.set(handle, store)
    return handle
  }

  get(handle: string): WorkshopStore {
    const store = this.byHandle.get(handle)
    if (!store) throw new AppError('not-open')
    return store
  }

  close(handle: string): void {
    const store = this.byHandle.get(handle)
    this.byHandle.delete(handle)
    store?.close()
  }

  closeAll(): void {
    for (const handle of [...this.byHandle.keys()]) this.close(handle)
  }
}
