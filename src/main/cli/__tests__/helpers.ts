import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { runCli } from '../runCli'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-cli-test-'))
  made.push(dir)
  return dir
}

export interface CliRun {
  code: number
  out: string
  err: string
}

/** Runs the CLI in this process, as `handlekraft ...args`, with English messages unless env says otherwise. */
export function cli(args: string[], env: Record<string, string> = { LANG: 'en_GB.UTF-8' }): CliRun {
  const out: string[] = []
  const err: string[] = []
  const code = runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text) }, env)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** What is in a folder, so a test can see that nothing was left beside a file (locks, -wal, copies). */
export function listing(dir: string): string[] {
  return fs.readdirSync(dir).sort()
}
