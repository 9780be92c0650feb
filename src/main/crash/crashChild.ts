// The process the crash harness kills. It opens a workshop through the real API (createApi, as both
// shells do) and plays a seeded random session of commands, undo and redo, reporting each call on stdout
// (see protocol.ts) only once the call has returned ok, until it is killed with SIGKILL.
// Run: node --import tsx src/main/crash/crashChild.ts <workshop> <seed> <round> <appDataDir>
import type { ApiEvent, WorkshopSnapshot } from '@shared/api/contract'
import type { Patch } from '@shared/model/patch'
import { RECORD_KINDS, type AnyRecord } from '@shared/model/records'
import { idMaker, randomStep, seededRng } from '@shared/commands/randomCommands'
import { createApi } from '../api/createApi'
import { docHash, hashOf } from './docHash'
import { formatLine, type ChildLine, type Touched } from './protocol'

const EXPECTED_REFUSALS = new Set(['invalid-input', 'command-rejected', 'nothing-to-undo'])

function say(line: ChildLine): void {
  // stdout on a pipe is synchronous on Linux: once write returns, the line is the parent's even if we die.
  process.stdout.write(formatLine(line))
}

function touchedBy(patch: Patch, snapshot: WorkshopSnapshot): Touched[] {
  const touched: Touched[] = []
  for (const kind of RECORD_KINDS) {
    const diff = patch[kind] as
      { added: AnyRecord[]; updated: [AnyRecord, AnyRecord][]; removed: AnyRecord[] } | undefined
    if (!diff) continue
    const ids = new Set([...diff.added, ...diff.removed, ...diff.updated.map(([, after]) => after)].map((r) => r.id))
    for (const id of ids) {
      const now = (snapshot.doc[kind] as Record<string, AnyRecord>)[id]
      touched.push([kind, id, now ? hashOf(now) : null])
    }
  }
  return touched
}

async function main(): Promise<void> {
  const [file, seedText, roundText, appDataDir] = process.argv.slice(2)
  if (!file || !seedText || !roundText || !appDataDir)
    throw new Error('usage: crashChild <file> <seed> <round> <appDataDir>')
  const seed = Number(seedText)
  const round = Number(roundText)
  const api = createApi({ shell: 'browser', appDataDir, workshopsFolder: appDataDir, locale: 'en' })
  let lastPatch: Patch | null = null
  api.onEvent((event: ApiEvent) => {
    if (event.type === 'patch') lastPatch = event.patch
  })

  const opened = await api.call('workshop.open', { path: file })
  if (!opened.ok) throw new Error(`open failed: ${JSON.stringify(opened.error)}`)
  const { workshopId } = opened.value as WorkshopSnapshot
  const snapshot = async () => {
    const result = await api.call('workshop.snapshot', { workshopId })
    if (!result.ok) throw new Error(`snapshot failed: ${JSON.stringify(result.error)}`)
    return result.value as WorkshopSnapshot
  }
  let current = await snapshot()
  say({ type: 'open', hash: docHash(current.doc) })
  if (process.env.HANDLEKRAFT_CRASH_FAKE_ACK === '1') {
    // The harness's self-test: acknowledge a note that was never written; the parent must call it lost.
    say({
      type: 'ack',
      op: 'apply',
      name: 'addNotes',
      revision: 1,
      hash: 'fake',
      touched: [['note', 'never-written', 'fake']],
    })
  }

  // Every round draws from its own stream and its own id space, so ids never repeat in the file.
  const rng = seededRng((seed ^ Math.imul(round + 1, 0x9e3779b1)) >>> 0)
  const newId = idMaker(`r${round}-`)
  for (;;) {
    const step = randomStep(rng, current.doc, newId)
    const name = step.kind === 'apply' ? step.command.name : undefined
    say({ type: 'call', op: step.kind, name })
    lastPatch = null
    const result =
      step.kind === 'apply'
        ? await api.call('workshop.apply', { workshopId, command: step.command })
        : await api.call(`workshop.${step.kind}`, { workshopId })
    if (!result.ok) {
      const { code, detail } = result.error
      if (!EXPECTED_REFUSALS.has(code)) {
        say({ type: 'failed', op: step.kind, code, detail })
        process.exit(2)
      }
      say({ type: 'refused', op: step.kind, code })
      continue
    }
    current = await snapshot()
    const revision = (result.value as { revision: number }).revision
    say({
      type: 'ack',
      op: step.kind,
      name,
      revision,
      hash: docHash(current.doc),
      touched: lastPatch ? touchedBy(lastPatch, current) : [],
    })
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash child failed: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(3)
})
