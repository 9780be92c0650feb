// The projector's whole screen: the current phase and a large timer on top, the board (following the
// facilitator or one spotlighted thing) in the middle, the legend below. No editing chrome at all. Blanked
// (B on the laptop): black and nothing else.
// Freeze: the board keeps the document and view it had when the facilitator froze it; unfreezing glides
// the view and moves the notes to where they are now.
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { presentationOf } from '@shared/commands/presentationState'
import { workshopOf, type WorkshopDoc } from '@shared/model/document'
import { LIVE_STATE_ID, type BoardView, type Zone } from '@shared/model/records'
import { fitBounds } from '../editor/fitBounds'
import { HIGH_CONTRAST_THEME, NORMAL_THEME } from '../board/boardTheme'
import { categoryName, zoneTitle } from '../board/labels'
import { phaseName, timerView } from '../method/agendaModel'
import { boardBounds, docBetween, followedRegion, notesInZoneIds, regionOfView, spotlightExists, zoneRegion } from './presentModel'
import { ProjectorBoard } from './ProjectorBoard'
import { ProjectSpotlight, ResultsSpotlight, ThemeSpotlight } from './SpotlightViews'

const UNFREEZE_MS = 600

/** The document the board draws: held while frozen, then moving from the held one to the live one. */
function useFrozenDoc(live: WorkshopDoc, frozen: boolean): WorkshopDoc {
  const held = useRef<WorkshopDoc | null>(null)
  const [release, setRelease] = useState<{ from: WorkshopDoc; t: number } | null>(null)
  if (frozen && held.current === null) held.current = live
  useEffect(() => {
    if (frozen || held.current === null) return
    const from = held.current
    held.current = null
    const start = performance.now()
    let frame = requestAnimationFrame(function tick(now) {
      const t = (now - start) / UNFREEZE_MS
      setRelease(t >= 1 ? null : { from, t })
      if (t < 1) frame = requestAnimationFrame(tick)
    })
    setRelease({ from, t: 0 })
    return () => cancelAnimationFrame(frame)
  }, [frozen])
  if (frozen && held.current) return held.current
  return release ? docBetween(release.from, live, release.t) : live
}

function useClock(running: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(timer)
  }, [running])
  return running ? Math.max(now, Date.now()) : now
}

/**
 * `liveView`: the facilitator's view from the presence channel, as it moves; null until one arrived, then the
 * board follows the view saved in the workshop (the last settled one: a reopened projector resumes there).
 */
