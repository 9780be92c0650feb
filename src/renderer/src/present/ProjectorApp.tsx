// The projector window's app (`?view=projector`): opens the workshop the facilitator's window named, keeps
// a live mirror of it, and shows ProjectorScreen. It only reads: main refuses its writes, and sends it a
// copy of the workshop without the facilitator's private notes or unrevealed dots. Closing this window
// loses nothing; opening it again (or reloading it) picks up the same workshop and presentation. When the
// facilitator closes the workshop this window says so, and comes back by itself once a facilitator's window
// opens the same file again (main tells every view which file was opened).
import { useEffect, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { workshopOf } from '@shared/model/document'
import type { Presence } from '@shared/presence/presence'
import type { ApiConnection } from '../api'
import { DocumentMirror, nextFrame } from '../editor/documentMirror'
import { followMirror } from './followMirror'
import { ProjectorScreen } from './ProjectorScreen'
import { RoomJoinOverlay } from '../room/RoomJoinScreen'
import './present.css'

const PATH_KEY = 'handlekraft.projectorPath'

/** The workshop to show: from the address on first load, remembered for a reload of this window. */
function projectorPath(openPath: string | null): string | null {
  try {
    if (openPath) sessionStorage.setItem(PATH_KEY, openPath)
    return openPath ?? sessionStorage.getItem(PATH_KEY)
  } catch {
    return openPath
  }
}

export function ProjectorApp({ connection }: { connection: ApiConnection }) {
  const { api } = connection
  const { t, i18n } = useTranslation()
  const [mirror, setMirror] = useState<DocumentMirror | null>(null)
  const [problem, setProblem] = useState<'noWorkshop' | 'closed' | null>(null)
  const [path] = useState(() => projectorPath(connection.openPath))
  /** Counts the facilitator's re-openings of our file; each one opens it here again. */
  const [opening, setOpening] = useState(0)

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'opened' && event.path === path) setOpening((n) => n + 1)
      }),
    [api, path],
  )

  useEffect(() => {
    if (!path) {
      setProblem('noWorkshop')
      return
    }
    let alive = true
    void api['workshop.open']({ path }).then((result) => {
      if (!alive) return
      if (!result.ok) return setProblem('noWorkshop')
      setProblem(null)
      setMirror(new DocumentMirror(api, result.value, nextFrame))
    })
    return () => {
      alive = false
    }
  }, [api, path, opening])

  // Events, re-syncs on every open of the event channel and once now (see followMirror: the open/subscribe race).
  useEffect(() => (mirror ? followMirror(api, connection, mirror, () => setProblem('closed')) : undefined), [api, connection, mirror])

  // Presence (the facilitator's moving view): memory on main, pushed as events; asked for once the workshop is
  // open and after a reconnect, since events sent while this window was away are not replayed.
  const [presence, setPresence] = useState<Presence | null>(null)
  useEffect(() => {
    if (!mirror) return
    const { workshopId } = mirror.getState()
    let alive = true
    const ask = () =>
      void api['presence.get']({ workshopId }).then((result) => {
        if (alive && result.ok) setPresence(result.value)
      })
    const offEvents = api.onEvent((event) => {
      if (event.type === 'presence' && event.workshopId === workshopId) setPresence(event.presence)
    })
    const offOpen = connection.onOpen(ask)
    ask()
    return () => {
      alive = false
      offEvents()
      offOpen()
    }
  }, [api, connection, mirror])

  const state = useSyncExternalStore(
    (listener) => mirror?.subscribe(listener) ?? (() => {}),
    () => mirror?.getState() ?? null,
  )
  // The room reads the workshop's language, whatever the facilitator's screen is set to.
  const language = state ? workshopOf(state.doc).language : null
  useEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language)
  }, [language, i18n])
  useEffect(() => {
    document.title = `${t('present.projector.title')} · ${t('app.name')}`
    document.documentElement.lang = i18n.language
  }, [t, i18n.language])

  if (problem || !state) {
    return (
      <div className="projector projector-message">
        <p role="status">{t(problem ? `present.projector.${problem}` : 'present.projector.loading')}</p>
      </div>
    )
  }
  return (
    <>
      <ProjectorScreen doc={state.doc} liveView={presence?.facilitatorView ?? null} />
      {/* The room's join screen (issue 13), over everything while the facilitator shows it. */}
      <RoomJoinOverlay api={api} workshopId={state.workshopId} />
    </>
  )
}
