// The real entry point in a real process: the `handlekraft` bin runs src/main/cli.ts, and the exit code and
// output streams reach the shell. Run from a temp folder to show it works from anywhere.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from './helpers'

const BIN = path.resolve(__dirname, '../../../../bin/handlekraft.js')

function handlekraft(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_GB.UTF-8' },
  })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

describe('handlekraft bin', () => {
  it('makes a demo, checks it, and reports usage mistakes with exit code 2', () => {
    const dir = tempDir()
    const made = handlekraft(['demo', 'demo.handlekraft'], dir)
    expect(made.code, made.err).toBe(0)
    expect(made.out).toContain('50 participants')

    const checked = handlekraft(['check', 'demo.handlekraft'], dir)
    expect(checked.code, checked.err).toBe(0)
    expect(checked.out).toContain('The workshop file is healthy.')

    const wrong = handlekraft(['check', 'demo.handlekraft', '--verbose'], dir)
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain('Unknown option --verbose.')
    expect(wrong.out).toBe('')
  })
})
