// The browser shell's small decisions: folders, locale, which browser, `npm start` options, and whether an
// Electron binary is installed (decided from files alone).
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findElectronBinary } from '../../shellPaths'
import { parseStartArgs } from '../../startArgs'
import { appWindowArgs } from '../appWindow'
import { appDataDirFrom, localeFrom, localeFromPosix, workshopsFolderFrom } from '../environment'
import { findChromium } from '../findChromium'

describe('folders', () => {
  it('honours HANDLEKRAFT_HOME and HANDLEKRAFT_WORKSHOPS', () => {
    expect(appDataDirFrom({ HANDLEKRAFT_HOME: '/t/home' }, '/home/me')).toBe('/t/home')
    expect(workshopsFolderFrom({ HANDLEKRAFT_WORKSHOPS: '/t/ws' }, '/home/me')).toBe('/t/ws')
  })
  it('defaults to ~/.config/handlekraft and ~/Handlekraft', () => {
    expect(appDataDirFrom({}, '/home/me')).toBe('/home/me/.config/handlekraft')
    expect(appDataDirFrom({ XDG_CONFIG_HOME: '/cfg' }, '/home/me')).toBe('/cfg/handlekraft')
    expect(workshopsFolderFrom({}, '/home/me')).toBe('/home/me/Handlekraft')
  })
})

describe('locale', () => {
  it('reads POSIX locale names', () => {
    expect(localeFromPosix('da_DK.UTF-8')).toBe('da-DK')
    expect(localeFromPosix('en_GB')).toBe('en-GB')
    expect(localeFromPosix('de_DE@euro')).toBe('de-DE')
    expect(localeFromPosix('C.UTF-8')).toBeNull()
    expect(localeFromPosix('POSIX')).toBeNull()
    expect(localeFromPosix('')).toBeNull()
  })
  it('prefers LC_ALL, then LC_MESSAGES, then LANG, then Intl', () => {
    expect(localeFrom({ LC_ALL: 'da_DK.UTF-8', LANG: 'en_US.UTF-8' }, 'fr-FR')).toBe('da-DK')
    expect(localeFrom({ LC_MESSAGES: 'en_GB.UTF-8', LANG: 'da_DK.UTF-8' }, 'fr-FR')).toBe('en-GB')
    expect(localeFrom({ LANG: 'da_DK.UTF-8' }, 'fr-FR')).toBe('da-DK')
    expect(localeFrom({ LANG: 'C.UTF-8' }, 'fr-FR')).toBe('fr-FR')
  })
})

describe('findChromium', () => {
  const runnable = (paths: string[]) => (path: string) => paths.includes(path)
  it('takes CHROME_PATH first when it is runnable', () => {
    expect(findChromium({ CHROME_PATH: '/opt/c', PATH: '/usr/bin' }, runnable(['/opt/c', '/usr/bin/chromium']))).toBe(
      '/opt/c',
    )
    expect(findChromium({ CHROME_PATH: '/missing', PATH: '/usr/bin' }, runnable(['/usr/bin/chromium']))).toBe(
      '/usr/bin/chromium',
    )
  })
  it('looks for chromium, chromium-browser, google-chrome, google-chrome-stable on PATH, in that order', () => {
    expect(findChromium({ PATH: '/a:/b' }, runnable(['/b/google-chrome', '/a/chromium-browser']))).toBe(
      '/a/chromium-browser',
    )
    expect(findChromium({ PATH: '/a:/b' }, runnable(['/b/google-chrome-stable']))).toBe('/b/google-chrome-stable')
    expect(findChromium({ PATH: '/a:/b' }, runnable([]))).toBeNull()
    expect(findChromium({}, runnable(['/usr/bin/chromium']))).toBeNull()
  })
  it('finds a real executable file and skips a non-executable one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hk-browsers-'))
    writeFileSync(join(dir, 'chromium'), '#!/bin/sh\n')
    chmodSync(join(dir, 'chromium'), 0o644)
    writeFileSync(join(dir, 'google-chrome'), '#!/bin/sh\n')
    chmodSync(join(dir, 'google-chrome'), 0o755)
    expect(findChromium({ PATH: dir })).toBe(join(dir, 'google-chrome'))
  })
})

