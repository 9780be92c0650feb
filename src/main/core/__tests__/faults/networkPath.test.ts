// Telling a network share from a local disk, with fake mount tables (what /proc/mounts says on a laptop
// with a municipal file share mounted) and Windows UNC paths.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assertNotOnNetworkShare, isNetworkPath, parseMounts } from '../../networkPath'

const PROC_MOUNTS = `
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
/dev/nvme0n1p1 /boot/efi vfat rw 0 0
//fileserver.kommune.dk/borgermøder /mnt/kommune cifs rw,vers=3.1.1,addr=10.0.0.5 0 0
nas.local:/export/workshops /home/anna/NAS nfs4 rw,relatime,vers=4.2 0 0
anna@server:/srv /home/anna/server fuse.sshfs rw,nosuid 0 0
/dev/sdb1 /mnt/kommune/lokal\\040kopi ext4 rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid 0 0
/dev/sdc1 /media/anna/USB\\040STICK vfat rw 0 0
`
const mounts = parseMounts(PROC_MOUNTS)

describe('parseMounts', () => {
  it('reads source, mount point and type, unescaping spaces', () => {
    expect(mounts).toHaveLength(9)
    expect(mounts[3]).toEqual({
      source: '//fileserver.kommune.dk/borgermøder',
      mountPoint: '/mnt/kommune',
      fsType: 'cifs',
    })
    expect(mounts.at(-1)!.mountPoint).toBe('/media/anna/USB STICK')
  })

  it.skipIf(!fs.existsSync('/proc/self/mounts'))('reads this machine’s mount table', () => {
    const here = parseMounts(fs.readFileSync('/proc/self/mounts', 'utf8'))
    expect(here.some((entry) => entry.mountPoint === '/')).toBe(true)
  })
})

describe('isNetworkPath', () => {
  it.each([
    ['/mnt/kommune/Landsbyen.handlekraft', 'cifs'],
    ['/mnt/kommune/sub/dir/a.handlekraft', 'cifs'],
    ['/home/anna/NAS/a.handlekraft', 'nfs4'],
    ['/home/anna/server/a.handlekraft', 'fuse.sshfs'],
    ['/run/user/1000/gvfs/smb-share:server=nas,share=w/a.handlekraft', 'fuse.gvfsd-fuse'],
    ['/mnt/kommune/../kommune/a.handlekraft', 'cifs'],
  ])('%s is on a network share (%s)', (file, fsType) => {
    expect(isNetworkPath(file, mounts)).toMatchObject({ kind: 'network-mount', fsType })
  })

  it.each([
    '/home/anna/Workshops/a.handlekraft',
    '/tmp/a.handlekraft',
    '/media/anna/USB STICK/a.handlekraft',
    '/mnt/kommune/lokal kopi/a.handlekraft', // a local disk mounted inside the share's folder
    '/mnt/kommunen/a.handlekraft', // a sibling whose name starts like the share's
    '/mnt/a.handlekraft',
    'C:\\Users\\anna\\a.handlekraft',
  ])('%s is local', (file) => {
    expect(isNetworkPath(file, mounts)).toBeNull()
  })

  it.each([
    ['\\\\fileserver\\borgermøder\\Landsbyen.handlekraft', '\\\\fileserver\\borgermøder'],
    ['//fileserver/share/a.handlekraft', '\\\\fileserver\\share'],
    ['\\\\?\\UNC\\fileserver\\share\\a.handlekraft', '\\\\fileserver\\share'],
  ])('the UNC path %s is a network share', (file, share) => {
    expect(isNetworkPath(file, [])).toEqual({ kind: 'unc', fsType: 'unc', mountPoint: share })
  })

  it.each(['\\\\?\\C:\\Users\\anna\\a.handlekraft', '\\\\.\\C:\\a.handlekraft'])(
    'the local device path %s is not',
    (file) => {
      expect(isNetworkPath(file, [])).toBeNull()
    },
  )

  it('a later mount at the same place hides the earlier one', () => {
    const stacked = parseMounts('/dev/sda1 /data ext4 rw 0 0\nserver:/x /data nfs rw 0 0\n')
    expect(isNetworkPath('/data/a.handlekraft', stacked)).toMatchObject({ fsType: 'nfs' })
    expect(isNetworkPath('/data/a.handlekraft', stacked.reverse())).toBeNull()
  })

  it('with no mount table, a POSIX path is taken as local', () => {
    expect(isNetworkPath('/mnt/kommune/a.handlekraft', [])).toBeNull()
  })
})

describe('opening or creating a workshop on a network share', () => {
  it('is refused with network-share, naming the share', () => {
    const mounts = [
      { source: '/dev/sda1', mountPoint: '/', fsType: 'ext4' },
      { source: '//nas/faelles', mountPoint: '/mnt/faelles', fsType: 'cifs' },
    ]
    expect(() => assertNotOnNetworkShare('/mnt/faelles/borgermøde.handlekraft', mounts)).toThrow(
      expect.objectContaining({ code: 'network-share', params: expect.objectContaining({ share: '/mnt/faelles' }) }),
    )
    expect(() => assertNotOnNetworkShare('\\\\nas\\faelles\\x.handlekraft', [])).toThrow(expect.objectContaining({ code: 'network-share' }))
    expect(() => assertNotOnNetworkShare('/home/mette/x.handlekraft', mounts)).not.toThrow()
  })
})
