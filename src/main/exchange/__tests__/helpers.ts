import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'

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
