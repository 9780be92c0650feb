// Export failures say why and leave no half-written file: a read-only folder (a read-only tmpfs mount) and
// a full disk (a tiny tmpfs). Needs root to mount; skipped with the reason otherwise.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cannotMount, mountTmpfs, type Mounted } from '../../core/__tests__/faults/mounts'
import { demoDocInMemory } from '../../demo/inMemoryDemo'
import { exportCsv, exportJson } from '../exportWorkshop'
import { writeImportedWorkshop } from '../importWorkshop'
import { writeFilesAtomically } from '../writeFilesAtomically'
import { tempDir } from './helpers'
import { execFileSync } from 'node:child_process'

const why = cannotMount('tmpfs')
if (why) console.log(`atomic write tests on tmpfs skipped: ${why}`)

let mounted: Mounted | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
})

describe.skipIf(why !== null)('export failures on real file systems', () => {
  it('a read-only folder: read-only error, nothing written', () => {
    mounted = mountTmpfs(1024 * 1024)
    execFileSync('mount', ['-o', 'remount,ro', mounted.dir])
    const doc = demoDocInMemory('da')
    expect(() => exportJson(doc, path.join(mounted!.dir, 'out.json'), { exportedBy: 'x' })).toThrow(
      expect.objectContaining({ code: 'read-only' }),
    )
    expect(() => exportCsv(doc, mounted!.dir)).toThrow(expect.objectContaining({ code: 'read-only' }))
    expect(() => writeImportedWorkshop(doc, path.join(mounted!.dir, 'new.handlekraft'))).toThrow(
      expect.objectContaining({ code: 'read-only' }),
    )
    expect(fs.readdirSync(mounted.dir)).toEqual([])
  })

  it('a full disk: no-space error, no temporary or partial file left, earlier files untouched', () => {
    mounted = mountTmpfs(32 * 1024)
    const doc = demoDocInMemory('da') // its JSON (130 kB) and CSV (52 kB) do not fit in 32 kB
    fs.writeFileSync(path.join(mounted.dir, 'notes.csv'), 'before')
    expect(() => exportJson(doc, path.join(mounted!.dir, 'out.json'), { exportedBy: 'x' })).toThrow(
      expect.objectContaining({ code: 'no-space' }),
    )
    expect(() => exportCsv(doc, mounted!.dir, { replace: true })).toThrow(expect.objectContaining({ code: 'no-space' }))
    expect(fs.readdirSync(mounted.dir)).toEqual(['notes.csv'])
    expect(fs.readFileSync(path.join(mounted.dir, 'notes.csv'), 'utf8')).toBe('before')
  })
})

describe('atomic writes anywhere', () => {
  it('never replace a workshop file, a folder, or an existing file without replace', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'w.handlekraft'), 'workshop')
    fs.mkdirSync(path.join(dir, 'folder'))
    fs.writeFileSync(path.join(dir, 'old.json'), 'old')
    const write = (name: string, replace: boolean) => () =>
      writeFilesAtomically([{ path: path.join(dir, name), content: 'new' }], { replace })
    expect(write('w.handlekraft', true)).toThrow(expect.objectContaining({ code: 'file-exists' }))
    expect(write('folder', true)).toThrow(expect.objectContaining({ code: 'is-directory' }))
    expect(write('old.json', false)).toThrow(expect.objectContaining({ code: 'file-exists' }))
    expect(fs.readdirSync(dir).sort()).toEqual(['folder', 'old.json', 'w.handlekraft'])
    write('old.json', true)()
    expect(fs.readFileSync(path.join(dir, 'old.json'), 'utf8')).toBe('new')
    expect(fs.readdirSync(dir).sort()).toEqual(['folder', 'old.json', 'w.handlekraft'])
  })
})
