// Only regular files are read: a FIFO, a socket or a device where a workshop, its lock, its -wal or an
// import file is expected is refused by type, with a message naming it, and never opened for reading (a
// FIFO's read waits for a writer forever: `check` on one used to hang). The CLI runs in a child process
// so a regression shows as a failed run instead of hanging the test runner.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { WorkshopStore } from '../../core/workshopStore'
import { cli, tempDir } from './helpers'

const REPO_ROOT = path.resolve(__dirname, '../../../..')
const RUN_EACH = path.join(__dirname, 'fixtures/runEach.ts')
const noFifos = process.platform === 'win32' ? 'Windows has no FIFOs (mkfifo)' : null
if (noFifos) console.warn(`odd-file tests skipped: ${noFifos}`)

interface Run {
  line: string[]
  code: number
  err: string
}

/** Runs each command line in one child process; a hang is cut off (the safety net, not a measurement). */
function runEach(lines: string[][]): Run[] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', RUN_EACH, JSON.stringify(lines)], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 150_000,
    killSignal: 'SIGKILL',
  })
  const runs = child.stdout
    .split('\n')
    .filter(Boolean)
    .map((text) => JSON.parse(text) as Run)
  const finished = runs.map((run) => run.line.join(' '))
  expect(finished, `a run did not finish (hung or crashed): ${child.stderr}`).toEqual(lines.map((l) => l.join(' ')))
  return runs
}

function healthyWorkshop(dir: string, name: string): string {
  const store = WorkshopStore.create(path.join(dir, name), { title: 'Landsbyen', language: 'da' })
  store.close()
  return store.path
}

const servers: net.Server[] = []
afterAll(() => {
  for (const server of servers) server.close()
})

function socketAt(file: string): Promise<void> {
  const server = net.createServer()
  servers.push(server)
  return new Promise((resolve) => server.listen(file, resolve))
}

describe('odd files are refused by type, never read', () => {
  it.skipIf(noFifos !== null)('check and import on a FIFO, a socket, a device, and a FIFO as lock or -wal', async () => {
    const dir = tempDir()
    const fifo = path.join(dir, 'pipe.handlekraft')
    execFileSync('mkfifo', [fifo])
    const socket = path.join(dir, 'socket.handlekraft')
    await socketAt(socket)
    const device = path.join(dir, 'device.handlekraft')
    fs.symlinkSync('/dev/zero', device)
    const lockedByFifo = healthyWorkshop(dir, 'lockfifo.handlekraft')
    execFileSync('mkfifo', [`${lockedByFifo}.lock`])
    const walFifo = healthyWorkshop(dir, 'walfifo.handlekraft')
    execFileSync('mkfifo', [`${walFifo}-wal`])
    const jsonFifo = path.join(dir, 'pipe.json')
    execFileSync('mkfifo', [jsonFifo])

    const runs = runEach([
      ['check', fifo],
      ['info', fifo],
      ['check', socket],
      ['check', device],
      ['check', lockedByFifo],
      ['check', walFifo],
      ['import', jsonFifo, path.join(dir, 'imported.handlekraft')],
    ])
    const named = ['pipe.handlekraft', 'pipe.handlekraft', 'socket.handlekraft', 'device.handlekraft']
    named.push('lockfifo.handlekraft.lock', 'walfifo.handlekraft-wal', 'pipe.json')
    runs.forEach((run, i) => {
      expect(run.code, run.err).toBe(1)
      expect(run.err).toContain('This is not an ordinary file (it is a pipe, a device or a socket)')
      expect(run.err).toContain(`File: ${named[i]}`)
    })
    expect(fs.existsSync(path.join(dir, 'imported.handlekraft'))).toBe(false)
  }, 200_000)

  it.skipIf(noFifos !== null)('opening a FIFO named like a workshop is refused as not-a-file, nothing made beside it', () => {
    const dir = tempDir()
    const fifo = path.join(dir, 'pipe.handlekraft')
    execFileSync('mkfifo', [fifo])
    expect(() => WorkshopStore.open(fifo)).toThrow(
      expect.objectContaining({ code: 'not-a-file', params: expect.objectContaining({ file: 'pipe.handlekraft' }) }),
    )
    expect(fs.readdirSync(dir)).toEqual(['pipe.handlekraft'])
  })

  it('a folder is still a folder', () => {
    const dir = tempDir()
    fs.mkdirSync(path.join(dir, 'folder.handlekraft'))
    const run = cli(['check', path.join(dir, 'folder.handlekraft')])
    expect(run.code).toBe(1)
    expect(run.err).toContain('That is a folder')
  })
})
