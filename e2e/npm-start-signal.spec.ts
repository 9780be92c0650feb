// Bug 13 of issue 10: SIGTERM to `npm start` must stop the app, not only npm. npm forwards the signal to the shell
// that runs the start script; unless that shell hands its process over to node (`exec`), node is orphaned and keeps
// serving the workshop and holding its lock. Runs `npm start` as a person would, on loopback only.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { ROOT } from './fixtures'

const RUNNING = /^Handlekraft running at (http:\/\/\S+)$/m

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) })
    return true
  } catch {
    return false
  }
}

test('SIGTERM to npm start stops the browser shell it started (bug 13)', async () => {
  // npm start builds first; on a loaded machine that takes a while.
  test.setTimeout(240_000)
  const base = mkdtempSync(join(tmpdir(), 'hk-npm-start-'))
  const home = join(base, 'home')
  const workshops = join(base, 'workshops')
  for (const dir of [home, workshops]) mkdirSync(dir, { recursive: true })
  const npm = spawn('npm', ['start', '--', '--shell=browser', '--no-open', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, HANDLEKRAFT_HOME: home, HANDLEKRAFT_WORKSHOPS: workshops },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  npm.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text))
  npm.stderr!.resume()
  const exited = new Promise<void>((done) => npm.once('exit', () => done()))
  try {
    await expect.poll(() => RUNNING.test(stdout), { timeout: 200_000 }).toBe(true)
    const origin = new URL(RUNNING.exec(stdout)![1]!).origin
    expect(await answers(origin)).toBe(true)

    npm.kill('SIGTERM')
    await exited
    await expect.poll(() => answers(origin), { timeout: 15_000 }).toBe(false)
  } finally {
    if (npm.exitCode === null) npm.kill('SIGKILL')
    rmSync(base, { recursive: true, force: true })
  }
})
