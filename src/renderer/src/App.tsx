// The app shell: picks the language, holds the open workshop's mirror and routes API events to it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopSnapshot } from '@shared/api/contract'
import { pickLanguage, type TranslationKey } from '@shared/i18n'
import type { Language } from '@shared/model/records'
import type { ApiConnection } from './api'
import { DocumentMirror, nextFrame } from './editor/documentMirror'
import { WorkshopCommands } from './editor/workshopCommands'
import { ExportButtons } from './exchange/ExportButtons'
import { MethodPanel, type OpenRequest } from './method/MethodPanel'
import { OpenItemProvider, type OpenItem } from './workshop/OpenItemContext'
import { AppContext, type AppInfo } from './panels/appContext'
import { LanguageSwitch } from './panels/LanguageSwitch'
import { ReadOnlyContext, ReadOnlyReason } from './panels/editLock'
import { PresenterControls } from './present/PresenterControls'
import { ExportDialog } from './report/ExportDialog'
import { Disclosure } from './frame/Disclosure'
import './frame/frame.css'
import { StartScreen } from './panels/StartScreen'
import { OverviewScreen } from './overview/OverviewScreen'
import { WorkshopView } from './panels/WorkshopView'

const METHOD_OPEN_KEY = 'handlekraft.methodPanelOpen'

export function App({ connection }: { connection: ApiConnection }) {
  const { api } = connection
  const { t, i18n } = useTranslation()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [mirror, setMirror] = useState<DocumentMirror | null>(null)
  /** Every change this window makes to the open workshop goes through this one queue. */
  const commands = useMemo(() => (mirror ? new WorkshopCommands(api, mirror) : null), [api, mirror])
  /** A translation key, so the notice follows a language switch. */
  const [notice, setNotice] = useState<TranslationKey | null>(null)
  const languageChosenByHand = useRef(false)
  /** The file the shell asked to show at launch; cleared once the start screen has tried it. */
  const [launchPath, setLaunchPath] = useState(connection.openPath)
  /** The Method panel beside the board; the facilitator folds it away to give the projector the whole board. */
  // Kept across launches: a facilitator who folds it away for the projector wants it folded next time too.
  const [methodOpen, setMethodOpen] = useState(() => localStorage.getItem(METHOD_OPEN_KEY) !== 'false')
  useEffect(() => localStorage.setItem(METHOD_OPEN_KEY, String(methodOpen)), [methodOpen])
  // A project or actor opened from the board is edited in the Method panel, so the panel unfolds for it.
  const [openRequest, setOpenRequest] = useState<OpenRequest | null>(null)
  const openItem = useCallback((item: OpenItem) => {
    setMethodOpen(true)
    setOpenRequest((last) => ({ item, count: (last?.count ?? 0) + 1 }))
  }, [])
  const language: Language = i18n.language === 'da' ? 'da' : 'en'

  useEffect(() => {
    let alive = true
    void api['app.info']({}).then((result) => {
      if (!alive || !result.ok) return
      setInfo(result.value)
      // The OS locale is a better guess than the browser's, unless the facilitator already chose.
      if (!languageChosenByHand.current) void i18n.changeLanguage(pickLanguage(result.value.locale))
    })
    return () => {
      alive = false
    }
  }, [api, i18n])

  useEffect(() => {
    document.documentElement.lang = language
    document.title = t('app.name')
  }, [language, t])

  // Events reach the current mirror through a ref, so subscribing once is enough.
  const mirrorRef = useRef<DocumentMirror | null>(null)
  mirrorRef.current = mirror
  useEffect(() => api.onEvent((event) => mirrorRef.current?.handleEvent(event)), [api])
  useEffect(() => connection.onOpen(() => void mirrorRef.current?.resync()), [connection])

  // When main closes the workshop (here or from another window), go back to the start screen.
  useEffect(() => {
    if (!mirror) return
    return mirror.subscribe(() => {
      if (mirror.getState().closed) {
        setMirror(null)
        if (!mirror.closingHere) setNotice('workshop.closedElsewhere')
      }
    })
  }, [mirror])

  /** The overview of many workshops replaces the start screen until the coordinator goes back or opens one. */
  const [overviewOpen, setOverviewOpen] = useState(false)
  const opened = (snapshot: WorkshopSnapshot) => {
    setNotice(null)
    setOverviewOpen(false)
    setMirror(new DocumentMirror(api, snapshot, nextFrame))
  }

  // Where the open workshop puts its parts of the top bar (see the header below).
  const [headerSlot, setHeaderSlot] = useState<HTMLElement | null>(null)
  const [fileSlot, setFileSlot] = useState<HTMLElement | null>(null)
  const [closeSlot, setCloseSlot] = useState<HTMLElement | null>(null)

  const context = useMemo(() => ({ api, info }), [api, info])

  return (
    <AppContext.Provider value={context}>
      <div className="app">
        {/* One row on a 1280-pixel projector laptop: every row up here is a row the board loses. The open
            workshop renders its title, saved state and undo/redo into the slot at the left, and its
            Save a copy into the File menu (portals), so they sit in this one bar. */}
        <header className="topbar">
          {mirror ? (
            <div className="topbar-workshop" ref={setHeaderSlot} />
          ) : (
            <span className="brand" aria-hidden="true" />
          )}
          {mirror && (
            <button
              type="button"
              className="method-toggle"
              aria-expanded={methodOpen}
              aria-controls="method-panel"
              onClick={() => setMethodOpen((open) => !open)}
            >
              {t('method.show')}
            </button>
          )}
          {mirror && commands && <PresenterControls mirror={mirror} commands={commands} />}
          {mirror && (
            <Disclosure className="file-menu" label={t('stage.fileMenu')} panelLabel={t('stage.fileMenuLabel')}>
              <div className="file-menu-slot" ref={setFileSlot} />
              <ExportDialog mirror={mirror} />
              <ExportButtons
                workshopId={mirror.getState().workshopId}
                title={mirror.getState().doc.workshop.workshop?.title ?? ''}
              />
            </Disclosure>
          )}
          {mirror && <div className="topbar-close" ref={setCloseSlot} />}
          <LanguageSwitch
            onChoose={(chosen) => {
              languageChosenByHand.current = true
              void i18n.changeLanguage(chosen)
            }}
          />
        </header>
        {mirror && commands ? (
          // A workshop's read-only flag never changes while it is open (a saved copy opens as a new mirror).
          <ReadOnlyContext.Provider value={mirror.getState().readOnly}>
            <OpenItemProvider value={openItem}>
              <div className="workshop-with-method" key={mirror.getState().workshopId}>
                <ReadOnlyReason />
                <WorkshopView
                  mirror={mirror}
                  commands={commands}
                  onClosed={() => setMirror(null)}
                  onOpenCopy={opened}
                  slots={{ header: headerSlot, fileMenu: fileSlot, close: closeSlot }}
                />
                <MethodPanel mirror={mirror} commands={commands} hidden={!methodOpen} openRequest={openRequest} />
              </div>
            </OpenItemProvider>
          </ReadOnlyContext.Provider>
        ) : overviewOpen ? (
          <OverviewScreen language={language} onBack={() => setOverviewOpen(false)} onOpened={opened} />
        ) : (
          <StartScreen
            language={language}
            notice={notice ? t(notice) : null}
            initialOpenPath={launchPath}
            onInitialOpenTried={() => setLaunchPath(null)}
            onOpened={opened}
            onOverview={() => setOverviewOpen(true)}
          />
        )}
      </div>
    </AppContext.Provider>
  )
}
