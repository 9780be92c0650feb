// The local error log: the full story of every failed API call (raw SQLite and file-system messages, paths,
// stack traces of bugs) for the facilitator's own bug reports. Only this user can read it (0600 in a 0700
// folder), it never grows past two files of LOG_LIMIT_BYTES, and failing to write it never fails a call.
import fs from 'node:fs'
import path from 'node:path'
import type { AppError } from '@shared/errors'

export const LOG_LIMIT_BYTES = 1024 * 1024

export interface ErrorLog {
  readonly file: string
  record(method: string, error: AppError, cause: unknown): void
}

/** One line per entry: control characters (a hostile file name) cannot fake or split entries. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').slice(0, 4000)
}

export function createErrorLog(folder: string, limitBytes = LOG_LIMIT_BYTES): ErrorLog {
  const file = path.join(folder, 'errors.log')
  return {
    file,
    record(method, error, cause) {
      const stack = error.code === 'internal' && cause instanceof Error && cause.stack ? ` ${cause.stack}` : ''
      const params = JSON.stringify(error.params)
      const line = `${new Date().toISOString()} ${method} ${error.code} ${params} ${oneLine(error.detail ?? '')}${oneLine(stack)}\n`
      try {
        fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
        const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0
        if (size + line.length > limitBytes) fs.renameSync(file, `${file}.1`)
        fs.appendFileSync(file, line, { mode: 0o600 })
      } catch {
        // A full disk or a read-only home folder must not turn a refusal into a crash.
      }
    },
  }
}
