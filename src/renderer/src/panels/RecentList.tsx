// Workshops opened before, newest first. A file that is gone stays listed, marked, so the facilitator
// sees what happened instead of a silently shorter list.
import { useTranslation } from 'react-i18next'
import type { RecentEntry } from '@shared/api/contract'

export interface RecentListProps {
  entries: RecentEntry[] | null
  busy: boolean
  onOpen: (path: string) => void
}

export function RecentList({ entries, busy, onOpen }: RecentListProps) {
  const { t } = useTranslation()
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('start.recent')}</h2>
      {entries !== null && entries.length === 0 && <p className="muted">{t('start.recentEmpty')}</p>}
      {entries !== null && entries.length > 0 && (
        <ul>
          {entries.map((entry) => (
            <li key={entry.path}>
              <button
                type="button"
                className={entry.exists ? 'recent-entry' : 'recent-entry missing'}
                disabled={busy || !entry.exists}
                // Spelled out so title and path do not run together when read as one name.
                aria-label={[entry.title, entry.path, entry.exists ? null : t('start.missing')].filter(Boolean).join(', ')}
                onClick={() => onOpen(entry.path)}
              >
                <span className="recent-title">{entry.title}</span>
                <span className="recent-path">{entry.path}</span>
                {!entry.exists && <span className="recent-missing">{t('start.missing')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
