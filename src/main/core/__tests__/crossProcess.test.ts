// The lock and durability across real processes: another process holding a workshop makes it "already
// open"; a writer killed with SIGKILL loses none of the commands it had acknowledged.
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { WorkshopStore } from '../workshopStore'
import { newWorkshop } from './helpers'
import { killHard, startWriter } from './processes'

describe('across processes', () => {
  it('refuses a workshop open in another process, and opens it after that process died', async () => {
    const store = newWorkshop()
    store.close()
    const { child } = await startWriter(store.path, 'hold')
    expect(() => WorkshopStore.open(store.path)).toThrow(expect.objectContaining({ code: 'already-open' }))
    await killHard(child)
    const reopened = WorkshopStore.open(store.path)
    expect(reopened.integrityProblems()).toEqual([])
    reopened.close()
  })

  it('keeps every acknowledged command when the writer is killed with SIGKILL', async () => {
    const store = newWorkshop()
    store.close()
    let checked = 0
    for (let round = 0; round < 3; round++) {
      const { child, acked } = await startWriter(store.path, 'write')
      await sleep(150 + round * 100)
      await killHard(child)
      const reopened = WorkshopStore.open(store.path)
      expect(reopened.integrityProblems()).toEqual([])
      for (const id of acked) expect(reopened.doc.note[id], `acknowledged note ${id}`).toBeDefined()
      checked += acked.length
      // The next round's writer starts from n0 again: clear the notes so ids are free.
      const ids = Object.keys(reopened.doc.note)
      if (ids.length > 0) reopened.apply({ name: 'deleteItems', args: { ids } })
      reopened.close()
    }
    expect(checked).toBeGreaterThan(0)
  })
})
