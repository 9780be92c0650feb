import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { WorkshopStore } from '../workshopStore'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-test-'))
  made.push(dir)
  return dir
}

export function newWorkshop(dir = tempDir(), title = 'Landsbyen mødes'): WorkshopStore {
  return WorkshopStore.create(path.join(dir, 'test.handlekraft'), { title, language: 'da', template: 'strengths-map' })
}

/** Bytes and modification time: a refused file must keep both. */
export function fingerprint(file: string): string {
  const stats = fs.statSync(file)
  return `${crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')}:${stats.mtimeMs}:${stats.size}`
}

export const REPO_ROOT = path.resolve(__dirname, '../../../..')

export function note(id: string, x = 0, y = 0) {
  return { id, text: `note ${id}`, kind: 'idea' as const, x, y }
}
