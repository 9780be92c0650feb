// Real file systems for the fault tests: a small tmpfs to fill up or turn read-only, and an ext4 image on
// a loop device that can be made to fail the way a damaged USB stick does (errors=remount-ro). Needs root
// (the build machines and CI run as root); every test using these says why it is skipped otherwise.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
}

function why(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim()
  return stderr || (error instanceof Error ? error.message : String(error))
}

/** null when this process can mount file systems of `type`, else the reason it cannot. */
export function cannotMount(type: 'tmpfs' | 'ext4'): string | null {
  if (process.platform !== 'linux') return `not Linux (${process.platform})`
  if (process.getuid?.() !== 0) return 'not running as root'
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hk-mount-probe-'))
  try {
    if (type === 'tmpfs') {
      run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir])
      run('umount', [dir])
    } else {
      const image = `${dir}.img`
      try {
        fs.writeFileSync(image, '')
        fs.truncateSync(image, 4 * 1024 * 1024)
        run('mkfs.ext4', ['-q', '-F', image])
        run('mount', ['-o', 'loop,errors=remount-ro', image, dir])
        run('umount', [dir])
      } finally {
        fs.rmSync(image, { force: true })
      }
    }
    return null
  } catch (error) {
    return `cannot mount ${type} here: ${why(error)}`
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export interface Mounted {
  dir: string
  unmount(): void
}

function mounted(dir: string, cleanup: () => void = () => undefined): Mounted {
  let done = false
  return {
    dir,
    unmount() {
      if (done) return
      done = true
      try {
        run('umount', [dir])
      } catch {
        run('umount', ['-l', dir]) // something still open: detach now, the kernel frees it when closed
      }
      cleanup()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export function mountTmpfs(sizeBytes: number): Mounted {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hk-tmpfs-'))
  run('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes}`, 'tmpfs', dir])
  return mounted(dir)
}

/** Turns a mounted file system read-only; the kernel refuses (EBUSY) while any file on it is open for writing. */
export function remountReadOnly(dir: string): void {
  run('mount', ['-o', 'remount,ro', dir])
}

export function tryRemountReadOnly(dir: string): string | null {
  try {
    remountReadOnly(dir)
    return null
  } catch (error) {
    return why(error)
  }
}

export interface MountedExt4 extends Mounted {
  /** Makes ext4 record an error; with errors=remount-ro it turns read-only at once, open files or not. */
  failLikeABrokenDisk(): void
}

export function mountExt4(sizeBytes = 8 * 1024 * 1024): MountedExt4 {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hk-ext4-'))
  const image = `${dir}.img`
  fs.writeFileSync(image, '')
  fs.truncateSync(image, sizeBytes)
  run('mkfs.ext4', ['-q', '-F', image])
  run('mount', ['-o', 'loop,errors=remount-ro', image, dir])
  const device = path.basename(execFileSync('findmnt', ['-no', 'SOURCE', dir]).toString().trim())
  return {
    ...mounted(dir, () => fs.rmSync(image, { force: true })),
    failLikeABrokenDisk() {
      fs.writeFileSync(`/sys/fs/ext4/${device}/trigger_fs_error`, 'handlekraft fault test')
    },
  }
}

/** Fills the file system at `dir` with a ballast file, leaving about `leaveBytes` free. */
export function fillUp(dir: string, leaveBytes: number): string {
  const ballast = path.join(dir, 'ballast.bin')
  const { bavail, bsize } = fs.statfsSync(dir)
  const size = Math.max(0, bavail * bsize - leaveBytes)
  fs.writeFileSync(ballast, Buffer.alloc(size, 1))
  return ballast
}
