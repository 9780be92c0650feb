// The sentence for an error from an export or import: a refused import names its reason (from the
// `exchange.problems` catalog), everything else (disk full, read-only folder, file exists) is the app's
// usual error message.
import type { AppErrorShape } from '../errors'
import { errorMessage, type Translate } from '../i18n'
import { IMPORT_PROBLEMS, type ImportProblem } from './exchangeProblem'

export function exchangeErrorMessage(t: Translate, shape: AppErrorShape): string {
  const reason = shape.params?.reason
  if (shape.code !== 'bad-import' || !IMPORT_PROBLEMS.includes(reason as ImportProblem)) return errorMessage(t, shape)
  const params = shape.params
  if (reason === 'not-json' && params.line === undefined) {
    return t('exchange.problemsWithoutDetails.not-json')
  }
  const message = t(`exchange.problems.${String(reason)}`, { ...params })
  return params.file ? `${message} ${t('errorFile', { file: params.file })}` : message
}
