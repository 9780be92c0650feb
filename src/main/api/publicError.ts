// What the renderer is told about a failure: the typed code and the parameters of its translated message,
// with any path cut down to the file's name. Raw SQLite and file-system texts (which name absolute paths,
// temporary files, the install folder) stay on this computer, in the error log (errorLog.ts).
import path from 'node:path'
import type { AppError, AppErrorShape } from '@shared/errors'

/** Parameters that hold a path; the message only ever needs the last part. */
const PATH_PARAMS = new Set(['file', 'folder', 'path', 'target', 'share'])

function nameOnly(value: string): string {
  // Both separators: a Windows path reaches us as text on any platform (a path typed into a form).
  const name = path.win32.basename(path.posix.basename(value))
  return name.length > 0 ? name : value
}

export function publicError(error: AppError): AppErrorShape {
  const params: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(error.params))
    params[key] = typeof value === 'string' && PATH_PARAMS.has(key) ? nameOnly(value) : value
  return { code: error.code, params }
}
