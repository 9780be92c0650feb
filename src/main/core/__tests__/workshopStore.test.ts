import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { APPLICATION_ID, SCHEMA_VERSION } from '../fileFormat'
import { WorkshopStore } from '../workshopStore'
import { newWorkshop, note, tempDir } from './helpers'

describe('WorkshopStore', () => {
  it('creates a file with our application id, the schema version, WAL and the template', () => {
    const store = newWorkshop()
    const file = store.path
    expect(Object.keys(store.doc.category)).toHaveLength(6)
    expect(Object.keys(store.doc.zone)).toHaveLength(8)
    store.close()
    const db = new Database(file, { readonly: true })
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.prepare('SELECT title FROM workshop').get()).toEqual({ title: 'Landsbyen mødes' })
    db.close()
  })

  it('makes every table STRICT', () => {
    const store = newWorkshop()
    const file = store.path
    store.close()
    const db = new Database(file, { readonly: true })
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string
      strict: number
    }[]
    db.close()
    expect(tables.length).toBeGreaterThanOrEqual(13)
    for (const table of tables) expect(table, table.name).toMatchObject({ strict: 1 })
  })

  it('refuses to create over an existing file', () => {
    const store = newWorkshop()
    const file = store.path
    store.close()
    expect(() => WorkshopStore.create(file, { title: 'x', language: 'en', template: 'blank' })).toThrow(
      expect.objectContaining({ code: 'file-exists' }),
    )
  })

  it('applies commands, undoes and redoes them, and keeps all of it across close and reopen', () => {
    const store = newWorkshop()
    store.apply({ name: 'addNotes', args: { notes: [note('a'), note('b', 200)] } })
    store.apply({ name: 'updateNotes', args: { notes: [{ id: 'a', x: 500, text: 'Hallen æøå 🎉' }] } })
    expect(store.doc.note.a).toMatchObject({ x: 500, text: 'Hallen æøå 🎉' })
    store.undo()
    expect(store.doc.note.a).toMatchObject({ x: 0, text: 'note a' })
    store.redo()
    store.undo()
    const file = store.path
    store.close()

    const reopened = WorkshopStore.open(file)
    expect(reopened.doc.note.a).toMatchObject({ x: 0, text: 'note a' })
    expect(reopened.canRedo()).toBe(true)
    reopened.redo()
    expect(reopened.doc.note.a).toMatchObject({ x: 500 })
    reopened.undo()
    reopened.undo()
    expect(Object.keys(reopened.doc.note)).toHaveLength(0)
    expect(reopened.canUndo()).toBe(false)
    expect(() => reopened.undo()).toThrow(expect.objectContaining({ code: 'nothing-to-undo' }))
    reopened.close()
  })

  it('drops the redo tail when a new command is applied after undo', () => {
    const store = newWorkshop()
    store.apply({ name: 'addNotes', args: { notes: [note('a')] } })
    store.undo()
    store.apply({ name: 'addNotes', args: { notes: [note('b')] } })
    expect(store.canRedo()).toBe(false)
    store.close()
  })

  it('rejects a bad command with a typed error and writes nothing', () => {
    const store = newWorkshop()
    const before = store.revision
    expect(() => store.apply({ name: 'updateNotes', args: { notes: [{ id: 'missing', x: 1 }] } })).toThrow(
      expect.objectContaining({ code: 'command-rejected' }),
    )
    expect(() => store.apply({ name: 'addNotes', args: { notes: [{ id: 'n', text: 'x', x: Number.NaN, y: 0 }] } })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    )
    expect(() => store.apply({ name: 'dropTables', args: {} })).toThrow(expect.objectContaining({ code: 'invalid-input' }))
    expect(store.revision).toBe(before)
    expect(store.canUndo()).toBe(false)
    store.close()
  })

  it('saves a consistent copy that opens as a workshop of its own', () => {
    const dir = tempDir()
    const store = newWorkshop(dir)
    store.apply({ name: 'addNotes', args: { notes: [note('a')] } })
    const copy = store.saveCopy(path.join(dir, 'copy.handlekraft'))
    store.close()
    const opened = WorkshopStore.open(copy)
    expect(opened.doc.note.a?.text).toBe('note a')
    expect(opened.canUndo()).toBe(true)
    opened.close()
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('reports a healthy file as having no integrity problems', () => {
    const store = newWorkshop()
    expect(store.integrityProblems()).toEqual([])
    store.close()
  })
})

describe('Save a copy over an existing file', () => {
  it('replaces an ordinary file only when asked, and drops the old file\'s -wal', () => {
    const dir = tempDir()
    const store = newWorkshop(dir)
    store.apply({ name: 'addNotes', args: { notes: [note('a')] } })
    const existing = path.join(dir, 'old.handlekraft')
    fs.writeFileSync(existing, 'old content')
    fs.writeFileSync(`${existing}-wal`, 'stale log of the old file')
    expect(() => store.saveCopy(existing)).toThrow(expect.objectContaining({ code: 'file-exists' }))
    expect(fs.readFileSync(existing, 'utf8')).toBe('old content')
    store.saveCopy(existing, { replace: true })
    expect(fs.existsSync(`${existing}-wal`)).toBe(false)
    store.close()
    const copy = WorkshopStore.open(existing)
    expect(copy.doc.note.a).toBeDefined()
    copy.close()
  })

  it('never replaces a folder or a workshop someone has open', () => {
    const dir = tempDir()
    const store = newWorkshop(dir)
    const folder = path.join(dir, 'folder.handlekraft')
    fs.mkdirSync(folder)
    expect(() => store.saveCopy(folder, { replace: true })).toThrow(expect.objectContaining({ code: 'file-exists' }))
    const other = WorkshopStore.create(path.join(dir, 'other.handlekraft'), { title: 'Other', language: 'en', template: 'blank' })
    expect(() => store.saveCopy(other.path, { replace: true })).toThrow(expect.objectContaining({ code: 'already-open' }))
    other.close()
    store.close()
  })
})
