// The crash harness: starts crashChild.ts against one workshop file, kills it with SIGKILL at a random
// moment, reopens the file with WorkshopStore.open and checks that it is healthy and that it holds exactly
// the state of the last acknowledged call (or, when a call was in flight, the state just after it: undoing
// that one call on a copy must then give the acknowledged state). Repeats on the same file.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { seededRng } from '@shared/commands/randomCommands'
import type { RecordKind } from '@shared/model/records'
import { WorkshopStore } from '../core/workshopStore'
import { docHash, hashOf } from './docHash'
import { parseLine, type ChildLine, type StepOp } from './protocol'

export interface CampaignOptions {
  kills: number
  seed: number
  /** Longest wait after the child has the file open before the kill, in ms. */
  maxDelayMs?: number
  log?: (line: string) => void
  /** Keep the workshop file of a failed run for inspection (default); the self-test, which fails on purpose, does not. */
  keepFailedFiles?: boolean
  /** Extra environment for the child (the self-test uses it to make the child lie). */
  childEnv?: Record<string, string>
}

export interface CampaignResult {
  seed: number
  kills: number
  /** Acknowledged calls whose result was found on disk after the kill. */
  commandsChecked: number
  /** Records touched by acknowledged calls, each compared with the file after its kill. */
  recordsChecked: number
  /** Kills that came while a call was running, split by whether that call made it to disk. */
  inFlightCommitted: number
  inFlightAbsent: number
  lost: number
  problems: string[]
}

const REPO_ROOT = path.resolve(__dirname, '../../..')
const CHILD = path.join(__dirname, 'crashChild.ts')

interface ChildRun {
  lines: ChildLine[]
  stderr: string
  signal: NodeJS.Signals | null
  code: number | null
}

/** Runs one child; kills it `delayMs` after it reports the file open. */
function runChild(
  file: string,
  seed: number,
  round: number,
  appDataDir: string,
  delayMs: number,
  env: Record<string, string>,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(seed), String(round), appDataDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const lines: ChildLine[] = []
    let buffered = ''
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      buffered += text
      const parts = buffered.split('\n')
      buffered = parts.pop()!
      for (const part of parts) {
        const line = parseLine(part)
        if (!line) continue
        lines.push(line)
        if (line.type === 'open') setTimeout(() => child.kill('SIGKILL'), delayMs)
      }
    })
    child.once('error', reject)
    // 'close' comes after stdout has been read to the end, so no acknowledged line is missed.
    child.once('close', (code, signal) => resolve({ lines, stderr, signal, code }))
  })
}

function snapshotOf(file: string): { hash: string; doc: WorkshopStore['doc']; problems: string[] } {
  const store = WorkshopStore.open(file)
  try {
    return { hash: docHash(store.doc), doc: store.doc, problems: store.integrityProblems() }
  } finally {
    store.close()
  }
}

/** The state before the in-flight call, reached on a scratch copy by reversing that one call. */
function docWithout(file: string, op: StepOp, scratchDir: string): WorkshopStore['doc'] | null {
  const copy = path.join(scratchDir, `reversed-${Date.now()}-${Math.random().toString(36).slice(2)}.handlekraft`)
  fs.copyFileSync(file, copy) // the file was just closed cleanly: everything is in the main file
  const store = WorkshopStore.open(copy)
  try {
    if (op === 'undo') store.redo()
    else store.undo()
    return store.doc
  } catch {
    return null
  } finally {
    store.close()
    fs.rmSync(copy, { force: true })
  }
}

