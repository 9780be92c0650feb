// A failed open leaves nothing behind: when the lock file cannot be written (a full disk), the half-made
// lock is closed and removed, no file descriptor stays open (a USB stick could not be ejected), and the
// message names the workshop.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { lockPathFor } from '../../fileLock'
import { WorkshopStore } from '../../workshopStore'
import { cannotMount, fillUp, mountTmpfs, type Mounted } from './mounts'

const reason = cannotMount('tmpfs')
if (reason) console.warn(`lock-debris tests skipped: ${reason}`)
const mounts: Mounted[] = []
afterAll(() => {
  for (const mount of mounts) mount.unmount()
})

/** This process's open file descriptors that point into `dir`. */
function openHandlesInto(dir: string): string[] {
  const fds = fs.readdirSync('/proc/self/fd')
  return fds.flatMap((fd) => {
    try {
      const target = fs.readlinkSync(`/proc/self/fd/${fd}`)
      return target.startsWith(dir) ? [target] : []
    } catch {
      return [] // closed while we looked (the readdir's own handle)
    }
  })
}

describe('a failed open leaves no debris', () => {
  it.skipIf(reason !== null)(
    `on a full disk: no-space naming the file, no lock file, no open handle${reason ? ` (skipped: ${reason})` : ''}`,
    () => {
      const mount = mountTmpfs(1024 * 1024)
      mounts.push(mount)
      const file = path.join(mount.dir, 'Landsbyen.handlekraft')
      WorkshopStore.create(file, { title: 'Fuld disk', language: 'da' }).close()
      fillUp(mount.dir, 0)

      expect(() => WorkshopStore.open(file)).toThrow(
        expect.objectContaining({ code: 'no-space', params: expect.objectContaining({ file: 'Landsbyen.handlekraft' }) }),
      )
      expect(fs.existsSync(lockPathFor(file))).toBe(false)
      expect(fs.readdirSync(mount.dir).sort()).toEqual(['Landsbyen.handlekraft', 'ballast.bin'])
      expect(openHandlesInto(mount.dir)).toEqual([])

      fs.rmSync(path.join(mount.dir, 'ballast.bin')) // room again: it opens
      WorkshopStore.open(file).close()
    },
  )
})
