// Reads an exchange file for import, refusing before parsing what cannot be one: a folder, a file over the
// size limit (checked on the file's size, so a 50 MB file is never read into memory), bytes that are not UTF-8.
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '@shared/errors'
import { importRefused } from '@shared/exchange/exchangeProblem'
import { EXCHANGE_MAX_BYTES } from '@shared/exchange/exchangeSchema'
import { assertUsablePath } from '../core/safePath'
import { toAppError } from '../core/sqliteErrors'

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10

function tooLarge(size: number, file: string): AppError {
  return importRefused('too-large', { size: megabytes(size), limit: megabytes(EXCHANGE_MAX_BYTES), file })
}

export function readExchangeFile(source: string, maxBytes = EXCHANGE_MAX_BYTES): string {
  assertUsablePath(source)
  const file = path.basename(source)
  let handle: number
  try {
    const stats = fs.statSync(source)
    if (stats.isDirectory()) throw new AppError('is-directory', { file })
    if (stats.size > maxBytes) throw tooLarge(stats.size, file)
    if (stats.size === 0) throw new AppError('empty-file', { file })
    handle = fs.openSync(source, 'r')
  } catch (error) {
    throw toAppError(error, file)
  }
  try {
    // Read at most one byte over the limit, so a file that grows (or a pipe that lied about its size) is
    // still cut off instead of filling the memory.
    const buffer = Buffer.alloc(maxBytes + 1)
    let length = 0
    for (;;) {
      const read = fs.readSync(handle, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length > maxBytes) throw tooLarge(length, file)
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length))
    } catch {
      throw importRefused('not-utf8', { file })
    }
  } finally {
    fs.closeSync(handle)
  }
}
