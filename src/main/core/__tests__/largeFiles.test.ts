// Inspecting a workshop (open, check, info) reads only its header into memory; SQLite checks a private
// copy made through a small buffer. A file far larger than any workshop is refused with a clear message
// before a byte of it is copied; no stack trace for anything a user can cause.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cli } from '../../cli/__tests__/helpers'
import { inspectWorkshopFile, MAX_WORKSHOP_BYTES } from '../inspectFile'
import { WorkshopStore } from '../workshopStore'
import { fingerprint, newWorkshop, note } from './helpers'

afterEach(() => {
  vi.restoreAllMocks()
})

function closedWorkshop(): string {
  const store = newWorkshop()
  store.apply({ name: 'addNotes', args: { notes: [note('a'), note('b')] } })
  store.close()
  return store.path
}

describe('large files', () => {
  it('a workshop padded to 3 GiB (sparse) is refused as too large, with its name and sizes, untouched', () => {
    const file = closedWorkshop()
    fs.truncateSync(file, 3 * 1024 ** 3)
    const before = fingerprintOfHead(file)
    const run = cli(['check', file])
    expect(run.code).toBe(1)
    expect(run.err).toContain('This file is 3072 MB, far larger than any workshop (at most 1024 MB)')
    expect(run.err).toContain('File: test.handlekraft')
    expect(run.err).not.toMatch(/Something went wrong|\n\s+at /)
    expect(() => WorkshopStore.open(file)).toThrow(expect.objectContaining({ code: 'workshop-too-large' }))
    expect(fingerprintOfHead(file)).toBe(before)
    expect(fs.readdirSync(path.dirname(file))).toEqual(['test.handlekraft'])
  })

  it('a padded workshop under the limit is inspected through a bounded buffer, never read whole', () => {
    const file = closedWorkshop()
    const size = 48 * 1024 * 1024
    fs.truncateSync(file, size) // SQLite ignores the padding: still a healthy workshop
    const whole = vi.spyOn(fs, 'readFileSync')
    const reads = vi.spyOn(fs, 'readSync')
    expect(inspectWorkshopFile(file).schemaVersion).toBeGreaterThan(0)
    expect(whole.mock.calls.filter(([target]) => target === file)).toEqual([])
    // readSync(fd, buffer, offset, length, position): the length asked for on every call
    const lengths = reads.mock.calls.map((call) => Number((call as unknown[])[3] ?? 0))
    expect(Math.max(...lengths)).toBeLessThanOrEqual(1024 * 1024)
    expect(lengths.reduce((sum, length) => sum + length, 0)).toBeGreaterThanOrEqual(size)
    expect(MAX_WORKSHOP_BYTES).toBeGreaterThan(size)
  })

  it('info on a padded workshop still works', () => {
    const file = closedWorkshop()
    fs.truncateSync(file, 8 * 1024 * 1024)
    const before = fingerprint(file)
    const run = cli(['info', file, '--json'])
    expect(run.code, run.err).toBe(0)
    expect(JSON.parse(run.out)).toBeTruthy()
    expect(fingerprint(file)).toBe(before)
  })
})

/** The first MiB and the size: hashing 3 GiB of zeros would only test the disk. */
function fingerprintOfHead(file: string): string {
  const handle = fs.openSync(file, 'r')
  try {
    const head = Buffer.alloc(1024 * 1024)
    const length = fs.readSync(handle, head, 0, head.length, 0)
    const stats = fs.statSync(file)
    const hash = crypto.createHash('sha256').update(head.subarray(0, length)).digest('hex')
    return `${hash}:${stats.size}:${stats.mtimeMs}`
  } finally {
    fs.closeSync(handle)
  }
}
