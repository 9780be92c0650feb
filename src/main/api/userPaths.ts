// Where a path typed into the app (the browser shell's path forms, a script) points. A relative path means
// "in my workshops folder" — never the folder the app was installed or started in, where `package.json`
// would open the app's own manifest and "Save a copy" to a bare name would write among the app's files.
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { API, FilePath, type ApiMethod } from '@shared/api/contract'

/** `~` and `~/…` are the user's home, as in a shell; other relative paths live in the workshops folder. */
export function resolveUserPath(typed: string, workshopsFolder: string, home: string = os.homedir()): string {
  if (typed === '~') return home
  if (typed.startsWith('~/') || typed.startsWith('~\\')) return path.resolve(home, typed.slice(2))
  if (path.isAbsolute(typed)) return path.resolve(typed)
  return path.resolve(workshopsFolder, typed)
}

function isFilePath(schema: z.ZodType): boolean {
  if (schema === FilePath) return true
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return isFilePath(schema.unwrap() as z.ZodType)
  return false
}

/** The input fields of each method that are paths, read from the contract itself (a new one needs no edit). */
export const PATH_FIELDS: ReadonlyMap<ApiMethod, readonly string[]> = new Map(
  (Object.keys(API) as ApiMethod[]).flatMap((method) => {
    const input = API[method].input as z.ZodType
    if (!(input instanceof z.ZodObject)) return []
    const fields = Object.entries(input.shape as Record<string, z.ZodType>)
      .filter(([, schema]) => isFilePath(schema))
      .map(([name]) => name)
    return fields.length > 0 ? [[method, fields] as const] : []
  }),
)

/** The parsed input with every path field made absolute (a copy; the input is not changed). */
export function resolveInputPaths<T>(method: ApiMethod, input: T, workshopsFolder: string): T {
  const fields = PATH_FIELDS.get(method)
  if (!fields || typeof input !== 'object' || input === null) return input
  const resolved: Record<string, unknown> = { ...(input as Record<string, unknown>) }
  for (const field of fields) {
    const value = resolved[field]
    if (typeof value === 'string') resolved[field] = resolveUserPath(value, workshopsFolder)
  }
  return resolved as T
}
