// The browser shell as a child process, as a user runs it (the built `out/main/start.js --shell=browser`), with its own empty
// HANDLEKRAFT_HOME and workshops folder so nothing remembered from other runs (recent list) changes the result.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '..')
const RUNNING = /^Handlekraft running at (http:\/\/\S+)$/m

export interface BenchShell {
  url: string
  /** Resolves with the first capture of `pattern` in the shell's stdout (e.g. the room's address line). */
  printed(pattern: RegExp): Promise<string>
  stop(): Promise<void>
}

export interface ShellOptions {
  /** More arguments for `start.js` (the room: `--room --room-host 127.0.0.1`, a token file, a workshop). */
  args?: string[]
}

/**
 * `HANDLEKRAFT_BENCH_CPU_PROF=DIR` profiles the shell's main process: `--cpu-prof` goes to the shell's own node
 * child (NODE_OPTIONS does not reach it reliably), which writes a .cpuprofile into DIR when it exits.
 */
function nodeArgs(): string[] {
  const dir = process.env.HANDLEKRAFT_BENCH_CPU_PROF
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(dir)}`] : []
}

export async function startShell(baseDir: string, options: ShellOptions = {}): Promise<BenchShell> {
  const home = join(baseDir, 'home')
  const workshops = join(baseDir, 'workshops')
  for (const dir of [home, workshops]) mkdirSync(dir, { recursive: true })
  const child = spawn(
    process.execPath,
    [...nodeArgs(), 'out/main/start.js', '--shell=browser', '--no-open', '--port', '0', ...(options.args ?? [])],
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
  const printed = (pattern: RegExp) =>
    new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the shell printed no ${pattern} within 30 s\n${stderr}`)), 30_000)
      const look = () => {
        const match = pattern.exec(stdout)
        if (!match) return false
        clearTimeout(timer)
        child.stdout.off('data', look)
        done(match[1] ?? match[0])
        return true
      }
      if (look()) return
      child.stdout.on('data', look)
      void exited.then(() => {
        clearTimeout(timer)
        fail(new Error(`the shell exited before printing ${pattern}\n${stdout}\n${stderr}`))
      })
    })
  const url = await printed(RUNNING)
  return {
    url,
    printed,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM') // the shell closes its server and workshop files, then exits
      const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 10_000).unref())
      if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL')
    },
  }
}