describe('appWindowArgs', () => {
  it('opens the launch page as an app in its own profile, sandbox off only as root', () => {
    const args = appWindowArgs('file:///tmp/profile/launch.html', '/tmp/profile', false)
    expect(args).toContain('--app=file:///tmp/profile/launch.html')
    expect(args).toContain('--user-data-dir=/tmp/profile')
    expect(args).not.toContain('--no-sandbox')
    expect(appWindowArgs('u', '/p', true)).toContain('--no-sandbox')
  })
})

describe('parseStartArgs', () => {
  it('has defaults: auto shell, open a window, any port, loopback', () => {
    expect(parseStartArgs([])).toEqual({
      ok: true,
      options: { shell: 'auto', open: true, port: 0, address: '127.0.0.1', help: false, room: false, roomPort: 0 },
    })
  })
  it('reads every option in both spellings, and a workshop path', () => {
    const parsed = parseStartArgs([
      '--shell=browser',
      '--no-open',
      '--port',
      '8123',
      '--host=localhost',
      '--token-file',
      '/run/user/1000/hk.token',
      '--room',
      '--room-host',
      '127.0.0.1',
      '--room-port=8124',
      'my.handlekraft',
    ])
    expect(parsed).toEqual({
      ok: true,
      options: {
        shell: 'browser',
        open: false,
        port: 8123,
        address: 'localhost',
        tokenFile: '/run/user/1000/hk.token',
        help: false,
        room: true,
        roomHost: '127.0.0.1',
        roomPort: 8124,
        workshopPath: 'my.handlekraft',
      },
    })
    expect(parseStartArgs(['--shell', 'electron', '--port=0'])).toMatchObject({
      ok: true,
      options: { shell: 'electron', port: 0 },
    })
  })
  it.each([
    [['--shell=firefox'], '--shell must be browser or electron'],
    [['--port', 'abc'], '--port must be a number'],
    [['--port=70000'], '--port must be a number'],
    [['--port'], '--port must be a number'],
    [['--frobnicate'], 'Unknown option --frobnicate'],
    [['a.handlekraft', 'b.handlekraft'], 'Only one workshop file'],
    [['--token-file'], '--token-file needs a file path'],
    // The facilitator's API never goes on the network: only loopback addresses are accepted.
    [['--host', '0.0.0.0'], '--host 0.0.0.0 is not a loopback address'],
    [['--host=::'], 'is not a loopback address'],
    [['--host', '192.168.1.20'], 'is not a loopback address'],
    [['--host', '10.0.0.7'], 'is not a loopback address'],
    [['--host', 'fe80::1'], 'is not a loopback address'],
    [['--host', 'my-laptop.local'], 'is not a loopback address'],
    [['--host', '127.0.0.1.nip.io'], 'is not a loopback address'],
  ])('refuses %j', (argv, message) => {
    const parsed = parseStartArgs(argv)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toContain(message)
  })
})

describe('--host accepts loopback addresses only', () => {
  it.each(['127.0.0.1', '127.0.0.2', '::1', 'localhost'])('accepts %s', (address) => {
    expect(parseStartArgs(['--host', address])).toMatchObject({ ok: true, options: { address } })
  })
})

describe('findElectronBinary', () => {
  function fakeProject(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'hk-electron-'))
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    return root
  }
  it('finds the binary that path.txt names under dist/', () => {
    const root = fakeProject({
      'node_modules/electron/path.txt': 'electron',
      'node_modules/electron/dist/electron': 'ELF',
    })
    expect(findElectronBinary(root)).toEqual({ found: true, path: join(root, 'node_modules/electron/dist/electron') })
  })
  it('says why when the package, path.txt or the binary is missing', () => {
    expect(findElectronBinary(fakeProject({ 'package.json': '{}' }))).toMatchObject({
      found: false,
      reason: expect.stringContaining('not installed'),
    })
    expect(findElectronBinary(fakeProject({ 'node_modules/electron/index.js': '' }))).toMatchObject({
      found: false,
      reason: expect.stringContaining('no binary in node_modules/electron/dist'),
    })
    expect(findElectronBinary(fakeProject({ 'node_modules/electron/path.txt': 'electron' }))).toMatchObject({
      found: false,
      reason: expect.stringContaining('no binary at node_modules/electron/dist/electron'),
    })
  })
})
