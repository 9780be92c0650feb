// Each bad exchange file is refused with its reason, and the folder is exactly as before: no workshop file,
// no temporary file, no lock, no -wal; the refused JSON itself is not changed either.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { AppError } from '@shared/errors'
import { REQUIRED_REFERENCES } from '@shared/exchange/references'
import { EXCHANGE_LISTS, EXCHANGE_SCHEMA_VERSION, type ExchangeListName } from '@shared/exchange/exchangeSchema'
import { exchangeText, toExchange } from '@shared/exchange/toExchange'
import { tableOf } from '../../core/recordTables'
import { WorkshopStore } from '../../core/workshopStore'
import { demoDocInMemory } from '../../demo/inMemoryDemo'
import { readImport, writeImportedWorkshop } from '../importWorkshop'
import { snapshotFolder, tempDir } from './helpers'

let goodText: string
beforeAll(() => {
  goodText = exchangeText(
    toExchange(
      demoDocInMemory('da', () => '2025-03-04T18:00:00.000Z'),
      'Handlekraft test',
    ),
  )
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases edit the parsed JSON freely
type Loose = any
const edited = (change: (json: Loose) => void) => {
  const json = JSON.parse(goodText)
  change(json)
  return JSON.stringify(json, null, 2)
}

/** Imports `content` the way the app does and answers the refusal; fails if anything was written. */
function refuse(content: string | Buffer): AppError {
  const dir = tempDir()
  const source = path.join(dir, 'in.json')
  fs.writeFileSync(source, content)
  const before = snapshotFolder(dir)
  let refusal: unknown
  try {
    const { doc } = readImport(source)
    writeImportedWorkshop(doc, path.join(dir, 'new.handlekraft'))
  } catch (error) {
    refusal = error
  }
  expect(snapshotFolder(dir)).toEqual(before)
  expect(refusal, 'the import was accepted').toBeInstanceOf(AppError)
  return refusal as AppError
}

const reasonOf = (content: string | Buffer) => {
  const error = refuse(content)
  expect(error.code).toBe('bad-import')
  return error.params
}

describe('importing a bad exchange file writes nothing', () => {
  it('wrong schema version', () => {
    expect(reasonOf(edited((json) => (json.schemaVersion = EXCHANGE_SCHEMA_VERSION + 1)))).toMatchObject({
      reason: 'newer-version',
      found: EXCHANGE_SCHEMA_VERSION + 1,
      file: 'in.json',
    })
    expect(reasonOf(edited((json) => (json.schemaVersion = 'one'))).reason).toBe('unsupported-version')
  })

  it('truncated', () => {
    expect(reasonOf(goodText.slice(0, goodText.length / 3)).reason).toBe('truncated')
  })

  it('50 MB is refused by its size, before it is read', () => {
    const dir = tempDir()
    const source = path.join(dir, 'huge.json')
    // 50 MB of valid JSON: the good export with a huge string padded into a note.
    const json = JSON.parse(goodText)
    json.records.notes[0].text = 'x'.repeat(50 * 1024 * 1024)
    fs.writeFileSync(source, JSON.stringify(json))
    expect(fs.statSync(source).size).toBeGreaterThan(50 * 1024 * 1024)
    const before = snapshotFolder(dir)
    // "Before it is read": the refusal comes from the size alone, so the file is never opened.
    const opened = vi.spyOn(fs, 'openSync')
    expect(() => readImport(source)).toThrow(
      expect.objectContaining({
        code: 'bad-import',
        params: expect.objectContaining({ reason: 'too-large', limit: 20 }),
      }),
    )
    expect(opened.mock.calls.filter(([file]) => file === source)).toEqual([])
    opened.mockRestore()
    expect(snapshotFolder(dir)).toEqual(before)
  })

  it('<script> in text is kept as inert text, not refused and not changed', () => {
    const dir = tempDir()
    const source = path.join(dir, 'in.json')
    const hostile = '<script>alert(document.cookie)</script><img src=x onerror="alert(1)">'
    fs.writeFileSync(
      source,
      edited((json) => (json.records.notes[0].text = hostile)),
    )
    const { doc } = readImport(source)
    const store = WorkshopStore.open(writeImportedWorkshop(doc, path.join(dir, 'new.handlekraft')))
    try {
      expect(Object.values(store.doc.note).map((note) => note.text)).toContain(hostile)
    } finally {
      store.close()
    }
  })

  it('NaN, Infinity and enormous coordinates', () => {
    expect(reasonOf(goodText.replace(/"x": -?[\d.]+/, '"x": NaN')).reason).toBe('not-json')
    expect(reasonOf(goodText.replace(/"x": -?[\d.]+/, '"x": 1e999'))).toMatchObject({ reason: 'invalid-value' })
    expect(reasonOf(edited((json) => (json.records.notes[0].y = 1e308)))).toMatchObject({
      reason: 'invalid-value',
      where: 'records.notes[0].y',
    })
    expect(reasonOf(edited((json) => (json.records.zones[0].width = -5)))).toMatchObject({
      where: 'records.zones[0].width',
    })
  })

  it('unknown fields, at the top, in the records and in a record', () => {
    expect(reasonOf(edited((json) => (json.comment = 'hi')))).toMatchObject({
      reason: 'unknown-field',
      field: 'comment',
    })
    expect(reasonOf(edited((json) => (json.records.liveState = [])))).toMatchObject({
      reason: 'unknown-field',
      field: 'liveState',
    })
    expect(reasonOf(edited((json) => (json.records.projects[0].budget = 100)))).toMatchObject({
      reason: 'unknown-field',
      where: 'records.projects[0].budget',
    })
  })

  it('not JSON at all, a binary file, an empty file, a JSON array', () => {
    expect(reasonOf('Titel;Tekst\r\nHallen;Godt\r\n').reason).toBe('not-json')
    expect(reasonOf(Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80, 0x81])).reason).toBe('not-utf8')
    expect(refuse('').code).toBe('empty-file')
    expect(reasonOf('[1, 2, 3]').reason).toBe('not-an-export')
    expect(reasonOf(JSON.stringify([JSON.parse(goodText)])).reason).toBe('not-an-export')
  })

  it('duplicate ids', () => {
    expect(
      reasonOf(edited((json) => json.records.participants.push({ ...json.records.participants[3] }))),
    ).toMatchObject({
      reason: 'duplicate-id',
    })
  })

  it('dangling references', () => {
    expect(reasonOf(edited((json) => (json.records.notes[5].themeId = 'no-such-theme')))).toMatchObject({
      reason: 'dangling-reference',
      id: 'no-such-theme',
    })
    expect(reasonOf(edited((json) => (json.records.votes[0].participantId = 'gone')))).toMatchObject({
      reason: 'dangling-reference',
    })
  })

  it('an existing target is never overwritten', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'in.json'), goodText)
    fs.writeFileSync(path.join(dir, 'taken.handlekraft'), 'mine')
    const before = snapshotFolder(dir)
    const { doc } = readImport(path.join(dir, 'in.json'))
    expect(() => writeImportedWorkshop(doc, path.join(dir, 'taken.handlekraft'))).toThrow(
      expect.objectContaining({ code: 'file-exists' }),
    )
    expect(snapshotFolder(dir)).toEqual(before)
  })
})

describe('the references an import requires', () => {
  it('are exactly the foreign keys of the workshop file', () => {
    const dir = tempDir()
    WorkshopStore.create(path.join(dir, 'w.handlekraft'), { title: 'x', language: 'da' }).close()
    const db = new Database(path.join(dir, 'w.handlekraft'), { readonly: true })
    try {
      const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
      const fromSchema = new Set<string>()
      for (const [list, kind] of Object.entries(EXCHANGE_LISTS)) {
        for (const key of db.pragma(`foreign_key_list(${tableOf(kind)})`) as { table: string; from: string }[]) {
          fromSchema.add(`${list}.${key.from}->${key.table}`)
        }
      }
      const ours = new Set<string>()
      for (const [list, fields] of Object.entries(REQUIRED_REFERENCES)) {
        for (const [field, target] of Object.entries(fields!))
          ours.add(`${list}.${snake(field)}->${tableOf(EXCHANGE_LISTS[target as ExchangeListName])}`)
      }
      expect(ours).toEqual(fromSchema)
    } finally {
      db.close()
    }
  })
})
