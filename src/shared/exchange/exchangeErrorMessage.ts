// The sentence for an error from an export or import: a refused import names its reason (from the
// `exchange.problems` catalog), everything else (disk full, read-only folder, file exists) is the app's
// usual error message.
import type { AppErrorShape } from '../errors'
import { errorMessage, type Translate } from '../i18n'
import { en } from '../i18n/en'
import { IMPORT_PROBLEMS, type ImportProblem } from './exchangeProblem'

export function exchangeErrorMessage(t: Translate, shape: AppErrorShape): string {
  const reason = shape.params?.reason
  if (shape.code !== 'bad-import' || !IMPORT_PROBLEMS.includes(reason as ImportProblem)) return errorMessage(t, shape)
  const params = shape.params
  if (reason === 'not-json' && params.line === undefined) {
    return t('exchange.problemsWithoutDetails.not-json')
  }
  const message =
    reason === 'breaks-rule'
      ? `${t(`invariants.rules.${String(params.rule)}`, ruleValues(t, params))} ${t('invariants.nothingWritten')}`
      : t(`exchange.problems.${String(reason)}`, { ...params })
  return params.file ? `${message} ${t('errorFile', { file: params.file })}` : message
}

/** A broken rule's parameters in the user's words: the role as "borgerprikker" / "35 borgere", the status named. */
function ruleValues(t: Translate, params: Record<string, string | number>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...params }
  const role = params.role
  if (typeof role === 'string' && role in en.roles) {
    values.roleDots = t(`votes.roleDots.${role}`)
    values.rolePeople = t(`votes.rolePeople.${role}`, { count: Number(params.people ?? 0) })
  }
  for (const key of ['status', 'latest'] as const) {
    const status = params[key]
    if (typeof status === 'string' && status in en.exchange.csv.projectStatus) {
      values[key] = t(`exchange.csv.projectStatus.${status}`)
    }
  }
  return values
}
