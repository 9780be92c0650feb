// `npm start` options, parsed without a library: they are few, and errors must say exactly what was wrong.
import { isIPv4 } from 'node:net'
import { isLoopbackAddress, notLoopbackMessage } from './host/loopback'

export interface StartOptions {
  /** 'auto' = Electron when its binary is there, else the browser shell. */
  shell: 'auto' | 'browser' | 'electron'
  open: boolean
  port: number
  address: string
  /** Browser shell: write the session token to this new file (0600) for scripts that call the API. */
  tokenFile?: string
  workshopPath?: string
  help: boolean
  /** Open the room (participants' phones) at start, for the workshop given or the first one opened. */
  room: boolean
  /** Where the room listens (an IPv4 address of this machine; tests: 127.0.0.1); default: the default route's. */
  roomHost?: string
  roomPort: number
}

export type ParsedStart = { ok: true; options: StartOptions } | { ok: false; message: string }

export const START_USAGE = [
  'Usage: npm start -- [--shell=browser|electron] [--no-open] [--port N] [--host ADDRESS] [workshop.handlekraft]',
  '  --shell     electron (needs the Electron binary) or browser (a local server and a Chromium window);',
  '              default: electron when installed, else browser',
  '  --no-open   browser shell: print the address but open no window',
  '  --port N    browser shell: port to listen on (default 0 = any free port)',
  '  --host A    browser shell: loopback address to bind (127.0.0.1 (default), ::1 or localhost)',
  '  --token-file F  browser shell: write the session token to the new file F (readable by you only),',
  '              for scripts that call the API',
  "  --room      open the room (participants' phones) at start and print its join address (both shells)",
  '  --room-host A   the IPv4 address the room listens on (default: the one with the default route)',
  "  --room-port N   the room's port (default 0 = any free port)",
].join('\n')

export function parseStartArgs(argv: readonly string[]): ParsedStart {
  const options: StartOptions = {
    shell: 'auto',
    open: true,
    port: 0,
    address: '127.0.0.1',
    help: false,
    room: false,
    roomPort: 0,
  }
  const args = [...argv]
  while (args.length > 0) {
    const arg = args.shift()!
    const [name, inlineValue] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    const value = (): string | undefined => inlineValue ?? args.shift()
    switch (name) {
      case '--shell': {
        const shell = value()
        if (shell !== 'browser' && shell !== 'electron')
          return { ok: false, message: `--shell must be browser or electron, not ${shell ?? 'nothing'}` }
        options.shell = shell
        break
      }
      case '--no-open':
        options.open = false
        break
      case '--port': {
        const text = value()
        const port = Number(text)
        if (text === undefined || !/^\d+$/.test(text) || port > 65535)
          return { ok: false, message: `--port must be a number from 0 to 65535, not ${text ?? 'nothing'}` }
        options.port = port
        break
      }
      case '--host': {
        const address = value()
        if (!address) return { ok: false, message: '--host needs an address' }
        if (!isLoopbackAddress(address)) return { ok: false, message: notLoopbackMessage(address) }
        options.address = address
        break
      }
      case '--token-file': {
        const path = value()
        if (!path) return { ok: false, message: '--token-file needs a file path' }
        options.tokenFile = path
        break
      }
      case '--room':
        options.room = true
        break
      case '--room-host': {
        const host = parseRoomHost(value())
        if (!host.ok) return host
        options.roomHost = host.value
        break
      }
      case '--room-port': {
        const port = parseRoomPort(value())
        if (!port.ok) return port
        options.roomPort = port.value
        break
      }
      case '--help':
      case '-h':
        options.help = true
        break
      default:
        if (name.startsWith('-')) return { ok: false, message: `Unknown option ${name}` }
        if (options.workshopPath !== undefined)
          return { ok: false, message: `Only one workshop file can be given (got ${options.workshopPath} and ${arg})` }
        options.workshopPath = arg
    }
  }
  return { ok: true, options }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

/** `--room-host`: one IPv4 address of this machine; 0.0.0.0 would put the room on every network the laptop is on. */
export function parseRoomHost(address: string | undefined): Parsed<string> {
  if (!address || !isIPv4(address) || address === '0.0.0.0')
    return { ok: false, message: `--room-host must be one IPv4 address of this computer, not ${address ?? 'nothing'}` }
  return { ok: true, value: address }
}

export function parseRoomPort(text: string | undefined): Parsed<number> {
  const port = Number(text)
  if (text === undefined || !/^\d+$/.test(text) || port > 65535)
    return { ok: false, message: `--room-port must be a number from 0 to 65535, not ${text ?? 'nothing'}` }
  return { ok: true, value: port }
}

/** The room's start options as both shells take them. */
export interface RoomStart {
  open: boolean
  host?: string
  port: number
}

/**
 * Electron's command line from `npm start`'s options: the project folder (Electron loads package.json "main"
 * from it), the room options, each as one argument (`--room-host=A`), and the workshop file.
 */
export function electronArgs(options: StartOptions, projectFolder: string): string[] {
  return [projectFolder, ...roomArgs(options), ...(options.workshopPath ? [options.workshopPath] : [])]
}

function roomArgs(options: Pick<StartOptions, 'room' | 'roomHost' | 'roomPort'>): string[] {
  return [
    ...(options.room ? ['--room'] : []),
    ...(options.roomHost ? [`--room-host=${options.roomHost}`] : []),
    ...(options.roomPort ? [`--room-port=${options.roomPort}`] : []),
  ]
}

/**
 * The room options in the Electron app's own command line, which also holds Electron's and Chromium's
 * switches and the app folder: the room's are picked out, everything else is left alone. The same checks as
 * `npm start`'s.
 */
export function roomStartFromArgv(argv: readonly string[]): Parsed<RoomStart> {
  const room: RoomStart = { open: false, port: 0 }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const at = arg.indexOf('=')
    const name = arg.startsWith('--') && at > 0 ? arg.slice(0, at) : arg
    const inline = name === arg ? undefined : arg.slice(at + 1)
    const value = () => inline ?? argv[++i]
    if (name === '--room') room.open = true
    else if (name === '--room-host') {
      const host = parseRoomHost(value())
      if (!host.ok) return host
      room.host = host.value
    } else if (name === '--room-port') {
      const port = parseRoomPort(value())
      if (!port.ok) return port
      room.port = port.value
    }
  }
  return { ok: true, value: room }
}
