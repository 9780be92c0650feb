// Issue 12, finding 1, tested the way it was found: while the browser shell runs with a real Chromium window
// (in a private Xvfb display), ANOTHER local user (`nobody`) reads every process's arguments and environment
// and every file they name, and tries all of it against the host as a token, an entry code and a cookie.
// It must get nothing. A control run proves the attacker would have succeeded had an entry address been on a
// command line (as the window's `--app=…?token=…` used to be), so the test can fail.
// Needs root (to become `nobody` with runuser), Linux /proc, Xvfb and Chromium; otherwise it is skipped with
// the reason printed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startBrowserShell, type BrowserShell } from '../browserShell'
import { findChromium } from '../findChromium'

const OTHER_USER = 'nobody'

function whySkipped(): string | null {
  if (process.platform !== 'linux') return 'not Linux (/proc is needed)'
  if (process.getuid?.() !== 0) return 'not root: cannot run the attacker as another user'
  if (spawnSync('runuser', ['--help']).error) return 'runuser is missing'
  if (spawnSync('id', ['-u', OTHER_USER]).status !== 0) return `no user ${OTHER_USER}`
  if (spawnSync('Xvfb', ['-help']).error) return 'Xvfb is missing (the window needs a display)'
  if (findChromium(process.env) === null) return 'no Chromium on PATH'
  return null
}
const skipReason = whySkipped()
if (skipReason) console.log(`local-user test skipped: ${skipReason}`)

interface AttackReport {
  uid: number
  processes: number
  cmdlinesRead: number
  environsRead: number
  environsRefused: number
  sawWindow: boolean
  files: Array<{ path: string; read: boolean; error?: string }>
  candidates: number
  granted: Array<{ how: string; candidate: string }>
}

/** A folder the other user can read, holding the attacker script. */
function attackerDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hk-attacker-'))
  chmodSync(dir, 0o755)
  copyFileSync(join(__dirname, 'localUser', 'attacker.mjs'), join(dir, 'attacker.mjs'))
  chmodSync(join(dir, 'attacker.mjs'), 0o644)
  return dir
}

function attackAsOtherUser(dir: string, port: number): Promise<AttackReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'runuser',
      ['-u', OTHER_USER, '--', process.execPath, join(dir, 'attacker.mjs'), String(port)],
      {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let out = ''
    let err = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text))
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`attacker exited ${code}: ${err}`))
      resolve(JSON.parse(out) as AttackReport)
    })
  })
}

/** Xvfb on a free display of its own choosing (-displayfd), no TCP: the Chromium window needs a screen. */
async function startXvfb(): Promise<{ display: string; stop(): void }> {
  const child: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x720x24'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  })
  const display = await new Promise<string>((resolve, reject) => {
    let text = ''
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      if (text.includes('\n')) resolve(`:${text.trim()}`)
    })
    child.once('exit', (code) => reject(new Error(`Xvfb exited ${code}`)))
  })
  return { display, stop: () => child.kill('SIGTERM') }
}

/** A stand-in renderer whose page calls the API and opens the event socket, as the real app does at start. */
function probeRenderer(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'hk-probe-renderer-')), 'renderer')
  mkdirSync(join(dir, 'assets'), { recursive: true })
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>probe</title><script src="/assets/probe.js"></script>')
  writeFileSync(
    join(dir, 'assets', 'probe.js'),
    `fetch('/api/app.info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
       .then(() => new WebSocket('ws://' + location.host + '/events'))`,
  )
  return dir
}

describe.skipIf(skipReason !== null)('another local user while the browser shell runs with its window', () => {
  let xvfb: { display: string; stop(): void }
  let shell: BrowserShell
  let dir: string
  const windowCalls: string[] = []
  const base = mkdtempSync(join(tmpdir(), 'hk-local-user-'))

  beforeAll(async () => {
    xvfb = await startXvfb()
    dir = attackerDir()
    shell = await startBrowserShell({
      port: 0,
      open: true,
      env: {
        PATH: process.env.PATH,
        HOME: base,
        DISPLAY: xvfb.display,
        HANDLEKRAFT_HOME: join(base, 'home'),
        HANDLEKRAFT_WORKSHOPS: join(base, 'workshops'),
        LANG: 'en_GB.UTF-8',
      },
      rendererDir: probeRenderer(),
      say: () => {},
      warn: (line) => console.log(line),
    })
    // Watch what reaches the Api: the window's own calls prove it got in with the code handed over privately.
    const call = shell.api.call.bind(shell.api)
    shell.api.call = (method, input, view) => {
      windowCalls.push(method)
      return call(method, input, view)
    }
    await shell.api.call('workshop.create', { title: 'Borgermøde i Vesterby', language: 'da' })
    windowCalls.length = 0
  }, 60_000)

  afterAll(async () => {
    await shell?.close()
    xvfb?.stop()
    rmSync(base, { recursive: true, force: true })
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('lets the real Chromium window in through the private launch page (code spent, page gone)', async () => {
    await vi.waitFor(() => expect(windowCalls).toContain('app.info'), { timeout: 60_000, interval: 200 })
  }, 70_000)

  it('gives the other user nothing from /proc/*/cmdline, /proc/*/environ or the files they name', async () => {
    const port = Number(new URL(shell.origin).port)
    const report = await attackAsOtherUser(dir, port)
    console.log(
      `attacker (uid ${report.uid}) read ${report.cmdlinesRead}/${report.processes} command lines and ` +
        `${report.environsRead} environments (${report.environsRefused} refused), tried ${report.files.length} ` +
        `files and ${report.candidates} candidate secrets: ${report.granted.length} got in`,
    )
    expect(report.uid).not.toBe(0)
    // It looked where the leak was: the Chromium window's own arguments.
    expect(report.sawWindow).toBe(true)
    // Nothing in the window's private folder was readable (the launch page, the profile's cookies).
    expect(report.files.filter((file) => file.read && /handlekraft-window-/.test(file.path))).toEqual([])
    // The window's launch page was deleted when its code was spent (we, root, can look).
    const launchPages = report.files.filter((file) => /handlekraft-window-[^/]+\/launch\.html$/.test(file.path))
    expect(launchPages.length).toBeGreaterThan(0)
    for (const page of launchPages) expect(existsSync(page.path), page.path).toBe(false)
    expect(report.granted).toEqual([])
  }, 120_000)

  it('control: the same attacker gets in when an entry address is on a command line', async () => {
    // A process of ours with an unused entry address among its arguments, as the window used to have.
    const leaky = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)', '--', `--app=${shell.url}`], {
      stdio: 'ignore',
    })
    try {
      const report = await attackAsOtherUser(dir, Number(new URL(shell.origin).port))
      expect(report.granted.map((entry) => entry.how)).toContain('entry page ?code=')
    } finally {
      leaky.kill('SIGKILL')
    }
  }, 120_000)
})
