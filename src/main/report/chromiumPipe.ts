// The system Chromium, headless, driven over its DevTools pipe (--remote-debugging-pipe: we write commands to its
// fd 3 and read answers and events from its fd 4, each message JSON ended by a NUL byte). No port is opened, so
// no other program on the machine can reach this browser. This is the few lines of the DevTools protocol the
// report printer needs; playwright-core does the same and much more, but loading it costs ~1 s of CPU per
// `handlekraft export --pdf` (issue 11), longer than the printing itself.
import { spawn } from 'node:child_process'
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { STANDARD_CHROMIUM_ARGS } from '../host/chromiumFlags'

/**
 * The project's standard flags, plus what a headless print needs and nothing a print does not: no extensions,
 * no default apps, no crash reporter, no field trials, colours in sRGB (as playwright-core sets them, so the
 * PDF is the same as it was when playwright-core printed it).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  ...STANDARD_CHROMIUM_ARGS,
  '--no-default-browser-check',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--disable-breakpad',
  '--disable-field-trial-config',
  '--disable-dev-shm-usage',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
  '--mute-audio',
  '--password-store=basic',
  '--use-mock-keychain',
  '--no-startup-window',
] as const

type Listener = (params: Record<string, unknown>, sessionId: string | undefined) => void

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
  method: string
}

export interface ChromiumPipe {
  send<T = Record<string, unknown>>(method: string, params?: object, sessionId?: string): Promise<T>
  /** Calls `listener` for every event of that name (from any session). */
  on(method: string, listener: Listener): void
  /** Resolves once the browser has answered its first command: it has started. */
  readonly ready: Promise<void>
  /** The throwaway profile folder, removed by close(). */
  readonly profile: string
  /** When it was started (performance.now()), for the CLI's phase timings. */
  readonly startedAt: number
  /** Asks the browser to close, kills it if it does not within a moment, and removes its profile folder. */
  close(): Promise<void>
}

export class ChromiumGone extends Error {}

const CLOSE_GRACE_MS = 2_000
const RAM_FOLDER = '/dev/shm'

/**
 * Where the throwaway profile goes: Chromium writes ~200 files into it at start and they are removed after the
 * print, so a folder in memory (Linux's /dev/shm) where there is one. On a disk those writes and removals cost
 * up to ~0.5 s per export (measured here: removing the profile from /tmp took 370-530 ms, from /dev/shm 9 ms).
 */
export function profileParent(platform: NodeJS.Platform = process.platform, ramFolder: string = RAM_FOLDER): string {
  if (platform !== 'linux') return tmpdir()
  try {
    if (!statSync(ramFolder).isDirectory()) return tmpdir()
    accessSync(ramFolder, constants.W_OK)
    return ramFolder
  } catch {
    return tmpdir()
  }
}

export function launchChromiumPipe(executablePath: string): ChromiumPipe {
  const startedAt = performance.now()
  const profile = mkdtempSync(path.join(profileParent(), 'handlekraft-print-'))
  const child = spawn(executablePath, [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  })
  const toBrowser = child.stdio[3] as Writable
  const fromBrowser = child.stdio[4] as Readable
  const pending = new Map<number, Pending>()
  const listeners = new Map<string, Listener[]>()
  let nextId = 1
  let gone: Error | null = null
  let stderrTail = ''

  const exited = new Promise<void>((resolve) => {
    const end = (reason: string) => {
      gone ??= new ChromiumGone(
        `Chromium ${reason}${stderrTail ? `: ${stderrTail.trim().split('\n').slice(-3).join(' | ')}` : ''}`,
      )
      for (const waiting of pending.values()) waiting.reject(gone)
      pending.clear()
      resolve()
    }
    child.once('error', (error) => end(`did not start (${error.message})`))
    child.once('exit', (code, signal) => end(`ended (${signal ?? `exit code ${code}`})`))
  })
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (text: string) => {
    stderrTail = (stderrTail + text).slice(-2_000)
  })
  // A write after Chromium ended fails with EPIPE; the exit handler has already failed what was waiting.
  toBrowser.on('error', () => undefined)
  fromBrowser.on('error', () => undefined)

  let buffered: Buffer[] = []
  fromBrowser.on('data', (chunk: Buffer) => {
    let start = 0
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      buffered.push(chunk.subarray(start, end))
      dispatch(Buffer.concat(buffered).toString('utf8'))
      buffered = []
      start = end + 1
    }
    if (start < chunk.length) buffered.push(chunk.subarray(start))
  })

  function dispatch(text: string) {
    const message = JSON.parse(text) as {
      id?: number
      method?: string
      params?: Record<string, unknown>
      sessionId?: string
      result?: unknown
      error?: { message: string }
    }
    if (message.id !== undefined) {
      const waiting = pending.get(message.id)
      pending.delete(message.id)
      if (!waiting) return
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`))
      else waiting.resolve(message.result)
      return
    }
    for (const listener of listeners.get(message.method ?? '') ?? []) listener(message.params ?? {}, message.sessionId)
  }

  function send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    if (gone) return Promise.reject(gone)
    const id = nextId++
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method })
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`)
    })
  }

  const ready = send('Browser.getVersion').then(() => undefined)
  ready.catch(() => undefined) // whoever awaits it sees the failure; an unawaited launch must not crash Node

  return {
    send,
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener])
    },
    ready,
    profile,
    startedAt,
    async close() {
      if (!gone) {
        void send('Browser.close').catch(() => undefined)
        const timer = setTimeout(() => child.kill('SIGKILL'), CLOSE_GRACE_MS)
        await exited
        clearTimeout(timer)
      }
      // Retries: a helper process of Chromium may still be writing its last file as the folder goes.
      rmSync(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 })
    },
  }
}
