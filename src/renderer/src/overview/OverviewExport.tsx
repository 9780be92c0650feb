// Export the overview as PDF or CSV: a path (or folder), the export's language, replace or not. Main reads
// the same files again and writes the files completely or not at all.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '@shared/i18n'
import type { Language } from '@shared/model/records'
import { useApp } from '../panels/appContext'
import { ErrorAlert } from '../panels/ErrorAlert'
import { useCall } from '../panels/useCall'

export function OverviewExport({ files, today }: { files: string[]; today: string }) {
  const { t, i18n } = useTranslation()
  const { api } = useApp()
  const id = useId()
  const { busy, error, run } = useCall()
  const [kind, setKind] = useState<'pdf' | 'csv' | null>(null)
  const [target, setTarget] = useState('')
  const [language, setLanguage] = useState<Language>(i18n.language === 'da' ? 'da' : 'en')
  const [replace, setReplace] = useState(false)
  const [saved, setSaved] = useState<string | null>(null)

  const choose = (next: 'pdf' | 'csv') => {
    setKind(kind === next ? null : next)
    setSaved(null)
  }
  const save = async () => {
    if (!kind || target.trim() === '') return
    if (kind === 'pdf') {
      const result = await run(() =>
        api['overview.exportPdf']({ files, today, language, path: target.trim(), replace }),
      )
      if (result) setSaved(t('overview.export.savedPdf', { file: result.path, pages: result.pages }))
    } else {
      const result = await run(() =>
        api['overview.exportCsv']({ files, today, language, folder: target.trim(), replace }),
      )
      if (result) setSaved(t('overview.export.savedCsv', { files: 'areas.csv, projects.csv', folder: result.folder }))
    }
  }

  return (
    <div className="overview-export">
      <div className="actions">
        <button type="button" aria-expanded={kind === 'pdf'} onClick={() => choose('pdf')}>
          {t('overview.export.pdf')}
        </button>
        <button type="button" aria-expanded={kind === 'csv'} onClick={() => choose('csv')}>
          {t('overview.export.csv')}
        </button>
      </div>
      {kind && (
        <form
          className="overview-export-form"
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-target`}>
              {kind === 'pdf' ? t('overview.export.pdfPath') : t('overview.export.csvFolder')}
            </label>
            <input
              id={`${id}-target`}
              className="path-input"
              value={target}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => setTarget(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-language`}>{t('overview.export.language')}</label>
            <select
              id={`${id}-language`}
              value={language}
              onChange={(event) => setLanguage(event.target.value as Language)}
            >
              {LANGUAGES.map((option) => (
                <option key={option} value={option}>
                  {t(`languages.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <label className="check">
            <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />
            {t('overview.export.replace')}
          </label>
          <button type="submit" className="primary" disabled={busy || target.trim() === ''}>
            {t('overview.export.save')}
          </button>
        </form>
      )}
      {busy && (
        <p className="muted" role="status">
          {t('start.busy')}
        </p>
      )}
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
      <ErrorAlert error={error} />
    </div>
  )
}
