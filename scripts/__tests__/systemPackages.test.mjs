// The decision of `npm test`'s first step, on made-up machines: who we are (`id -u`), which commands exist, whether
// sudo asks for a password. Nothing is installed or removed on the machine running the tests.
import { describe, expect, it } from 'vitest'
import { decide, ensureSystemPackages, missingPackages, SYSTEM_PACKAGES } from '../systemPackages.mjs'

const ALL = SYSTEM_PACKAGES.map((entry) => entry.command)

/** A machine with these commands on it; `run` "installs" by adding the packages' commands, unless told to fail. */
function fakeMachine({ commands = ALL, userId = 1000, aptGet = true, sudo = false, installFails = false, installWorks = true } = {}) {
  const present = new Set(commands)
  const ran = []
  return {
    ran,
    findCommand: (command) => (present.has(command) ? `/usr/bin/${command}` : null),
    userId,
    hasAptGet: () => aptGet,
    sudoWithoutPassword: () => sudo,
    run(command) {
      ran.push(command.join(' '))
      if (installFails) return { status: 100, stdout: '', stderr: 'E: Unable to locate package chromium' }
      if (installWorks && command.includes('install')) {
        for (const entry of SYSTEM_PACKAGES) if (command.includes(entry.package)) present.add(entry.command)
      }
      return { status: 0 }
    },
  }
}

function ensure(machine, env = {}) {
  const lines = []
  const ok = ensureSystemPackages(machine, env, (line) => lines.push(line))
  return { ok, lines }
}

describe('missingPackages', () => {
  it('names the Debian package of each missing command', () => {
    const find = (command) => (command === 'qpdf' || command === 'sqlite3' ? `/usr/bin/${command}` : null)
    expect(missingPackages(find, {}).map((entry) => entry.package)).toEqual(['chromium', 'poppler-utils', 'xvfb'])
  })

  it('takes CHROME_PATH for Chromium when it is set, as the tests launch it', () => {
    const find = (command) => (command === '/opt/chrome/chrome' ? command : ALL.includes(command) ? `/usr/bin/${command}` : null)
    expect(missingPackages(find, { CHROME_PATH: '/opt/chrome/chrome' })).toEqual([])
    expect(missingPackages(find, { CHROME_PATH: '/nowhere/chrome' }).map((entry) => entry.package)).toEqual(['chromium'])
  })
})

describe('decide', () => {
  it('does nothing when nothing is missing', () => {
    expect(decide({ missing: [], userId: 1000, hasAptGet: false, sudoWithoutPassword: false })).toEqual({ action: 'none' })
  })

  it('installs with apt-get as root', () => {
    expect(decide({ missing: ['chromium', 'qpdf'], userId: 0, hasAptGet: true, sudoWithoutPassword: false })).toEqual({
      action: 'install',
      commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'qpdf']],
    })
  })

  it('installs through sudo -n when sudo needs no password', () => {
    const decision = decide({ missing: ['qpdf'], userId: 1000, hasAptGet: true, sudoWithoutPassword: true })
    expect(decision).toEqual({
      action: 'install',
      commands: [
        ['sudo', '-n', 'apt-get', 'update'],
        ['sudo', '-n', 'apt-get', 'install', '-y', '--no-install-recommends', 'qpdf'],
      ],
    })
  })

  it('stops with the exact command when sudo would ask for a password', () => {
    const decision = decide({ missing: ['chromium', 'xvfb'], userId: 1000, hasAptGet: true, sudoWithoutPassword: false })
    expect(decision.action).toBe('stop')
    expect(decision.message).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium xvfb')
  })

  it('stops and names the packages where there is no apt-get, even as root', () => {
    const decision = decide({ missing: ['poppler-utils'], userId: 0, hasAptGet: false, sudoWithoutPassword: false })
    expect(decision.action).toBe('stop')
    expect(decision.message).toContain('poppler-utils')
    expect(decision.message).toContain('no apt-get')
  })
})

describe('ensureSystemPackages', () => {
  it('says in one line that all is present and runs nothing', () => {
    const machine = fakeMachine()
    expect(ensure(machine)).toEqual({ ok: true, lines: [expect.stringContaining('all present')] })
    expect(machine.ran).toEqual([])
  })

  it('as root installs what is missing, saying so in one line', () => {
    const machine = fakeMachine({ commands: ['qpdf', 'sqlite3', 'Xvfb'], userId: 0 })
    const { ok, lines } = ensure(machine)
    expect(ok).toBe(true)
    expect(lines).toEqual([
      'Installing what the tests need: apt-get update && apt-get install -y --no-install-recommends chromium poppler-utils',
    ])
    expect(machine.ran).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends chromium poppler-utils'])
  })

  it('without root or password-free sudo stops in one line and installs nothing', () => {
    const machine = fakeMachine({ commands: ['pdftotext', 'qpdf', 'sqlite3', 'Xvfb'], userId: 1000, sudo: false })
    const { ok, lines } = ensure(machine)
    expect(ok).toBe(false)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('sudo apt-get install -y --no-install-recommends chromium')
    expect(lines[0]).not.toContain('\n')
    expect(machine.ran).toEqual([])
  })

  it('with password-free sudo installs through sudo', () => {
    const machine = fakeMachine({ commands: ['chromium', 'pdftotext', 'sqlite3', 'Xvfb'], userId: 1000, sudo: true })
    expect(ensure(machine).ok).toBe(true)
    expect(machine.ran).toEqual(['sudo -n apt-get update', 'sudo -n apt-get install -y --no-install-recommends qpdf'])
  })

  it('fails, with apt-get\'s own words, when the install fails', () => {
    const machine = fakeMachine({ commands: [], userId: 0, installFails: true })
    const { ok, lines } = ensure(machine)
    expect(ok).toBe(false)
    expect(lines.at(-1)).toContain('Unable to locate package')
    expect(machine.ran).toEqual(['apt-get update'])
  })

  it('fails when the install "succeeds" but the command is still not there', () => {
    const machine = fakeMachine({ commands: ALL.filter((c) => c !== 'Xvfb'), userId: 0, installWorks: false })
    const { ok, lines } = ensure(machine)
    expect(ok).toBe(false)
    expect(lines.at(-1)).toBe('Still missing after installing: xvfb.')
  })
})
