// What happened after an export or import: a status line, or the reason it failed (a refused import says
// which check failed and that nothing was written).
import { useTranslation } from 'react-i18next'
import type { AppErrorShape } from '@shared/errors'
import { exchangeErrorMessage } from '@shared/exchange/exchangeErrorMessage'
import type { Translate } from '@shared/i18n'

export function ExchangeMessages({ done, error }: { done: string | null; error: AppErrorShape | null }) {
  const { t } = useTranslation()
  return (
    <>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {error && (
        <p className="alert" role="alert">
          {exchangeErrorMessage(t as unknown as Translate, error)}
        </p>
      )}
    </>
  )
}
