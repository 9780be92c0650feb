import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { exchangeText, toExchange } from '@shared/exchange/toExchange'
import { demoDocInMemory } from '../../demo/inMemoryDemo'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-exchange-'))
  made.push(dir)
  return dir
}

/** Every file under a folder with its bytes, so a test can prove that nothing at all was written. */
export function snapshotFolder(dir: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, name)
    if (fs.statSync(full).isFile()) found[name] = fs.readFileSync(full).toString('base64')
  }
  return found
}

/** The demo workshop as an exchange file's text, on a fixed clock so every run has the same bytes. */
export function demoExportText(): string {
  return exchangeText(
    toExchange(
      demoDocInMemory('da', () => '2025-03-04T18:00:00.000Z'),
      'Handlekraft test',
    ),
  )
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases edit the parsed JSON freely
export type LooseJson = any

/** `text` parsed, changed by `change`, and written out again: a hand-edited export. */
export function editedJson(text: string, change: (json: LooseJson) => void): string {
  const json = JSON.parse(text)
  change(json)
  return JSON.stringify(json, null, 2)
}
