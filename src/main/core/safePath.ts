// Paths arrive from the renderer (the browser shell's path form) and are used by Node and by SQLite. Refuse
// the ones the two would read differently or that Node cannot use at all, before anything is written:
// a NUL byte, or a lone UTF-16 surrogate (Node writes U+FFFD, SQLite the raw surrogate bytes, so a file
// SQLite made under such a name could not be found again to tidy up).
import { AppError } from '@shared/errors'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export function assertUsablePath(filePath: string): void {
  if (filePath.includes('\u0000') || LONE_SURROGATE.test(filePath)) {
    throw new AppError('invalid-input', { field: 'path' }, 'the path contains characters no file name can have')
  }
}
