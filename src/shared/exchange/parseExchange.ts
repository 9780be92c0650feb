// Exchange file text -> a checked ExchangeFile, or AppError('bad-import') saying why. Nothing here writes;
// the caller only writes after this returned. Checks run cheapest first: JSON syntax, the envelope
// (format and version, so a file from a newer Handlekraft is named as such), then every record strictly,
// then ids and references.
import type { z } from 'zod'
import { ExchangeFile, EXCHANGE_FORMAT, EXCHANGE_SCHEMA_VERSION } from './exchangeSchema'
import { importRefused } from './exchangeProblem'
import { assertReferencesResolve, assertUniqueIds } from './references'
import { upgradeExchange } from './upgradeExchange'

/** "records.notes[3].x" for a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else text += text === '' ? String(key) : `.${String(key)}`
  }
  return text
}

/** Line and column of a JSON.parse failure; V8 names the position for most errors but not all. */
function syntaxProblem(text: string, error: unknown): never {
  const message = error instanceof Error ? error.message : String(error)
  const match = /at position (\d+)/.exec(message)
  const position = match ? Number(match[1]) : null
  const end = text.trimEnd().length
  if (/end of JSON input/i.test(message) || (position !== null && position >= end)) {
    throw importRefused('truncated')
  }
  if (position === null) throw importRefused('not-json')
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  throw importRefused('not-json', { line, column })
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function firstIssue(error: z.ZodError): never {
  const issue = error.issues[0]!
  if (issue.code === 'unrecognized_keys') {
    const field = issue.keys[0] ?? ''
    throw importRefused('unknown-field', { where: formatPath([...issue.path, field]), field })
  }
  throw importRefused('invalid-value', { where: formatPath(issue.path) }, issue.message)
}

export function parseExchangeText(text: string): ExchangeFile {
  // A byte order mark is not JSON, but Windows editors add one; it carries no data, so allow it.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    syntaxProblem(body, error)
  }
  if (!isPlainObject(value) || value.format !== EXCHANGE_FORMAT) throw importRefused('not-an-export')
  value = upgradeExchange(value)
  const version = (value as Record<string, unknown>).schemaVersion
  if (typeof version === 'number' && Number.isInteger(version) && version > EXCHANGE_SCHEMA_VERSION) {
    throw importRefused('newer-version', { found: version, supported: EXCHANGE_SCHEMA_VERSION })
  }
  if (version !== EXCHANGE_SCHEMA_VERSION) {
    throw importRefused('unsupported-version', {
      found: String(version).slice(0, 20),
      supported: EXCHANGE_SCHEMA_VERSION,
    })
  }
  const parsed = ExchangeFile.safeParse(value)
  if (!parsed.success) firstIssue(parsed.error)
  assertUniqueIds(parsed.data)
  assertReferencesResolve(parsed.data)
  return parsed.data
}