export function ProjectorScreen({ doc, liveView = null }: { doc: WorkshopDoc; liveView?: BoardView | null }) {
  const { t } = useTranslation()
  const live = presentationOf(doc)
  const boardDoc = useFrozenDoc(doc, live.frozen)
  const shown = live.frozen ? presentationOf(boardDoc) : live
  const theme = live.highContrast ? HIGH_CONTRAST_THEME : NORMAL_THEME
  const workshop = workshopOf(doc)
  const room = doc.liveState[LIVE_STATE_ID]
  const phase = room?.currentPhaseId ? doc.phase[room.currentPhaseId] : undefined
  const running = Boolean(room?.timerStartedAt)
  const now = useClock(running)
  const timer = room ? timerView(room, now) : null
  const titleOf = useMemo(() => (zone: Zone) => zoneTitle(zone, boardDoc, t), [boardDoc, t])

  const followed = live.frozen ? live.frozenView : (liveView ?? live.facilitatorView)
  const spot = shown.mode === 'spotlight' && spotlightExists(boardDoc, shown.spotlight) ? shown.spotlight : null
  // A new region (and so a glide) only when the followed view itself changes, not on every patch: the memo reads
  // the view's numbers (a patch brings a new object with the same numbers), and the document only when no view
  // is followed.
  const [x, y, scale, width, height] = followed
    ? [followed.x, followed.y, followed.scale, followed.width, followed.height]
    : []
  const fitDoc = followed ? null : boardDoc
  // The board's extent (areas and content), also as numbers: a patch that does not move its edges starts no glide.
  const board = useMemo(() => boardBounds(boardDoc, fitBounds(boardDoc)), [boardDoc])
  const [bx, by, bw, bh] = board ? [board.x, board.y, board.width, board.height] : []
  const followRegion = useMemo(
    () =>
      fitDoc
        ? fitBounds(fitDoc)
        : followedRegion(
            regionOfView({ x: x ?? 0, y: y ?? 0, scale: scale ?? 1, width: width ?? 0, height: height ?? 0 }),
            bx === undefined ? null : { x: bx, y: by ?? 0, width: bw ?? 0, height: bh ?? 0 },
          ),
    [fitDoc, x, y, scale, width, height, bx, by, bw, bh],
  )
  const zoneId = spot?.kind === 'zone' ? spot.id : null
  const zoneBox = useMemo(() => (zoneId ? zoneRegion(boardDoc, zoneId) : null), [boardDoc, zoneId])
  const zoneNotes = useMemo(() => (zoneId ? notesInZoneIds(boardDoc, zoneId) : null), [boardDoc, zoneId])
  const categories = Object.values(doc.category).sort((a, b) => a.position - b.position)

  if (live.presenting && live.blanked) {
    // B on the laptop: the room sees black, as with presentation software; nothing else is drawn.
    return <div className="projector projector-blank" role="img" aria-label={t('present.projector.blanked')} />
  }

  const classes = ['projector', live.highContrast ? 'high-contrast' : '', live.presenting ? '' : 'paused'].filter(
    Boolean,
  )
  return (
    <div
      className={classes.join(' ')}
      data-presenting={live.presenting}
      data-mode={spot ? `spotlight-${spot.kind}` : 'follow'}
      data-frozen={live.frozen}
      lang={workshop.language}
    >
      <header className="projector-top">
        <div className="projector-phase">
          <span className="projector-label">{t('present.projector.phase')}</span>
          <h1>{phase ? phaseName(phase, t) : workshop.title}</h1>
        </div>
        {timer && (
          <div
            className={timer.timeUp ? 'projector-timer time-up' : 'projector-timer'}
            role="timer"
            aria-label={t('present.projector.timer')}
          >
            {timer.timeUp ? t('present.projector.timeUp') : timer.clock}
          </div>
        )}
      </header>
      <main className="projector-main">
        {!live.presenting ? (
          <div className="projector-pause">
            <h2>{workshop.title}</h2>
            <p>{t('present.projector.paused')}</p>
          </div>
        ) : spot?.kind === 'theme' ? (
          <ThemeSpotlight doc={boardDoc} themeId={spot.id} />
        ) : spot?.kind === 'project' ? (
          <ProjectSpotlight doc={boardDoc} projectId={spot.id} />
        ) : spot?.kind === 'results' ? (
          <ResultsSpotlight doc={boardDoc} roundId={spot.id} />
        ) : (
          <ProjectorBoard
            doc={boardDoc}
            theme={theme}
            region={zoneBox ?? followRegion}
            onlyZoneId={zoneId}
            onlyNoteIds={zoneNotes}
            zoneTitle={titleOf}
            label={t('present.projector.board')}
          />
        )}
        {live.frozen && live.presenting && <span className="projector-frozen">{t('present.projector.frozen')}</span>}
      </main>
      <footer className="projector-legend" aria-label={t('present.projector.legend')}>
        <span className="legend-item">
          <svg width="26" height="26" viewBox="-9 -9 18 18" aria-hidden="true">
            <polygon
              points="0,-8 2.1,-2.9 7.6,-2.5 3.4,1.1 4.7,6.5 0,3.6 -4.7,6.5 -3.4,1.1 -7.6,-2.5 -2.1,-2.9"
              fill="#b45309"
            />
          </svg>
          {t('present.projector.strength')}
        </span>
        <span className="legend-item">
          <svg width="26" height="26" viewBox="-9 -9 18 18" aria-hidden="true">
            <circle r="6" fill="#0369a1" />
          </svg>
          {t('present.projector.idea')}
        </span>
        {categories.map((category) => (
          <span className="legend-item" key={category.id}>
            <span className="legend-swatch" style={{ background: category.color }} aria-hidden="true" />
            {categoryName(doc, category.id, t)}
          </span>
        ))}
      </footer>
    </div>
  )
}
