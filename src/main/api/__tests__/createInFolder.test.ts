// The New workshop dialog's folder (issue 10): a new workshop is made in the folder the facilitator chose,
// named after its title; a folder that is not there (or is a file) is refused and nothing is made anywhere.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi } from '../createApi'
import type { Api } from '../types'

let dir: string
let workshops: string
let api: Api

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-folder-'))
  workshops = path.join(dir, 'workshops')
  api = createApi({ shell: 'browser', appDataDir: path.join(dir, 'app'), workshopsFolder: workshops, locale: 'da-DK' })
})
afterEach(() => {
  api.closeAll()
  fs.rmSync(dir, { recursive: true, force: true })
})

const everyFile = (root: string): string[] =>
  fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort() : []

describe('workshop.create in a chosen folder', () => {
  it('makes the file in that folder, named after the title, never over an existing one', async () => {
    const folder = path.join(dir, 'Lokalforum Knabstrup')
    fs.mkdirSync(folder)
    const first = await api.call('workshop.create', { title: 'Knabstrup 2030', language: 'da', folder })
    const second = await api.call('workshop.create', { title: 'Knabstrup 2030', language: 'da', folder })
    expect(first).toMatchObject({ ok: true, value: { path: path.join(folder, 'Knabstrup 2030.handlekraft') } })
    expect(second).toMatchObject({ ok: true, value: { path: path.join(folder, 'Knabstrup 2030 (2).handlekraft') } })
    expect(everyFile(workshops)).toEqual([])
  })

  it('reads a relative folder as inside the workshops folder, as every typed path is', async () => {
    fs.mkdirSync(path.join(workshops, 'Knabstrup'), { recursive: true })
    const made = await api.call('workshop.create', { title: 'Møde', language: 'da', folder: 'Knabstrup' })
    expect(made).toMatchObject({ ok: true, value: { path: path.join(workshops, 'Knabstrup', 'Møde.handlekraft') } })
  })

  it('refuses a folder that is not there, or is a file, and makes nothing anywhere', async () => {
    const missing = path.join(dir, 'nowhere', 'deeper')
    const file = path.join(dir, 'a file.txt')
    fs.writeFileSync(file, 'not a folder')
    for (const folder of [missing, file]) {
      const result = await api.call('workshop.create', { title: 'Knabstrup 2030', language: 'da', folder })
      // The message names the folder by its last part, as every file error does.
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'folder-not-found', params: { file: path.basename(folder) } },
      })
    }
    expect(fs.existsSync(path.join(dir, 'nowhere'))).toBe(false)
    expect(everyFile(workshops)).toEqual([])
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder')
  })
})
