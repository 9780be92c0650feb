// `npm start -- --room …` reaches the Electron app: start.ts hands the room options on, and Electron's main
// picks them out of a command line that also holds Electron's and Chromium's own switches. (The Electron binary
// cannot run on the build machines, so this is the path that is tested; main.ts only wires these two together.)
import { describe, expect, it } from 'vitest'
import { electronArgs, parseStartArgs, roomStartFromArgv } from '../../startArgs'

const parsed = (argv: string[]) => {
  const result = parseStartArgs(argv)
  if (!result.ok) throw new Error(result.message)
  return result.options
}

describe('the room options through the Electron shell', () => {
  it('npm start hands --room, --room-host and --room-port to Electron, before the workshop file', () => {
    const options = parsed([
      '--shell=electron',
      '--room',
      '--room-host',
      '127.0.0.1',
      '--room-port',
      '8124',
      'a.handlekraft',
    ])
    expect(electronArgs(options, '/app')).toEqual([
      '/app',
      '--room',
      '--room-host=127.0.0.1',
      '--room-port=8124',
      'a.handlekraft',
    ])
    expect(electronArgs(parsed([]), '/app')).toEqual(['/app'])
  })

  it("Electron's main reads back exactly what npm start gave, whatever Electron adds around it", () => {
    const options = parsed(['--room', '--room-host=127.0.0.1', '--room-port=8124', 'b.handlekraft'])
    const argv = ['/opt/electron/electron', '--no-sandbox', ...electronArgs(options, '/app'), '--inspect=0']
    expect(roomStartFromArgv(argv.slice(1))).toEqual({ ok: true, value: { open: true, host: '127.0.0.1', port: 8124 } })
    // The same switches typed to the app by hand, in the two-argument form.
    expect(roomStartFromArgv(['.', '--room', '--room-host', '127.0.0.1'])).toEqual({
      ok: true,
      value: { open: true, host: '127.0.0.1', port: 0 },
    })
    expect(roomStartFromArgv(['.', 'c.handlekraft'])).toEqual({ ok: true, value: { open: false, port: 0 } })
  })

  it('refuses what npm start refuses: no all-interfaces address, no bad port', () => {
    for (const argv of [
      ['--room-host=0.0.0.0'],
      ['--room-host=example.org'],
      ['--room-host'],
      ['--room-port=70000'],
      ['--room-port=x'],
    ]) {
      const result = roomStartFromArgv(argv)
      expect(result.ok, argv.join(' ')).toBe(false)
      expect(parseStartArgs(argv).ok, argv.join(' ')).toBe(false)
    }
    expect(roomStartFromArgv(['--room-host=0.0.0.0'])).toMatchObject({
      message: expect.stringContaining('IPv4 address'),
    })
  })
})
