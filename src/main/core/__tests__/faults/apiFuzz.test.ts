// Hostile and malformed payloads to every API method, through the real createApi: each call answers with
// the result envelope, a refusal is a typed error other than `internal`, nothing throws, and the open
// workshop is unchanged, in memory and on disk. (A first version lives in src/main/api/__tests__.)
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe as describeSuite, expect, it } from 'vitest'
import { API_METHOD_NAMES } from '@shared/api/methodNames'
import { ERROR_CODES } from '@shared/errors'
import { createApi } from '../../../api/createApi'
import type { Api } from '../../../api/types'
import { WorkshopStore } from '../../workshopStore'

let dir: string
let api: Api
let workshopId: string
let file: string
let cwdBefore: string
/** Stand-ins for what must never be overwritten, made inside the temp folder: the fuzzer must not touch the system. */
let precious: { device: string | null; fifo: string; folder: string; document: string }

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-fuzz-'))
  // Relative paths resolve against the working directory: keep them (and "../..") inside the temp folder.
  cwdBefore = process.cwd()
  fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true })
  process.chdir(path.join(dir, 'a/b/c'))
  precious = {
    device: null,
    fifo: path.join(dir, 'fifo'),
    folder: path.join(dir, 'folder.handlekraft'),
    document: path.join(dir, 'letter.txt'),
  }
  execFileSync('mkfifo', [precious.fifo])
  fs.mkdirSync(precious.folder)
  fs.writeFileSync(precious.document, 'Kære borgere')
  if (process.getuid?.() === 0) {
    precious.device = path.join(dir, 'null-device')
    execFileSync('mknod', ['-m', '666', precious.device, 'c', '1', '3']) // a second /dev/null
  }
  api = createApi({
    shell: 'browser',
    appDataDir: path.join(dir, 'app'),
    workshopsFolder: path.join(dir, 'workshops'),
    locale: 'da-DK',
  })
  const created = await api.call('workshop.create', {
    title: 'Fuzz',
    language: 'da',
    template: 'strengths-map',
    path: path.join(dir, 'fuzz.handlekraft'),
  })
  if (!created.ok) throw new Error(JSON.stringify(created.error))
  ;({ workshopId, path: file } = created.value as { workshopId: string; path: string })
  const applied = await api.call('workshop.apply', {
    workshopId,
    command: { name: 'addNotes', args: { notes: [{ id: 'n1', text: 'Hallen', x: 10, y: 20 }] } },
  })
  if (!applied.ok) throw new Error(JSON.stringify(applied.error))
})
afterAll(() => {
  api.closeAll()
  process.chdir(cwdBefore)
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Values chosen to break naive code: prototype keys, huge and odd strings, odd numbers, deep nesting. */
const nasty = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1e308,
    -1e308,
    2 ** 53 + 1,
    '',
    '\u0000',
    'a\u0000b',
    '../../x.handlekraft',
    '/',
    '.',
    'C:\\Windows\\system32',
    '\\\\server\\share\\x.handlekraft',
    '__proto__',
    'constructor',
    'x'.repeat(5000),
    '\ud800',
    '🌳'.repeat(300),
    true,
    [],
    {},
  ),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({
    maxDepth: 3,
    withObjectString: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
  }),
)

function pollutedObject() {
  return fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": true}, "workshopId": "x"}') as unknown,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
    { workshopId: 'x', toString: 'nope', valueOf: 1 },
  )
}

function describe(value: unknown): string {
  try {
    return String(JSON.stringify(value)).slice(0, 200)
  } catch {
    return Object.prototype.toString.call(value)
  }
}

/** A payload shaped like the method's input, with one field replaced by something nasty. */
function nearlyValid(method: string) {
  const base: Record<string, Record<string, unknown>> = {
    'workshop.create': { title: 'T', language: 'da' },
    'workshop.open': { path: 'x.handlekraft' },
    'workshop.openDemo': { language: 'da' },
    'workshop.saveCopy': { workshopId: 'W', path: 'copy.handlekraft' },
    'workshop.apply': {
      workshopId: 'W',
      command: { name: 'addNotes', args: { notes: [{ id: 'q', text: 't', x: 0, y: 0 }] } },
    },
    'dialog.chooseWorkshop': { purpose: 'open' },
  }
  const shape = base[method] ?? { workshopId: 'W' }
  return fc.tuple(fc.constantFrom(...Object.keys(shape), 'extra'), nasty).map(([key, value]) => {
    const payload: Record<string, unknown> = JSON.parse(
      JSON.stringify(shape).replaceAll('"W"', JSON.stringify(workshopId)),
    )
    // An extra key set to undefined is the same as no key at all: the payload would be valid, so use null.
    payload[key] = value === undefined && key === 'extra' ? null : value
    return payload
  })
}

/** Values each field must refuse (so every command below is refused, and the workshop must stay as it was). */
const notCoordinate = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e7,
  -1e300,
  '12',
  null,
  [],
  {},
  true,
)
const notText = fc.constantFrom<unknown>(null, 12, 'x'.repeat(10_001), [], {}, Number.NaN)
const notAnId = fc.constantFrom<unknown>('', 'x'.repeat(65), null, 3, [], {}, 'missing-id')

