// What the tests need from the system (not from npm), checked before any test runs — the one list, used by
// `npm test` (scripts/test-all.mjs) and by CI (.ci/run). Where it can install what is missing (root or sudo without a
// password, and apt-get) it does so and says so in one line; where it cannot, it stops with one line naming the
// command to run, so a fresh machine never shows dozens of identical "browser failed to launch" errors.
// Plain JavaScript with no dependencies: CI runs it before `npm ci`.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Each Debian package, found by a command it installs. */
export const SYSTEM_PACKAGES = [
  { command: 'chromium', package: 'chromium', why: 'the end-to-end tests and the PDF report' },
  { command: 'pdftotext', package: 'poppler-utils', why: 'reading the printed PDFs back' },
  { command: 'qpdf', package: 'qpdf', why: 'checking the printed PDFs' },
  { command: 'sqlite3', package: 'sqlite3', why: 'checking workshop files as a user would' },
  { command: 'Xvfb', package: 'xvfb', why: 'a screen for Electron where there is none' },
]

/**
 * The packages whose command is missing. Chromium counts as present when CHROME_PATH names a runnable file, as the
 * tests launch CHROME_PATH when it is set.
 * @param {(command: string) => string | null} findCommand the command's runnable path, or null
 * @param {Record<string, string | undefined>} env
 */
export function missingPackages(findCommand, env) {
  return SYSTEM_PACKAGES.filter(({ command }) => {
    if (command === 'chromium' && env.CHROME_PATH) return findCommand(env.CHROME_PATH) === null
    return findCommand(command) === null
  })
}

/**
 * What to do about the missing packages.
 * @param {{ missing: string[], userId: number, hasAptGet: boolean, sudoWithoutPassword: boolean }} machine
 * @returns {{ action: 'none' } | { action: 'install', commands: string[][] } | { action: 'stop', message: string }}
 */
export function decide({ missing, userId, hasAptGet, sudoWithoutPassword }) {
  if (missing.length === 0) return { action: 'none' }
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing]
  if (!hasAptGet) {
    return {
      action: 'stop',
      message:
        `The tests need ${missing.join(', ')} (Debian package names) and there is no apt-get here to install ` +
        `them: install them with this system's package manager, then run npm test again.`,
    }
  }
  if (userId === 0) return { action: 'install', commands: [['apt-get', 'update'], install] }
  if (sudoWithoutPassword) {
    return { action: 'install', commands: [['sudo', '-n', 'apt-get', 'update'], ['sudo', '-n', ...install]] }
  }
  return {
    action: 'stop',
    message: `The tests need ${missing.join(', ')}; run this, then npm test again: sudo apt-get update && sudo ${install.join(' ')}`,
  }
}

/** A runnable file at this path, or on PATH under this name. */
function findCommandOnMachine(command, env = process.env) {
  const runnable = (path) => {
    try {
      if (!statSync(path).isFile()) return false
      accessSync(path, constants.X_OK)
      return true
    } catch {
      return false
    }
  }
  if (command.includes('/')) return runnable(command) ? command : null
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, command)
    if (runnable(candidate)) return candidate
  }
  return null
}

/** The real machine, asked the way a person would: `id -u`, PATH, `sudo -n true`. */
export function realMachine() {
  const id = spawnSync('id', ['-u'], { encoding: 'utf8' })
  return {
    findCommand: (command) => findCommandOnMachine(command),
    userId: id.status === 0 ? Number(id.stdout.trim()) : -1,
    hasAptGet: () => findCommandOnMachine('apt-get') !== null,
    sudoWithoutPassword: () =>
      findCommandOnMachine('sudo') !== null && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    run: (command) => spawnSync(command[0], command.slice(1), { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }),
  }
}

/**
 * Checks, installs if it can, and reports in one line. Returns true when everything the tests need is present.
 * @param {{ findCommand: (c: string) => string | null, userId: number, hasAptGet: () => boolean,
 *   sudoWithoutPassword: () => boolean, run: (command: string[]) => { status: number | null, stdout?: string, stderr?: string } }} machine
 * @param {Record<string, string | undefined>} env
 * @param {(line: string) => void} say
 */
export function ensureSystemPackages(machine, env, say) {
  const missing = missingPackages(machine.findCommand, env).map((entry) => entry.package)
  const decision = decide({
    missing,
    userId: machine.userId,
    hasAptGet: missing.length > 0 && machine.hasAptGet(),
    // Asked only when it matters: `sudo -n` is not free, and there is no sudo question as root.
    sudoWithoutPassword: missing.length > 0 && machine.userId !== 0 && machine.sudoWithoutPassword(),
  })
  if (decision.action === 'none') {
    say(`System packages for the tests: all present (${SYSTEM_PACKAGES.map((entry) => entry.package).join(', ')}).`)
    return true
  }
  if (decision.action === 'stop') {
    say(decision.message)
    return false
  }
  say(`Installing what the tests need: ${decision.commands.map((command) => command.join(' ')).join(' && ')}`)
  for (const command of decision.commands) {
    const result = machine.run(command)
    if (result.status !== 0) {
      // apt's own output explains the failure; it is shown only then.
      say(`${command.join(' ')} failed (exit ${result.status}):\n${result.stdout ?? ''}${result.stderr ?? ''}`.trimEnd())
      return false
    }
  }
  const still = missingPackages(machine.findCommand, env).map((entry) => entry.package)
  if (still.length > 0) {
    say(`Still missing after installing: ${still.join(', ')}.`)
    return false
  }
  return true
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(ensureSystemPackages(realMachine(), process.env, (line) => console.log(line)) ? 0 : 1)
}
