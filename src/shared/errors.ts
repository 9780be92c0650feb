// Errors that cross the API carry a code (translated by the UI in the user's language) and optional
// parameters for the message; never a stack trace or a raw exception text alone.
import { z } from 'zod'

export const ERROR_CODES = [
  'invalid-input',
  'unknown-method',
  'not-found',
  'is-directory',
  'empty-file',
  'not-sqlite',
  'foreign-file',
  'corrupt',
  'newer-version',
  'already-open',
  'network-share',
  'read-only',
  'no-space',
  'file-exists',
  'not-open',
  'command-rejected',
  'nothing-to-undo',
  'unauthorized',
  'forbidden',
  'too-large',
  /** An exchange (JSON) file was refused; params.reason says why (src/shared/exchange/exchangeProblem.ts). */
  'bad-import',
  'internal',
  'no-browser',
  'folder-not-found',
  /** A pipe (FIFO), a device or a socket where a file was expected: refused by type, never opened. */
  'not-a-file',
  /** The file exists but this user may not read it. */
  'not-readable',
  /** A workshop file far larger than any workshop: refused before it is read (params: size, limit in MB). */
  'workshop-too-large',
] as const
export const ErrorCode = z.enum(ERROR_CODES)
export type ErrorCode = z.infer<typeof ErrorCode>

export const AppErrorShape = z.object({
  code: ErrorCode,
  /** Values for the translated message, e.g. the file name or the version found. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** Technical detail for logs and bug reports; the UI shows the translated message instead. */
  detail: z.string().optional(),
})
export type AppErrorShape = z.infer<typeof AppErrorShape>

export class AppError extends Error {
  readonly code: ErrorCode
  readonly params: Record<string, string | number>
  readonly detail?: string

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, detail?: string) {
    super(detail ? `${code}: ${detail}` : code)
    this.name = 'AppError'
    this.code = code
    this.params = params
    this.detail = detail
  }

  toShape(): AppErrorShape {
    return { code: this.code, params: this.params, ...(this.detail ? { detail: this.detail } : {}) }
  }

  static fromShape(shape: AppErrorShape): AppError {
    return new AppError(shape.code, shape.params, shape.detail)
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError
}
