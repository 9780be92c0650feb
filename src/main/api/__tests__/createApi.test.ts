// The API wrapper: every call answers with a result or a typed error; bad input never reaches a handler
// and never changes a file.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { API_METHOD_NAMES } from '@shared/api/methodNames'
import type { ApiEvent } from '@shared/api/contract'
import { createApi } from '../createApi'
import type { Api } from '../types'

let dir: string
let api: Api

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-api-'))
  api = createApi({
    shell: 'browser',
    appDataDir: path.join(dir, 'app'),
    workshopsFolder: path.join(dir, 'workshops'),
    locale: 'da-DK',
  })
})
afterEach(() => {
  api.closeAll()
  fs.rmSync(dir, { recursive: true, force: true })
})

async function create(title = 'Borgermøde i Byen') {
  const result = await api.call('workshop.create', { title, language: 'da', template: 'blank' })
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as { workshopId: string; path: string; revision: number }
}

describe('createApi', () => {
  it('answers an unknown method with a typed error', async () => {
    expect(await api.call('workshop.drop', {})).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown-method' }) })
    expect(await api.call('__proto__', {})).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown-method' }) })
  })

  it('creates, shares one handle per file, applies, publishes patches with revisions, undoes and closes', async () => {
    const events: ApiEvent[] = []
    api.onEvent((event) => events.push(event))
    const created = await create()
    expect(created.path).toBe(path.join(dir, 'workshops', 'Borgermøde i Byen.handlekraft'))
    const again = await api.call('workshop.open', { path: created.path })
    expect(again).toMatchObject({ ok: true, value: { workshopId: created.workshopId } })

    const applied = await api.call('workshop.apply', {
      workshopId: created.workshopId,
      command: { name: 'addNotes', args: { notes: [{ id: 'n1', text: 'Hallen', x: 10, y: 20 }] } },
    })
    // The answer carries the change itself, the same patch every view is sent.
    expect(applied).toMatchObject({ ok: true, value: { revision: 1, canUndo: true, canRedo: false } })
    if (!applied.ok) throw new Error('apply failed')
    const patches = events.filter((event) => event.type === 'patch')
    expect((applied.value as { patch: unknown }).patch).toEqual((patches[0] as { patch: unknown }).patch)
    expect(applied.value).toMatchObject({ patch: { note: { added: [expect.objectContaining({ id: 'n1', text: 'Hallen' })] } } })
    // Creating and opening tell every view which file was opened (a waiting projector comes back to it).
    expect(events).toEqual([
      { type: 'opened', workshopId: created.workshopId, path: created.path },
      { type: 'opened', workshopId: created.workshopId, path: created.path },
      expect.objectContaining({ type: 'patch', revision: 1, workshopId: created.workshopId }),
    ])

    expect(await api.call('workshop.undo', { workshopId: created.workshopId })).toMatchObject({ ok: true, value: { revision: 2, canRedo: true } })
    expect(await api.call('workshop.close', { workshopId: created.workshopId })).toEqual({ ok: true, value: {} })
    expect(events.at(-1)).toEqual({ type: 'closed', workshopId: created.workshopId })
    expect(await api.call('workshop.snapshot', { workshopId: created.workshopId })).toMatchObject({ ok: false, error: { code: 'not-open' } })

    const recent = await api.call('workshop.recent', {})
    expect(recent).toMatchObject({ ok: true, value: [{ path: created.path, title: 'Borgermøde i Byen', exists: true }] })
  })

  it('opens the demo workshop, built through the commands, in the workshops folder', async () => {
    const result = await api.call('workshop.openDemo', { language: 'en' })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const demo = result.value as { path: string; doc: { participant: object; project: object }; canUndo: boolean }
    expect(path.dirname(demo.path)).toBe(path.join(dir, 'workshops'))
    expect(Object.keys(demo.doc.participant)).toHaveLength(50)
    expect(Object.keys(demo.doc.project)).toHaveLength(6)
  })

  it('refuses a bad file through the API with a typed error', async () => {
    const file = path.join(dir, 'bad.handlekraft')
    fs.writeFileSync(file, 'not a workshop')
    expect(await api.call('workshop.open', { path: file })).toEqual({ ok: false, error: expect.objectContaining({ code: 'not-sqlite' }) })
    expect(fs.readFileSync(file, 'utf8')).toBe('not a workshop')
  })

  it('says "file exists" instead of overwriting when create is given an existing path', async () => {
    const created = await create()
    const result = await api.call('workshop.create', { title: 'Another', language: 'en', path: created.path })
    expect(result).toMatchObject({ ok: false, error: { code: 'file-exists' } })
  })

  it('answers malformed payloads to every method with invalid-input and changes nothing', async () => {
    const created = await create()
    await api.call('workshop.apply', {
      workshopId: created.workshopId,
      command: { name: 'addNotes', args: { notes: [{ id: 'n1', text: 'Hallen', x: 10, y: 20 }] } },
    })
    const before = await api.call('workshop.snapshot', { workshopId: created.workshopId })
    const hostile = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.string(),
      fc.integer(),
      fc.array(fc.anything()),
      fc.dictionary(fc.string(), fc.anything()),
      fc.record({ workshopId: fc.constant(created.workshopId), command: fc.anything() }),
      fc.record({
        workshopId: fc.constant(created.workshopId),
        command: fc.record({ name: fc.constantFrom('addNotes', 'updateNotes', 'deleteItems'), args: fc.anything() }),
      }),
      fc.record({ path: fc.oneof(fc.string({ maxLength: 0 }), fc.string({ minLength: 5000, maxLength: 6000 }), fc.integer()) }),
    )
    let fuzzed = 0
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...API_METHOD_NAMES), hostile, async (method, input) => {
        const result = await api.call(method, input)
        fuzzed++
        if (!result.ok) expect(['invalid-input', 'not-open', 'command-rejected', 'not-found', 'nothing-to-undo', 'is-directory', 'not-sqlite', 'empty-file']).toContain(result.error.code)
      }),
      { numRuns: 400 },
    )
    expect(fuzzed).toBe(400)
    const after = await api.call('workshop.snapshot', { workshopId: created.workshopId })
    expect(after).toEqual(before)
  })
})
