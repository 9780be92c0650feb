// `export --pdf` starts Chromium while it reads the workshop (issue 11). A workshop that cannot be read must
// still be reported as before (exit 1, in the user's language), and the browser started for it must be gone
// when the command ends.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findChromium } from '../../host/findChromium'
import { runCliAsync } from '../runCli'
import { tempDir } from './helpers'

const chromium = findChromium(process.env) ?? findChromium({ PATH: '/usr/bin' })

/** The command names of this process's children (Chromium, if one was left running). */
function childCommands(): string[] {
  const ps = spawnSync('ps', ['-o', 'comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
  return ps.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((name) => name !== '' && name !== 'ps')
}

async function cliAsync(args: string[], env: Record<string, string>) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCliAsync(args, { out: (text) => out.push(text), err: (text) => err.push(text) }, env)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe.skipIf(chromium === null)('export --pdf of a file that is not a workshop', () => {
  it('says so (exit 1), prints where the time went when asked, and leaves no browser running', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'notes.handlekraft')
    fs.writeFileSync(file, 'these are not the notes you are looking for')
    const run = await cliAsync(['export', file, '--pdf', path.join(dir, 'x.pdf')], {
      LANG: 'en_GB.UTF-8',
      HANDLEKRAFT_TIMINGS: '1',
      CHROME_PATH: chromium!,
    })
    expect(run.code).toBe(1)
    expect(run.err).toContain('notes.handlekraft')
    expect(run.err).toMatch(/^read workshop \(inspect \+ private copy\)\s+\d+\s+\d+\s+\d+$/m)
    expect(run.err).toMatch(/^launch Chromium\s+\d+/m)
    expect(run.err).toMatch(/^close Chromium\s+\d+/m)
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false)
    expect(childCommands()).toEqual([])
  }, 60_000)
})
