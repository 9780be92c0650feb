// Projects by status as four small labelled counts ("2 running"), zeros dimmed.
import { useTranslation } from 'react-i18next'
import { ProjectStatus } from '@shared/model/records'

export function StatusCounts({ counts }: { counts: Record<ProjectStatus, number> }) {
  const { t } = useTranslation()
  return (
    <span className="status-counts">
      {ProjectStatus.options.map((status) => (
        <span key={status} className={`status-chip status-${status}${counts[status] === 0 ? ' zero' : ''}`}>
          {counts[status]} {t(`method.projects.status.${status}`).toLocaleLowerCase()}
        </span>
      ))}
    </span>
  )
}
