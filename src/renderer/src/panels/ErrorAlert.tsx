// An API error as a sentence in the current language, announced to screen readers.
import { useTranslation } from 'react-i18next'
import type { AppErrorShape } from '@shared/errors'
import { errorMessage, type Translate } from '@shared/i18n'

export function ErrorAlert({ error }: { error: AppErrorShape | null }) {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <p className="alert" role="alert">
      {errorMessage(t as unknown as Translate, error)}
    </p>
  )
}
