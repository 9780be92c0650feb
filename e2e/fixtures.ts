// Each test gets its own browser shell: the built `out/main/start.js --shell=browser --no-open --port 0` as a child
// process with fresh HANDLEKRAFT_HOME and HANDLEKRAFT_WORKSHOPS folders, found through the one line it prints.
// The host's OS locale follows the test's browser locale, as it would on a real machine, where the Chromium
// window we open inherits the same LANG.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect, type Page, type TestInfo } from '@playwright/test'

export const ROOT = resolve(__dirname, '..')
const RUNNING = /^Handlekraft running at (http:\/\/\S+)$/m
const START_TIMEOUT_MS = 30_000

export interface Shell {
  /** The printed entry address, token included. */
  url: string
  origin: string
  token: string
  appDataDir: string
  workshopsDir: string
  /** A scratch folder for files the test makes (bad files and the like). */
  scratchDir: string
  /** Everything the shell printed so far, for assertions and failure reports. */
  output(): { stdout: string; stderr: string }
  /** SIGTERM and wait; resolves to the exit code (0 = clean shutdown, files closed). */
  stop(): Promise<number | null>
}

/** "da-DK" -> "da_DK.UTF-8", the form LANG takes. */
function posixLocale(locale: string | undefined): string {
  return `${(locale ?? 'en-GB').replace('-', '_')}.UTF-8`
}

export interface StartShellOptions {
  locale?: string
  /** More arguments for start.ts, e.g. a workshop path. */
  args?: string[]
  /** Reuse the folders of an earlier shell (its HANDLEKRAFT_HOME, workshops and scratch). */
  baseDir?: string
}

/** Starts a browser shell; `cleanup` removes its folders (call it after `stop`). Most tests use the fixture. */
export async function startShell(
  options: StartShellOptions = {},
): Promise<{ shell: Shell; baseDir: string; cleanup: () => void }> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html')) || !existsSync(join(ROOT, 'out', 'main', 'start.js'))) {
    throw new Error(
      'out/ is not built: run `npx electron-vite build` (npm run test:e2e does) before the e2e specs',
    )
  }
  const locale = options.locale
  const base = options.baseDir ?? mkdtempSync(join(tmpdir(), 'hk-e2e-'))
  const appDataDir = join(base, 'home')
  const workshopsDir = join(base, 'workshops')
  const scratchDir = join(base, 'scratch')
  for (const dir of [appDataDir, workshopsDir, scratchDir]) mkdirSync(dir, { recursive: true })

  const child: ChildProcess = spawn(
    process.execPath,
    ['out/main/start.js', '--shell=browser', '--no-open', '--port', '0', ...(options.args ?? [])],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        HANDLEKRAFT_HOME: appDataDir,
        HANDLEKRAFT_WORKSHOPS: workshopsDir,
        LC_ALL: posixLocale(locale),
        LANG: posixLocale(locale),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let stdout = ''
  let stderr = ''
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text))
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))

  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`the shell printed no address in ${START_TIMEOUT_MS} ms\n${stderr}`)),
      START_TIMEOUT_MS,
    )
    const check = () => {
      const match = RUNNING.exec(stdout)
      if (match) {
        clearTimeout(timer)
        done(match[1]!)
      }
    }
    child.stdout!.on('data', check)
    void exited.then((code) => {
      clearTimeout(timer)
      fail(new Error(`the shell exited (${code}) before printing its address\n${stdout}\n${stderr}`))
    })
  })

  const parsed = new URL(url)
  let stopped: Promise<number | null> | null = null
  const shell: Shell = {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    appDataDir,
    workshopsDir,
    scratchDir,
    output: () => ({ stdout, stderr }),
    stop() {
      stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
        const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 10_000))
        const result = await Promise.race([exited, timeout])
        if (result === 'timeout') {
          child.kill('SIGKILL')
          throw new Error('the shell did not stop within 10 s of SIGTERM')
        }
        return result
      })()
      return stopped
    },
  }
  return { shell, baseDir: base, cleanup: () => rmSync(base, { recursive: true, force: true }) }
}

export const test = base.extend<{ shell: Shell }>({
  shell: async ({ locale }, use) => {
    const { shell, cleanup } = await startShell({ locale })
    try {
      await use(shell)
      // A clean shutdown is part of every test: SIGTERM must close the server and the files and exit 0.
      expect(await shell.stop(), `shell stderr:\n${shell.output().stderr}`).toBe(0)
    } finally {
      await shell.stop().catch(() => null)
      cleanup()
    }
  },
})

export { expect }

/** Saves a screenshot under test-results/screenshots/<test>-<step>.png (kept after the run, for people to look at). */
export async function snap(page: Page, testInfo: TestInfo, step: string): Promise<string> {
  const dir = join(ROOT, 'test-results', 'screenshots')
  mkdirSync(dir, { recursive: true })
  const name = `${testInfo.titlePath.slice(1).join(' ')} ${step}`
    .toLowerCase()
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-|-$/g, '')
  const path = join(dir, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}
