// Why an exchange file was refused. Carried as AppError('bad-import', { reason, ... }) so the API and the
// CLI pass it on like any other error; exchangeErrorMessage turns it into a sentence.
import { AppError } from '../errors'

export const IMPORT_PROBLEMS = [
  'too-large',
  'not-utf8',
  'not-json',
  'truncated',
  'not-an-export',
  'newer-version',
  'unsupported-version',
  'unknown-field',
  'invalid-value',
  'duplicate-id',
  'dangling-reference',
  /** Well-formed, but breaks a rule the app keeps (src/shared/invariants): too many dots, a contradicting status. */
  'breaks-rule',
] as const
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number]

export function importRefused(
  reason: ImportProblem,
  params: Record<string, string | number> = {},
  detail?: string,
): AppError {
  return new AppError('bad-import', { reason, ...params }, detail ?? reason)
}
