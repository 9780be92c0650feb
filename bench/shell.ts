// The browser shell as a child process, as a user runs it (the built `out/main/start.js --shell=browser`), with its own empty
// HANDLEKRAFT_HOME and workshops folder so nothing remembered from other runs (recent list) changes the result.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '..')
const RUNNING = /^Handlekraft running at (http:\/\/\S+)$/m

export interface BenchShell {
  url: string
  stop(): Promise<void>
}

export async function startShell(baseDir: string): Promise<BenchShell> {
  const home = join(baseDir, 'home')
  const workshops = join(baseDir, 'workshops')
  for (const dir of [home, workshops]) mkdirSync(dir, { recursive: true })
  const child = spawn(
    process.execPath,
    ['out/main/start.js', '--shell=browser', '--no-open', '--port', '0'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        HANDLEKRAFT_HOME: home,
        HANDLEKRAFT_WORKSHOPS: workshops,
        LANG: 'en_GB.UTF-8',
        LC_ALL: 'en_GB.UTF-8',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the shell printed no address within 30 s\n${stderr}`)), 30_000)
    child.stdout.on('data', () => {
      const match = RUNNING.exec(stdout)
      if (match) {
        clearTimeout(timer)
        done(match[1]!)
      }
    })
    void exited.then(() => {
      clearTimeout(timer)
      fail(new Error(`the shell exited before printing its address\n${stdout}\n${stderr}`))
    })
  })
  return {
    url,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM') // the shell closes its server and workshop files, then exits
      const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 10_000).unref())
      if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL')
    },
  }
}
