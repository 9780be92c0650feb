// Is a workshop file on a network share? SQLite's WAL mode needs shared memory between the processes that
// open a file, which network file systems do not provide, and their file locks are unreliable, so a
// workshop written in place on a share can be corrupted (sqlite.org/wal.html, sqlite.org/useovernet.html).
//
// Policy (for the shells to apply): do NOT open a workshop on a network share in place. Tell the facilitator
// why and offer to copy it to this computer (the original stays untouched; "Save a copy" puts it back).
// Not a silent local copy: two diverging versions of one workshop is worse than a clear question.
//
// What can be detected: on Linux (and macOS, given its `mount` table) the file system type of the mount the
// path lives on; on Windows a UNC path (\\server\share\…). A Windows drive letter mapped to a share looks
// local from here; the shell can ask the OS (GetDriveType) and pass that in as a mount entry.
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '@shared/errors'

export interface MountEntry {
  mountPoint: string
  fsType: string
  source: string
}

export interface NetworkShare {
  kind: 'unc' | 'network-mount'
  /** The file system type ("cifs", "nfs4" …) or "unc". */
  fsType: string
  /** Where the share is mounted, or the \\server\share prefix. */
  mountPoint: string
}

/** File system types that live on another machine. fuse.* covers user-space network mounts (sshfs, rclone …). */
const NETWORK_FS = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb',
  'smb2',
  'smb3',
  'smbfs',
  'afpfs',
  'webdav',
  'davfs',
  'ncpfs',
  'coda',
  'afs',
  'ceph',
  'glusterfs',
  'lustre',
  'gfs2',
  'ocfs2',
  '9p', // virtual-machine shared folders: the same locking problems
  'fuse.sshfs',
  'fuse.davfs',
  'fuse.rclone',
  'fuse.s3fs',
  'fuse.glusterfs',
  'fuse.ceph',
  'fuse.gvfsd-fuse', // GNOME's mounts of smb:// and sftp:// locations
])

export function isNetworkFsType(fsType: string): boolean {
  return NETWORK_FS.has(fsType.toLowerCase())
}

/** /proc/mounts (or /proc/self/mounts): "source mountpoint type options dump pass", spaces escaped as \040. */
export function parseMounts(text: string): MountEntry[] {
  const unescape = (field: string) =>
    field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)))
  const entries: MountEntry[] = []
  for (const line of text.split('\n')) {
    const [source, mountPoint, fsType] = line.trim().split(/\s+/)
    if (!source || !mountPoint || !fsType) continue
    entries.push({ source: unescape(source), mountPoint: unescape(mountPoint), fsType })
  }
  return entries
}

/** `\\server\share\…` or `//server/share/…`, but not the local-device forms `\\?\C:\…` and `\\.\…`. */
function uncShare(filePath: string): string | null {
  const match = /^[\\/]{2}([^\\/?.][^\\/]*)[\\/]+([^\\/]+)/.exec(filePath)
  if (!match) return null
  if (/^[\\/]{2}\?[\\/]UNC[\\/]/i.test(filePath)) return null
  return `\\\\${match[1]}\\${match[2]}`
}

function uncLongForm(filePath: string): string | null {
  const match = /^[\\/]{2}\?[\\/]UNC[\\/]([^\\/]+)[\\/]([^\\/]+)/i.exec(filePath)
  return match ? `\\\\${match[1]}\\${match[2]}` : null
}

/** The mount a POSIX path lives on: the longest mount point that is the path or one of its folders. */
function mountOf(filePath: string, mounts: MountEntry[]): MountEntry | null {
  const target = path.posix.resolve(filePath)
  let best: MountEntry | null = null
  for (const entry of mounts) {
    const point = entry.mountPoint === '/' ? '/' : entry.mountPoint.replace(/\/+$/, '')
    const inside = point === '/' || target === point || target.startsWith(`${point}/`)
    // The last of equal mount points wins: a later mount hides an earlier one at the same place.
    if (inside && (!best || point.length >= best.mountPoint.replace(/\/+$/, '').length)) best = entry
  }
  return best
}

/** A network share the path is on, or null when it is (as far as can be told) on this machine. */
export function isNetworkPath(filePath: string, mounts: MountEntry[]): NetworkShare | null {
  const unc = uncLongForm(filePath) ?? uncShare(filePath)
  if (unc) return { kind: 'unc', fsType: 'unc', mountPoint: unc }
  if (!filePath.startsWith('/')) return null // a Windows drive path: the caller passes OS facts as mounts
  const mount = mountOf(filePath, mounts)
  if (!mount || !isNetworkFsType(mount.fsType)) return null
  return { kind: 'network-mount', fsType: mount.fsType, mountPoint: mount.mountPoint }
}

/** This machine's mount table, where the OS has one we can read (Linux); elsewhere only UNC paths are known. */
function localMounts(): MountEntry[] {
  try {
    return parseMounts(fs.readFileSync('/proc/self/mounts', 'utf8'))
  } catch {
    return []
  }
}

/** Applies the policy above: a workshop on a network share is refused with a message that says what to do. */
export function assertNotOnNetworkShare(filePath: string, mounts: MountEntry[] = localMounts()): void {
  const share = isNetworkPath(filePath, mounts)
  if (share) throw new AppError('network-share', { file: path.basename(filePath), share: share.mountPoint })
}
