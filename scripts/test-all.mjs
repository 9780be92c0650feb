// `npm test`: first the system packages the tests need (scripts/systemPackages.mjs), then every check the project
// has, in one run. Each step runs even when an earlier one failed, so one run
// shows everything that is wrong. The closing line "N passed, N failed[, N skipped]" counts unit + e2e tests, read
// from the runners' JSON reports; the exit code is non-zero when any step failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ensureSystemPackages, realMachine } from './systemPackages.mjs'

const root = join(import.meta.dirname, '..')
const reports = join(root, 'test-results')
const unitReport = join(reports, 'unit.json')
const e2eReport = join(reports, 'e2e.json')

const steps = [
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  {
    name: 'unit',
    command: [
      'npx',
      'vitest',
      'run',
      '--passWithNoTests',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${unitReport}`,
    ],
    count: () => countUnit(unitReport),
  },
  { name: 'build', command: ['npx', 'electron-vite', 'build', '--logLevel', 'warn'] },
  // No spec yet is a count of 0, not a failure; a spec that fails to load is still a failure (see countE2e).
  { name: 'e2e', command: ['npx', 'playwright', 'test', '--pass-with-no-tests'], count: () => countE2e(e2eReport) },
]

/** Vitest's JSON report. A test file that fails to load has no tests but a failed status: count it as one failure. */
function countUnit(file) {
  const report = readJson(file)
  if (!report) return null
  const brokenFiles = (report.testResults ?? []).filter(
    (result) => result.status === 'failed' && (result.assertionResults ?? []).length === 0,
  ).length
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  }
}

/** Playwright's JSON report. Errors outside any test (a spec that does not compile) count as failures. */
function countE2e(file) {
  const report = readJson(file)
  if (!report) return null
  const stats = report.stats ?? {}
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors ?? []).length,
    skipped: stats.skipped ?? 0,
  }
}

function readJson(file) {
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

function runStep(step) {
  console.log(`\n━━━ ${step.name}: ${step.command.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(step.command[0], step.command.slice(1), { cwd: root, stdio: 'inherit' })
  const seconds = (Date.now() - started) / 1000
  const ok = result.status === 0
  let counts = step.count ? step.count() : null
  if (step.count && !ok && (counts === null || counts.failed === 0)) {
    // The runner failed without a failed test in its report (it crashed, or wrote no report): that is a failure too,
    // or the closing line would read "0 failed" under a red run.
    counts = { passed: counts?.passed ?? 0, failed: 1, skipped: counts?.skipped ?? 0 }
  }
  const why = result.error ? ` (${result.error.message})` : result.signal ? ` (killed by ${result.signal})` : ''
  console.log(`━━━ ${step.name}: ${ok ? 'ok' : `FAILED, exit ${result.status}${why}`} in ${seconds.toFixed(1)} s`)
  return { name: step.name, ok, seconds, counts }
}

// First what the tests need from the system (Chromium, poppler-utils, ...): installed where this user can, else one
// line saying what to run, before any test runs.
const machine = realMachine()
if (!ensureSystemPackages(machine, process.env, (line) => console.log(line))) process.exit(1)
// The tests launch CHROME_PATH, else /usr/bin/chromium: point them at the Chromium that was found.
if (!process.env.CHROME_PATH) process.env.CHROME_PATH = machine.findCommand('chromium') ?? '/usr/bin/chromium'

mkdirSync(reports, { recursive: true })
// A report left over from an earlier run must never be counted as this run's.
for (const file of [unitReport, e2eReport]) rmSync(file, { force: true })

const outcomes = steps.map(runStep)

console.log('\n━━━ summary')
for (const { name, ok, seconds, counts } of outcomes) {
  const tests = counts ? `  ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped` : ''
  console.log(`${ok ? 'ok    ' : 'FAILED'}  ${name.padEnd(9)} ${seconds.toFixed(1).padStart(6)} s${tests}`)
}
const total = { passed: 0, failed: 0, skipped: 0 }
for (const { counts } of outcomes) {
  if (!counts) continue
  total.passed += counts.passed
  total.failed += counts.failed
  total.skipped += counts.skipped
}
const failedSteps = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.name)
console.log(failedSteps.length ? `failed steps: ${failedSteps.join(', ')}` : 'all steps passed')
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`)
process.exit(failedSteps.length ? 1 : 0)
