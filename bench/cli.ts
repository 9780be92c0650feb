// The command-line part of `npm run bench` (issue 11): how long a user waits for the `handlekraft` command, end to
// end (process start, loading the code, the work, exit), run exactly as installed: `node bin/handlekraft.js …`.
// Goals: `info demo --json` ≤ 0.5 s, `export demo --pdf` ≤ 3 s. Run alone with `npx tsx bench/cli.ts [CHECKOUT]`,
// where CHECKOUT is another built copy of the project to measure the same way (an older commit, for before/after).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ROOT } from './shell'
import { formatTable, percentile } from './stats'

/** The machine's load as `uptime` prints it (1, 5 and 15 minutes), so a figure can be judged by its conditions. */
function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim()
  } catch {
    return loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')
  }
}

export interface CliRow {
  command: string
  runs: number
  medianMs: number
  minMs: number
  goalMs: number | null
}

function runBin(root: string, args: readonly string[], env: Record<string, string> = {}) {
  const started = performance.now()
  const result = spawnSync(process.execPath, [join(root, 'bin', 'handlekraft.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_GB.UTF-8', ...env },
  })
  const ms = performance.now() - started
  if (result.status !== 0) {
    throw new Error(`handlekraft ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`)
  }
  return { ms, stderr: result.stderr }
}

/** Runs the bin once and returns its wall-clock time; a failed run is an error, never a figure. */
function timeOnce(root: string, args: readonly string[]): number {
  return runBin(root, args).ms
}

/**
 * One more export with HANDLEKRAFT_TIMINGS=1: where its time went, phase by phase (src/main/timing/phaseTimings.ts).
 * A checkout built before the phases existed prints none; that is said rather than hidden.
 */
export function exportPhases(scratch: string, root: string = ROOT): string {
  const demo = join(scratch, 'demo.handlekraft')
  const { ms, stderr } = runBin(root, ['export', demo, '--pdf', join(scratch, 'x.pdf')], { HANDLEKRAFT_TIMINGS: '1' })
  const phases = stderr.trim()
  return `export --pdf, one run of ${Math.round(ms)} ms end to end, by phase:\n${phases || '(this build prints no phases)'}`
}

export function measureCli(scratch: string, root: string = ROOT): CliRow[] {
  const demo = join(scratch, 'demo.handlekraft')
  timeOnce(root, ['demo', demo, '--lang', 'en'])
  const cases: { label: string; args: string[]; runs: number; goalMs: number | null }[] = [
    { label: 'handlekraft --help', args: ['--help'], runs: 5, goalMs: null },
    { label: 'handlekraft info demo.handlekraft --json', args: ['info', demo, '--json'], runs: 5, goalMs: 500 },
    {
      label: 'handlekraft export demo.handlekraft --pdf x.pdf',
      args: ['export', demo, '--pdf', join(scratch, 'x.pdf')],
      runs: 3,
      goalMs: 3000,
    },
  ]
  return cases.map(({ label, args, runs, goalMs }) => {
    timeOnce(root, args) // one unmeasured run, so the file cache is warm for every measured one alike
    const times = Array.from({ length: runs }, () => timeOnce(root, args))
    return {
      command: label,
      runs,
      medianMs: Math.round(percentile(times, 50)),
      minMs: Math.round(Math.min(...times)),
      goalMs,
    }
  })
}

export function formatCliRows(rows: readonly CliRow[]): string {
  return formatTable(
    ['command', 'runs', 'median ms', 'min ms', 'goal ms'],
    rows.map((r) => [
      r.command,
      r.runs,
      r.medianMs,
      r.minMs,
      r.goalMs === null ? '-' : `${r.goalMs} ${r.medianMs <= r.goalMs ? 'ok' : 'OVER'}`,
    ]),
  )
}

if (require.main === module) {
  const scratch = mkdtempSync(join(tmpdir(), 'hk-bench-cli-'))
  try {
    const root = process.argv[2] ? resolve(process.argv[2]) : ROOT
    console.log(`${root}, 1-minute load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`)
    console.log(`uptime: ${uptime()}`)
    console.log(formatCliRows(measureCli(scratch, root)))
    console.log(exportPhases(scratch, root))
    console.log(`uptime: ${uptime()}`)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
