// Hostile and malformed payloads to every API method, through the real createApi: each call answers with
// the result envelope, a refusal is a typed error other than `internal`, nothing throws, and the open
// workshop is unchanged, in memory and on disk. (A first version lives in src/main/api/__tests__.)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe as describeSuite, expect, it } from 'vitest'
import { API_METHOD_NAMES } from '@shared/api/methodNames'
import { ERROR_CODES } from '@shared/errors'
import { createApi } from '../../../api/createApi'
import type { Api } from '../../../api/types'
import { fingerprint } from '../helpers'

let dir: string
let api: Api
let workshopId: string
let file: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-fuzz-'))
  api = createApi({ shell: 'browser', appDataDir: path.join(dir, 'app'), workshopsFolder: path.join(dir, 'workshops'), locale: 'da-DK' })
  const created = await api.call('workshop.create', { title: 'Fuzz', language: 'da', template: 'strengths-map', path: path.join(dir, 'fuzz.handlekraft') })
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
    '../../../../etc/passwd',
    '/dev/zero',
    '/proc/self/mem',
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
  fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
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
    'workshop.open': { path: '/tmp/x.handlekraft' },
    'workshop.openDemo': { language: 'da' },
    'workshop.saveCopy': { workshopId: 'W', path: '/tmp/copy.handlekraft' },
    'workshop.apply': { workshopId: 'W', command: { name: 'addNotes', args: { notes: [{ id: 'q', text: 't', x: 0, y: 0 }] } } },
    'dialog.chooseWorkshop': { purpose: 'open' },
  }
  const shape = base[method] ?? { workshopId: 'W' }
  return fc.tuple(fc.constantFrom(...Object.keys(shape), 'extra'), nasty).map(([key, value]) => {
    const payload: Record<string, unknown> = JSON.parse(JSON.stringify(shape).replaceAll('"W"', JSON.stringify(workshopId)))
    payload[key] = value
    return payload
  })
}

/** Commands with the right name but hostile arguments, aimed at the open workshop. */
const hostileCommand = fc
  .tuple(
    fc.constantFrom('addNotes', 'updateNotes', 'deleteNotes', 'moveItems', 'createTheme', 'addConnector', 'recordVotes', 'updateProject', 'addItems'),
    fc.oneof(
      nasty,
      nasty.map((value) => ({ notes: [{ id: 'n-new', text: value, x: 0, y: 0 }] })),
      nasty.map((value) => ({ notes: [{ id: 'n1', x: value }] })),
      nasty.map((value) => ({ items: [{ id: 'n1', x: value, y: 0 }] })),
      nasty.map((value) => ({ ids: [value] })),
      nasty.map((value) => ({ id: value, fromId: 'n1', toId: 'n1' })),
    ),
  )
  .map(([name, args]) => ({ name, args }))

describeSuite('fuzzing the API', () => {
  it('answers every hostile payload to every method with a typed error and changes nothing', async () => {
    const before = (await api.call('workshop.snapshot', { workshopId })) as { ok: true; value: unknown }
    const bytesBefore = fingerprint(file)
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
            accepted.push(method)
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
    // Only read-only methods (and none that write to this workshop) may have said yes.
    expect(accepted.filter((method) => !['app.info', 'workshop.recent', 'workshop.snapshot', 'workshop.openDemo', 'workshop.create', 'workshop.open', 'workshop.close', 'workshop.saveCopy'].includes(method))).toEqual([])
    const after = await api.call('workshop.snapshot', { workshopId })
    if (accepted.includes('workshop.close')) return // the fuzzer closed our workshop: the bytes check below still holds
    expect(after).toEqual(before)
    api.closeAll()
    expect(fingerprint(file).split(':')[0]).toBe(bytesBefore.split(':')[0])
  })
})
