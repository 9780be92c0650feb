// "Export data": JSON of the whole workshop and CSV of notes, votes and projects. Electron asks with the
// system's dialog (which confirms replacing a file); the browser shell asks for a path, with a checkbox to
// replace existing files. A refusal because a file exists offers "Replace and export".
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApp } from '../panels/appContext'
import { useCall } from '../panels/useCall'
import { ExchangeMessages } from './ExchangeMessages'
import './exchange.css'

type Kind = 'json' | 'csv'

export function ExportButtons({ workshopId, title }: { workshopId: string; title: string }) {
  const { t } = useTranslation()
  const { api, info } = useApp()
  const { busy, error, setError, run } = useCall()
  const [asking, setAsking] = useState<Kind | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [last, setLast] = useState<{ kind: Kind; path: string } | null>(null)

  const exportTo = async (kind: Kind, path: string, replace: boolean) => {
    setDone(null)
    setLast({ kind, path })
    if (kind === 'json') {
      const result = await run(() => api['workshop.exportJson']({ workshopId, path, replace }))
      if (result) setDone(t('exchange.ui.jsonSaved', { path: result.path }))
      return result !== null
    }
    const result = await run(() => api['workshop.exportCsv']({ workshopId, folder: path, replace }))
    if (result) setDone(t('exchange.ui.csvSaved', { folder: result.folder }))
    return result !== null
  }

  const start = async (kind: Kind) => {
    setDone(null)
    setError(null)
    if (!info?.nativeDialogs) {
      setAsking(kind)
      return
    }
    const purpose = kind === 'json' ? 'export-json' : 'export-csv'
    const chosen = await run(() => api['dialog.chooseExchangeFile']({ purpose, suggestedName: title }))
    // The save dialog already confirmed replacing a JSON file; a CSV folder was only chosen, not confirmed.
    if (chosen?.path) await exportTo(kind, chosen.path, kind === 'json')
  }

  return (
    <div className="exchange-group" role="group" aria-label={t('exchange.ui.exportGroup')}>
      <button
        type="button"
        disabled={busy}
        aria-expanded={info?.nativeDialogs ? undefined : asking === 'json'}
        onClick={() => void start('json')}
      >
        {t('exchange.ui.exportJson')}
      </button>
      <button
        type="button"
        disabled={busy}
        aria-expanded={info?.nativeDialogs ? undefined : asking === 'csv'}
        onClick={() => void start('csv')}
      >
        {t('exchange.ui.exportCsv')}
      </button>
      {(asking || done || error) && (
        // Escape closes the panel, as it does any popover: it must never stay in the way of the toolbar.
        <div
          className="exchange-panel"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return
            setAsking(null)
            setDone(null)
            setError(null)
          }}
        >
          {asking && (
            <ExportPathForm
              kind={asking}
              busy={busy}
              onCancel={() => setAsking(null)}
              onSubmit={async (path, replace) => {
                if (await exportTo(asking, path, replace)) setAsking(null)
              }}
            />
          )}
          <ExchangeMessages done={done} error={error} />
          {error?.code === 'file-exists' && last && (
            <div className="actions">
              <button
                type="button"
                disabled={busy}
                onClick={() => void exportTo(last.kind, last.path, true).then((ok) => ok && setAsking(null))}
              >
                {t('exchange.ui.replaceAndRetry')}
              </button>
            </div>
          )}
          {!asking && (done || error) && (
            <div className="actions">
              <button type="button" autoFocus onClick={() => (setDone(null), setError(null))}>
                {t('common.close')}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  )
}

function ExportPathForm({
  kind,
  busy,
  onSubmit,
  onCancel,
}: {
  kind: Kind
  busy: boolean
  onSubmit: (path: string, replace: boolean) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const [path, setPath] = useState('')
  const [replace, setReplace] = useState(false)
  return (
    <form
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault()
        if (path.trim() !== '') onSubmit(path.trim(), replace)
      }}
    >
      <h2 id={`${id}-heading`}>{t(kind === 'json' ? 'exchange.ui.jsonHeading' : 'exchange.ui.csvHeading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-path`}>{t(kind === 'json' ? 'exchange.ui.jsonPath' : 'exchange.ui.csvFolder')}</label>
        <input
          id={`${id}-path`}
          value={path}
          autoFocus
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setPath(event.target.value)}
        />
      </div>
      <label>
        <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />{' '}
        {t('exchange.ui.replace')}
      </label>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy || path.trim() === ''}>
          {t('exchange.ui.save')}
        </button>
      </div>
    </form>
  )
}
