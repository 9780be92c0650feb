// Reads an exchange file for import, refusing before parsing what cannot be one: a folder, a file over the
// size limit (checked on the file's size, so a 50 MB file is never read into memory), bytes that are not UTF-8.
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '@shared/errors'
import { importRefused } from '@shared/exchange/exchangeProblem'
import { EXCHANGE_MAX_BYTES } from '@shared/exchange/exchangeSchema'
import { openRegularFile, statRegularFile, type OpenedFile } from '../core/regularFile'
import { assertUsablePath } from '../core/safePath'
import { toAppError } from '../core/sqliteErrors'

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10

function tooLarge(size: number, file: string): AppError {
  return importRefused('too-large', { size: megabytes(size), limit: megabytes(EXCHANGE_MAX_BYTES), file })
}

export function readExchangeFile(source: string, maxBytes = EXCHANGE_MAX_BYTES): string {
  assertUsablePath(source)
  const file = path.basename(source)
  let opened: OpenedFile
  try {
    // Devices, FIFOs and sockets are refused by type before they are opened (a FIFO would block the read),
    // and a file over the limit is refused by its size before it is opened.
    const stats = statRegularFile(source, file)
    if (stats.size > maxBytes) throw tooLarge(stats.size, file)
    if (stats.size === 0) throw new AppError('empty-file', { file })
    opened = openRegularFile(source, file)
  } catch (error) {
    throw toAppError(error, file)
  }
  const handle = opened.fd
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
    opened.close()
  }
}