/** Commands with the right name but hostile arguments, aimed at the open workshop. */
const hostileCommand = fc
  .tuple(
    fc.constantFrom(
      'addNotes',
      'updateNotes',
      'deleteItems',
      'moveItems',
      'createTheme',
      'addConnector',
      'recordVotes',
      'updateProject',
      'addItems',
    ),
    fc.oneof(
      nasty,
      notText.map((value) => ({ notes: [{ id: 'n-new', text: value, x: 0, y: 0 }] })),
      notCoordinate.map((value) => ({ notes: [{ id: 'n1', x: value }] })),
      notCoordinate.map((value) => ({ items: [{ id: 'n1', x: value, y: 0 }] })),
      notAnId.map((value) => ({ ids: [value] })),
      notAnId.map((value) => ({ id: value, fromId: 'n1', toId: 'n1' })),
    ),
  )
  .map(([name, args]) => ({ name, args }))

describeSuite('fuzzing the API', () => {
  it('answers every hostile payload to every method with a typed error and changes nothing', async () => {
    const before = (await api.call('workshop.snapshot', { workshopId })) as { ok: true; value: unknown }
    let fuzzed = 0
    const accepted: string[] = []
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...API_METHOD_NAMES, 'workshop.delete', '__proto__', 'constructor', 'toString', ''),
        fc.oneof(
          nasty,
          pollutedObject(),
          fc.constantFrom(...API_METHOD_NAMES).chain(nearlyValid),
          hostileCommand.map((command) => ({ workshopId, command })),
        ),
        async (method, input) => {
          const result = await api.call(method, input)
          fuzzed++
          expect(typeof result.ok).toBe('boolean')
          if (result.ok) {
            accepted.push(`${method} ${describe(input)}`)
            return
          }
          expect(ERROR_CODES).toContain(result.error.code)
          expect(result.error.code, `${method} ${describe(input)}`).not.toBe('internal')
        },
      ),
      { numRuns: 1500 },
    )
    expect(fuzzed).toBe(1500)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // Only methods that leave this workshop alone may have said yes.
    const acceptedMethods = accepted.map((entry) => entry.split(' ')[0]!)
    expect(
      accepted.filter(
        (_entry, index) =>
          ![
            'app.info',
            'workshop.recent',
            'workshop.snapshot',
            'workshop.openDemo',
            'workshop.create',
            'workshop.open',
            'workshop.close',
            'workshop.saveCopy',
            // Exports and imports write other files (inside the temp folder), never this workshop.
            'workshop.exportJson',
            'workshop.exportCsv',
            'workshop.exportPdf',
            'workshop.exportPng',
            'workshop.importJson',
            'presentation.openProjector',
            'presentation.projectorAddress',
          ].includes(acceptedMethods[index]!),
      ),
    ).toEqual([])
    const after = await api.call('workshop.snapshot', { workshopId })
    // Unless the fuzzer happened to close our workshop (allowed), it is exactly as it was.
    if (after.ok || after.error.code !== 'not-open') expect(after).toEqual(before)
    api.closeAll()
    // And on disk: the file reopened holds the same workshop.
    const reopened = WorkshopStore.open(file)
    expect(reopened.doc).toEqual((before.value as { doc: unknown }).doc)
    expect(reopened.integrityProblems()).toEqual([])
    reopened.close()
  })
})

describeSuite('hostile paths', () => {
  const paths = () => [
    'a\u0000b.handlekraft',
    '\ud800.handlekraft',
    `${'x'.repeat(300)}.handlekraft`,
    '/nonexistent-folder/x.handlekraft',
    precious.fifo,
    precious.folder,
    precious.document,
    ...(precious.device ? [precious.device] : []),
  ]

  it('open, create and saveCopy refuse each with a typed error, replace nothing and leave nothing behind', async () => {
    const device = precious.device
    const listing = () => fs.readdirSync(dir).sort()
    const before = listing()
    for (const hostile of paths()) {
      for (const [method, input] of [
        ['workshop.open', { path: hostile }],
        ['workshop.create', { title: 'X', language: 'en', path: hostile }],
        ['workshop.saveCopy', { workshopId, path: hostile }],
      ] as const) {
        const result = await api.call(method, input)
        expect(result.ok, `${method} ${JSON.stringify(hostile).slice(0, 80)}`).toBe(false)
        if (!result.ok)
          expect(result.error.code, `${method} ${JSON.stringify(hostile).slice(0, 80)}`).not.toBe('internal')
      }
    }
    expect(fs.statSync(precious.fifo).isFIFO()).toBe(true)
    expect(fs.statSync(precious.folder).isDirectory()).toBe(true)
    expect(fs.readFileSync(precious.document, 'utf8')).toBe('Kære borgere')
    if (device) expect(fs.statSync(device).isCharacterDevice()).toBe(true)
    expect(listing()).toEqual(before)
  })
})
