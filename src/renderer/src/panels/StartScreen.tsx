// The first screen: make a workshop, open one (native dialog in Electron, a path field in the browser
// shell), open the demo, or pick one of the recent files.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecentEntry, WorkshopSnapshot } from '@shared/api/contract'
import type { Language } from '@shared/model/records'
import { useApp } from './appContext'
import { ErrorAlert } from './ErrorAlert'
import { NewWorkshopDialog } from './NewWorkshopDialog'
import { PathForm } from './PathForm'
import { RecentList } from './RecentList'
import { ImportJsonButton } from '../exchange/ImportJsonButton'
import { useCall } from './useCall'

export interface StartScreenProps {
  language: Language
  notice: string | null
  /** A file the shell asked to show at launch (`?open=`); opened once, a refusal is shown here. */
  initialOpenPath?: string | null
  onInitialOpenTried?: () => void
  onOpened: (snapshot: WorkshopSnapshot) => void
  /** Shows the overview of many workshops (issue 14). */
  onOverview?: () => void
}

export function StartScreen({
  language,
  notice,
  initialOpenPath = null,
  onInitialOpenTried,
  onOpened,
  onOverview,
}: StartScreenProps) {
  const { t } = useTranslation()
  const { api, info } = useApp()
  const { busy, error, run } = useCall()
  const [recent, setRecent] = useState<RecentEntry[] | null>(null)
  const [creating, setCreating] = useState(false)
  const [askingPath, setAskingPath] = useState(false)

  useEffect(() => {
    let alive = true
    void api['workshop.recent']({}).then((result) => {
      if (alive) setRecent(result.ok ? result.value : [])
    })
    return () => {
      alive = false
    }
  }, [api])

  const openPath = useCallback(
    async (path: string) => {
      const snapshot = await run(() => api['workshop.open']({ path }))
      if (snapshot) onOpened(snapshot)
    },
    [run, api, onOpened],
  )

  // Once per launch: the ref covers StrictMode's second effect run, onInitialOpenTried lets App forget the
  // path so coming back to the start screen later does not open it again.
  const launchOpenDone = useRef(false)
  useEffect(() => {
    if (!initialOpenPath || launchOpenDone.current) return
    launchOpenDone.current = true
    onInitialOpenTried?.()
    void openPath(initialOpenPath)
  }, [initialOpenPath, onInitialOpenTried, openPath])

  const open = async () => {
    if (!info?.nativeDialogs) {
      setAskingPath(true)
      return
    }
    const chosen = await run(() => api['dialog.chooseWorkshop']({ purpose: 'open' }))
    if (chosen?.path) await openPath(chosen.path)
  }

  const openDemo = async () => {
    const snapshot = await run(() => api['workshop.openDemo']({ language }))
    if (snapshot) onOpened(snapshot)
  }

  return (
    <main className="start">
      <div className="start-intro">
        <h1>{t('app.name')}</h1>
        <p className="tagline">{t('start.tagline')}</p>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="start-actions">
        <button type="button" className="primary big" disabled={busy} onClick={() => setCreating(true)}>
          {t('start.newWorkshop')}
        </button>
        <button type="button" className="big" disabled={busy} onClick={() => void open()} aria-expanded={info?.nativeDialogs ? undefined : askingPath}>
          {t('start.open')}
        </button>
        <button type="button" className="big" disabled={busy} onClick={() => void openDemo()}>
          {t('start.openDemo')}
        </button>
        <ImportJsonButton onOpened={onOpened} />
        {onOverview && (
          <button type="button" className="big" disabled={busy} onClick={onOverview}>
            {t('overview.open')}
          </button>
        )}
      </div>
      {askingPath && (
        <PathForm
          heading={t('start.openByPath')}
          label={t('start.pathLabel')}
          submitLabel={t('start.openButton')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onSubmit={(path) => void openPath(path)}
          onCancel={() => setAskingPath(false)}
        />
      )}
      {busy && (
        <p className="muted" role="status">
          {t('start.busy')}
        </p>
      )}
      <ErrorAlert error={error} />
      <RecentList entries={recent} busy={busy} onOpen={(path) => void openPath(path)} />
      {creating && (
        <NewWorkshopDialog
          defaultLanguage={language}
          onCreated={(snapshot) => {
            setCreating(false)
            onOpened(snapshot)
          }}
          onCancel={() => setCreating(false)}
        />
      )}
    </main>
  )
}
