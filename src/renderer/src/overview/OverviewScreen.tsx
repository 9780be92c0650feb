// The overview of many workshops (issue 14): choose a folder or files (a path form, in both shells), watch
// them being read, then compare the areas: workshops with totals, strengths by category, learn from each
// other, projects across areas; filter, sort, open a workshop, export.
import { formatShortDate } from '@shared/format/format'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopSnapshot } from '@shared/api/contract'
import { ProjectStatus, type Language } from '@shared/model/records'
import { useApp } from '../panels/appContext'
import { ErrorAlert } from '../panels/ErrorAlert'
import { useCall } from '../panels/useCall'
import { AreasTable } from './AreasTable'
import { LearnSection } from './LearnSection'
import { OverviewExport } from './OverviewExport'
import {
  NO_FILTER,
  strategyAreaChoices,
  visibleEntries,
  visibleProjects,
  type OverviewFilter,
  type Sort,
} from './overviewView'
import { ProjectsTable } from './ProjectsTable'
import { StrengthsTable } from './StrengthsTable'
import { useOverviewReader } from './useOverviewReader'
import './overview.css'

const TABS = ['areas', 'strengths', 'learn', 'projects'] as const
type Tab = (typeof TABS)[number]

export interface OverviewScreenProps {
  language: Language
  onBack: () => void
  onOpened: (snapshot: WorkshopSnapshot) => void
}

export function OverviewScreen({ language, onBack, onOpened }: OverviewScreenProps) {
  const { t } = useTranslation()
  const { api } = useApp()
  const id = useId()
  const reader = useOverviewReader(api)
  const opening = useCall()
  const [paths, setPaths] = useState('')
  const [recursive, setRecursive] = useState(false)
  const [filter, setFilter] = useState<OverviewFilter>(NO_FILTER)
  const [sort, setSort] = useState<Sort | null>(null)
  const [tab, setTab] = useState<Tab>('areas')
  const overview = reader.overview

  const entries = useMemo(() => (overview ? visibleEntries(overview, filter, sort) : []), [overview, filter, sort])
  const projects = useMemo(() => visibleProjects(entries, filter), [entries, filter])
  const strategyAreas = useMemo(() => (overview ? strategyAreaChoices(overview) : []), [overview])
  const refused = overview?.files.filter((entry) => !entry.ok) ?? []

  const open = async (path: string) => {
    const snapshot = await opening.run(() => api['workshop.open']({ path }))
    if (snapshot) onOpened(snapshot)
  }
  const submit = () => {
    const list = paths
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    if (list.length > 0) void reader.read(list, recursive, language)
  }

  return (
    <main className="overview">
      <div className="overview-head">
        <h1>{t('overview.heading')}</h1>
        <button type="button" onClick={onBack}>
          {t('overview.back')}
        </button>
      </div>
      {/* Once workshops are read the chooser folds to one line, so the overview starts on the first screen. */}
      <details className="overview-chooser" open={!overview}>
        <summary hidden={!overview}>{t('overview.chooseAgain')}</summary>
        <form
          className="overview-choose"
          aria-labelledby={`${id}-choose`}
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <h2 id={`${id}-choose`} className="visually-hidden">
            {t('overview.chooseHeading')}
          </h2>
          <div className="field">
            <label htmlFor={`${id}-paths`}>{t('overview.pathsLabel')}</label>
            <textarea
              id={`${id}-paths`}
              className="path-input"
              rows={Math.min(4, Math.max(1, paths.split('\n').length))}
              value={paths}
              spellCheck={false}
              autoFocus
              aria-describedby={`${id}-help`}
              onChange={(event) => setPaths(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault()
                  submit()
                }
              }}
            />
            <p id={`${id}-help`} className="muted small">
              {t('overview.chooseHelp')}
            </p>
          </div>
          <label className="check">
            <input type="checkbox" checked={recursive} onChange={(event) => setRecursive(event.target.checked)} />
            {t('overview.includeSubfolders')}
          </label>
          <button type="submit" className="primary" disabled={reader.progress !== null || paths.trim() === ''}>
            {t('overview.read')}
          </button>
        </form>
      </details>

      {reader.progress && (
        <div className="overview-progress" role="status">
          <progress max={reader.progress.total} value={reader.progress.done} aria-label={t('overview.readingLabel')} />
          <span>{t('overview.reading', reader.progress)}</span>
        </div>
      )}
      {reader.empty && (
        <p className="notice" role="status">
          {t('overview.nothingFound')}
        </p>
      )}
      <ErrorAlert error={reader.error ?? opening.error} />

      {overview && (
        <>
          <p className="overview-summary">
            <strong>
              {t('overview.summary', {
                workshops: overview.totals.workshops,
                participants: overview.totals.participants.total,
                projects: overview.totals.projects,
              })}
            </strong>{' '}
            <span className="muted">{t('overview.today', { date: formatShortDate(overview.today, language) })}</span>
          </p>

          {refused.length > 0 && (
            <section className="overview-refused" aria-labelledby={`${id}-refused`}>
              <h2 id={`${id}-refused`}>{t('overview.refusedHeading', { count: refused.length })}</h2>
              <p className="muted small">{t('overview.refusedHelp')}</p>
              <ul>
                {refused.map((entry) => (
                  <li key={entry.path}>
                    <strong>{entry.file}</strong>: {!entry.ok && entry.error.message}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <div className="overview-filters" role="group" aria-label={t('overview.filters')}>
            <div className="field">
              <label htmlFor={`${id}-status`}>{t('overview.filterStatus')}</label>
              <select
                id={`${id}-status`}
                value={filter.status}
                onChange={(event) => setFilter({ ...filter, status: event.target.value as OverviewFilter['status'] })}
              >
                <option value="">{t('overview.all')}</option>
                {ProjectStatus.options.map((status) => (
                  <option key={status} value={status}>
                    {t(`method.projects.status.${status}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-strategy`}>{t('overview.filterStrategy')}</label>
              <select
                id={`${id}-strategy`}
                value={filter.strategyArea}
                onChange={(event) => setFilter({ ...filter, strategyArea: event.target.value })}
              >
                <option value="">{t('overview.all')}</option>
                {strategyAreas.map((area) => (
                  <option key={area} value={area}>
                    {area}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-place`}>{t('overview.filterPlace')}</label>
              <input
                id={`${id}-place`}
                type="search"
                value={filter.place}
                onChange={(event) => setFilter({ ...filter, place: event.target.value })}
              />
            </div>
            <OverviewExport files={reader.files} today={overview.today} />
          </div>

          <div className="overview-tabs" role="tablist" aria-label={t('overview.tabsLabel')}>
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`${id}-tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`${id}-panel`}
                onClick={() => setTab(name)}
              >
                {t(`overview.tabs.${name}`)}
              </button>
            ))}
          </div>
          <div className="overview-panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`}>
            {entries.length === 0 ? (
              <p className="muted">{t('overview.noMatches')}</p>
            ) : tab === 'areas' ? (
              <AreasTable
                overview={overview}
                entries={entries}
                sort={sort}
                onSort={setSort}
                onOpen={(path) => void open(path)}
                busy={opening.busy}
              />
            ) : tab === 'strengths' ? (
              <StrengthsTable overview={overview} entries={entries} />
            ) : tab === 'learn' ? (
              <LearnSection overview={overview} entries={entries} />
            ) : (
              <ProjectsTable rows={projects} />
            )}
          </div>
        </>
      )}
    </main>
  )
}
