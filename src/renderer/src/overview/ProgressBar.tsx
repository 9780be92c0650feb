// A project's progress as a small bar with its number; "not reported" when no follow-up gave one.
import { useTranslation } from 'react-i18next'

export function ProgressBar({ value }: { value: number | null }) {
  const { t } = useTranslation()
  if (value === null) return <span className="muted">{t('overview.noProgress')}</span>
  return (
    <span className="progress-cell">
      <span className="progress-track" role="img" aria-label={`${t('overview.columns.progress')} ${value} %`}>
        <span className="progress-fill" style={{ width: `${value}%` }} />
      </span>
      <span>{value} %</span>
    </span>
  )
}
