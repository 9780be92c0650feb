// "Import JSON…" on the start screen: a JSON export becomes a NEW workshop file, opened at once. Electron
// picks the file with the system dialog and saves the new workshop in the workshops folder; the browser
// shell asks for the path (and optionally where to put the new file).
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopSnapshot } from '@shared/api/contract'
import { useApp } from '../panels/appContext'
import { useCall } from '../panels/useCall'
import { ExchangeMessages } from './ExchangeMessages'
import './exchange.css'

export function ImportJsonButton({ onOpened }: { onOpened: (snapshot: WorkshopSnapshot) => void }) {
  const { t } = useTranslation()
  const { api, info } = useApp()
  const { busy, error, setError, run } = useCall()
  const [asking, setAsking] = useState(false)

  const importFrom = async (path: string, target?: string) => {
    const snapshot = await run(() => api['workshop.importJson']({ path, ...(target ? { target } : {}) }))
    if (snapshot) onOpened(snapshot)
  }

  const start = async () => {
    setError(null)
    if (!info?.nativeDialogs) {
      setAsking(true)
      return
    }
    const chosen = await run(() => api['dialog.chooseExchangeFile']({ purpose: 'import-json' }))
    if (chosen?.path) await importFrom(chosen.path)
  }

  return (
    <div className="exchange-import">
      <button
        type="button"
        className="big"
        disabled={busy}
        aria-expanded={info?.nativeDialogs ? undefined : asking}
        onClick={() => void start()}
      >
        {t('exchange.ui.importJson')}
      </button>
      {(asking || error) && (
        <div className="exchange-panel">
          {asking && (
            <ImportForm
              busy={busy}
              onCancel={() => setAsking(false)}
              onSubmit={(path, target) => void importFrom(path, target)}
            />
          )}
          <ExchangeMessages done={null} error={error} />
        </div>
      )}
    </div>
  )
}

function ImportForm({
  busy,
  onSubmit,
  onCancel,
}: {
  busy: boolean
  onSubmit: (path: string, target?: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const [path, setPath] = useState('')
  const [target, setTarget] = useState('')
  return (
    <form
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault()
        if (path.trim() !== '') onSubmit(path.trim(), target.trim() || undefined)
      }}
    >
      <h2 id={`${id}-heading`}>{t('exchange.ui.importHeading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-path`}>{t('exchange.ui.importPath')}</label>
        <input
          id={`${id}-path`}
          value={path}
          autoFocus
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setPath(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-target`}>{t('exchange.ui.importTarget')}</label>
        <input
          id={`${id}-target`}
          value={target}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setTarget(event.target.value)}
        />
      </div>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy || path.trim() === ''}>
          {t('exchange.ui.importButton')}
        </button>
      </div>
    </form>
  )
}