export async function runCrashCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const { kills, seed, maxDelayMs = 500, log = () => undefined, childEnv = {}, keepFailedFiles = true } = options
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-crash-'))
  const file = path.join(dir, 'crash.handlekraft')
  const appDataDir = path.join(dir, 'app')
  fs.mkdirSync(appDataDir)
  WorkshopStore.create(file, { title: 'Crash test', language: 'da', template: 'strengths-map' }).close()

  const delays = seededRng(seed)
  const result: CampaignResult = {
    seed,
    kills: 0,
    commandsChecked: 0,
    recordsChecked: 0,
    inFlightCommitted: 0,
    inFlightAbsent: 0,
    lost: 0,
    problems: [],
  }
  /** What every acknowledged call said about the records it touched, folded over all rounds. */
  const expected = new Map<string, { kind: RecordKind; id: string; hash: string | null }>()
  let stateOnDisk = snapshotOf(file).hash

  for (let round = 0; round < kills; round++) {
    const delayMs = Math.floor(delays() * maxDelayMs)
    const run = await runChild(file, seed, round, appDataDir, delayMs, childEnv)
    const problem = (text: string) => {
      result.problems.push(`round ${round} (delay ${delayMs} ms): ${text}`)
      log(`  ✗ ${text}`)
    }
    if (run.signal !== 'SIGKILL') {
      problem(
        `child ended by itself (code ${run.code}): ${run.lines.at(-1) ? JSON.stringify(run.lines.at(-1)) : ''} ${run.stderr}`,
      )
      break
    }
    result.kills++
    const opened = run.lines.find((line) => line.type === 'open')
    if (opened && opened.hash !== stateOnDisk) problem('the child opened a different state than the file held')

    const acks = run.lines.filter((line) => line.type === 'ack')
    const lastAck = acks.at(-1)
    const lastLine = run.lines.at(-1)
    const inFlight = lastLine?.type === 'call' ? lastLine : null
    const acknowledgedHash = lastAck?.hash ?? opened?.hash ?? stateOnDisk
    for (const ack of acks)
      for (const [kind, id, hash] of ack.touched) expected.set(`${kind}/${id}`, { kind, id, hash })

    let disk: ReturnType<typeof snapshotOf>
    try {
      disk = snapshotOf(file)
    } catch (error) {
      problem(`the file does not open after the kill: ${String(error)}`)
      result.lost += acks.length
      break
    }
    if (disk.problems.length > 0) problem(`integrity: ${disk.problems.join('; ')}`)

    // The acknowledged state: the file itself, or, when the in-flight call reached the disk, the file with
    // that one call reversed on a copy.
    const committedInFlight = disk.hash !== acknowledgedHash && inFlight !== null
    const acknowledgedDoc = committedInFlight ? docWithout(file, inFlight.op, dir) : disk.doc
    const verified = acknowledgedDoc !== null && docHash(acknowledgedDoc) === acknowledgedHash
    if (verified && inFlight) {
      if (committedInFlight) result.inFlightCommitted++
      else result.inFlightAbsent++
    }
    // Record by record: every record an acknowledged call touched must be as that call left it.
    let missing = 0
    for (const { kind, id, hash } of expected.values()) {
      const record = acknowledgedDoc ? (acknowledgedDoc[kind] as Record<string, unknown>)[id] : undefined
      const found = record === undefined ? null : hashOf(record)
      if (found === hash) result.recordsChecked++
      else missing++
    }
    const ok = verified && missing === 0
    if (!ok) {
      result.lost += Math.max(1, missing)
      problem(
        `the file does not hold the last acknowledged state (${missing} records differ, in flight: ${inFlight?.op ?? 'none'})`,
      )
      break
    } else {
      result.commandsChecked += acks.length
    }
    // The next round starts from the file as it is; records the in-flight call changed are now what is expected.
    if (committedInFlight) {
      for (const [key, { kind, id }] of expected) {
        const record = (disk.doc[kind] as Record<string, unknown>)[id]
        expected.set(key, { kind, id, hash: record === undefined ? null : hashOf(record) })
      }
    }
    stateOnDisk = disk.hash
    log(
      `kill ${round + 1}/${kills} after ${delayMs} ms: ${acks.length} acknowledged, in flight: ${inFlight ? `${inFlight.op}${inFlight.name ? ` ${inFlight.name}` : ''}` : 'none'}` +
        `${committedInFlight ? ' (on disk)' : ''} — ${ok ? 'ok' : 'LOST'}`,
    )
  }
  if (result.problems.length === 0 || !keepFailedFiles) fs.rmSync(dir, { recursive: true, force: true })
  else log(`kept ${dir} for inspection`)
  return result
}

export function summary(result: CampaignResult): string {
  return `seed ${result.seed}: kills ${result.kills}, commands checked ${result.commandsChecked}, records checked ${result.recordsChecked}, in flight on disk ${result.inFlightCommitted} / not ${result.inFlightAbsent}, lost ${result.lost}`
}
