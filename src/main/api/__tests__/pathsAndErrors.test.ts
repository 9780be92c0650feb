// Issue 12, findings 7 and 8, through the real Api: what a renderer is told about a failure (the code and the
// file's name; the raw SQLite/file-system text with its absolute paths goes to the local error log), and
// where a relative path typed into a path form points (the workshops folder, never the app's folder).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { createApi } from '../createApi'
import { createErrorLog } from '../errorLog'
import { publicError } from '../publicError'
import type { Api } from '../types'
import { PATH_FIELDS, resolveUserPath } from '../userPaths'

let dir: string
let installDir: string
let workshops: string
let appData: string
let api: Api
const startedIn = process.cwd()

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-paths-'))
  // The app runs from its install folder (npm start does that), which holds its own package.json.
  installDir = path.join(dir, 'install')
  fs.mkdirSync(installDir)
  fs.writeFileSync(path.join(installDir, 'package.json'), '{"name":"handlekraft"}')
  process.chdir(installDir)
  workshops = path.join(dir, 'workshops')
  appData = path.join(dir, 'app')
  api = createApi({ shell: 'browser', appDataDir: appData, workshopsFolder: workshops, locale: 'en-GB' })
})
afterEach(() => {
  api.closeAll()
  process.chdir(startedIn)
  fs.rmSync(dir, { recursive: true, force: true })
})

async function create(): Promise<{ workshopId: string; path: string }> {
  const result = await api.call('workshop.create', { title: 'Borgermøde', language: 'da' })
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as { workshopId: string; path: string }
}

describe('relative paths in the path forms (finding 8)', () => {
  it('`package.json` is looked for in the workshops folder, not the app’s own package.json', async () => {
    const result = await api.call('workshop.open', { path: 'package.json' })
    expect(result).toEqual({ ok: false, error: { code: 'not-found', params: { file: 'package.json' } } })
  })

  it('Save a copy with a bare name writes into the workshops folder, never the app folder', async () => {
    const { workshopId } = await create()
    const copy = await api.call('workshop.saveCopy', { workshopId, path: 'kopi.handlekraft' })
    expect(copy).toEqual({ ok: true, value: { path: path.join(workshops, 'kopi.handlekraft') } })
    expect(fs.existsSync(path.join(workshops, 'kopi.handlekraft'))).toBe(true)
    expect(fs.readdirSync(installDir)).toEqual(['package.json'])
  })

  it('exports and imports with bare names stay in the workshops folder too', async () => {
    const { workshopId } = await create()
    const exported = await api.call('workshop.exportJson', { workshopId, path: 'borgermøde.json' })
    expect(exported.ok && (exported.value as { path: string }).path).toBe(path.join(workshops, 'borgermøde.json'))
    const imported = await api.call('workshop.importJson', {
      path: 'borgermøde.json',
      target: 'importeret.handlekraft',
    })
    expect(imported.ok && (imported.value as { path: string }).path).toBe(
      path.join(workshops, 'importeret.handlekraft'),
    )
    expect(fs.readdirSync(installDir)).toEqual(['package.json'])
  })

  it('knows every path field of the contract (read from the schemas)', () => {
    expect(Object.fromEntries(PATH_FIELDS)).toMatchObject({
      'workshop.create': ['path', 'folder'],
      'workshop.open': ['path'],
      'workshop.saveCopy': ['path'],
      'workshop.exportJson': ['path'],
      'workshop.exportCsv': ['folder'],
      'workshop.importJson': ['path', 'target'],
    })
  })

  it('resolves ~ to the home folder, keeps absolute paths, and puts the rest in the workshops folder', () => {
    expect(resolveUserPath('~', '/w', '/home/m')).toBe('/home/m')
    expect(resolveUserPath('~/Dokumenter/a.handlekraft', '/w', '/home/m')).toBe('/home/m/Dokumenter/a.handlekraft')
    expect(resolveUserPath('/srv/a.handlekraft', '/w', '/home/m')).toBe('/srv/a.handlekraft')
    expect(resolveUserPath('a.handlekraft', '/w', '/home/m')).toBe('/w/a.handlekraft')
    expect(resolveUserPath('../a.handlekraft', '/w/x', '/home/m')).toBe('/w/a.handlekraft')
    expect(resolveUserPath('~other/a', '/w', '/home/m')).toBe('/w/~other/a')
  })
})

describe('what a failure tells the renderer (finding 7)', () => {
  it('a raw SQLite error naming an absolute path reaches the renderer as its code and the file name only', async () => {
    const { workshopId } = await create()
    // SQLite's own text here is "unable to open database: /proc/self/.copy.handlekraft.<uuid>.tmp".
    const result = await api.call('workshop.saveCopy', { workshopId, path: '/proc/self/copy.handlekraft' })
    expect(result).toEqual({ ok: false, error: { code: 'read-only', params: { file: 'copy.handlekraft' } } })
    const log = fs.readFileSync(path.join(appData, 'logs', 'errors.log'), 'utf8')
    expect(log).toContain('workshop.saveCopy read-only')
    expect(log).toContain('/proc/self/')
    expect(fs.statSync(path.join(appData, 'logs', 'errors.log')).mode & 0o777).toBe(0o600)
  })

  it('a file-system error is cut down the same way', async () => {
    const { workshopId } = await create()
    const result = await api.call('workshop.exportJson', { workshopId, path: '/proc/self/x.json' })
    expect(JSON.stringify(result)).not.toContain('/proc')
    expect(result.ok === false && result.error).toEqual({ code: 'read-only', params: { file: 'x.json' } })
  })

  it('publicError keeps the code and message parameters, cuts paths to names, drops the detail', () => {
    const error = new AppError(
      'network-share',
      { file: '/home/m/Vesterby/kickoff.handlekraft', share: '/mnt/kommune', found: 3, reason: 'a/b' },
      'raw text /home/m/secret',
    )
    expect(publicError(error)).toEqual({
      code: 'network-share',
      params: { file: 'kickoff.handlekraft', share: 'kommune', found: 3, reason: 'a/b' },
    })
    expect(publicError(new AppError('not-found', { file: 'C:\\Users\\m\\a.handlekraft' })).params.file).toBe(
      'a.handlekraft',
    )
  })

  it('the error log keeps one line per entry and never grows past two files of its limit', () => {
    const folder = path.join(dir, 'log')
    const log = createErrorLog(folder, 300)
    for (let i = 0; i < 20; i++)
      log.record('workshop.open', new AppError('corrupt', { file: 'x' }, `bad\nline ${i}`), null)
    const current = fs.readFileSync(log.file, 'utf8')
    expect(current.length).toBeLessThanOrEqual(300)
    expect(current).toContain('line 19')
    expect(
      current
        .split('\n')
        .filter(Boolean)
        .every((line) => line.includes('workshop.open corrupt')),
    ).toBe(true)
    expect(fs.readdirSync(folder).sort()).toEqual(['errors.log', 'errors.log.1'])
  })
})
