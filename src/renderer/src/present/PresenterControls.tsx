// The facilitator's "Present" group in the top bar: present/stop, open the projector window, what the
// projector shows (follow my view, or spotlight an area, a theme, a project, vote results), freeze, high
// contrast, reveal results, and the private notes of the current phase (only ever shown here).
// Keys, as presentation software has them: F5 or Ctrl/Cmd+Enter presents; a clicker's Page Down / Page Up
// step through the phases (or the projects while one is spotlighted) wherever the focus is; B blanks the
// projector and B again brings the picture back. The arrow keys step only while the focus is in these
// controls: everywhere else they belong to the board (moving the selected notes, or panning), so one press
// never does both. Escape never stops presenting (on the board it deselects; a facilitator presses it
// often); it closes My notes, as a click outside them does.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommandCall } from '@shared/commands'
import { presentationOf } from '@shared/commands/presentationState'
import { recordsOf } from '@shared/model/document'
import type { AppErrorShape } from '@shared/errors'
import { LIVE_STATE_ID, type SpotlightTarget } from '@shared/model/records'
import type { DocumentMirror } from '../editor/documentMirror'
import type { WorkshopCommands } from '../editor/workshopCommands'
import { zoneTitle } from '../board/labels'
import { phaseName, phasesInOrder } from '../method/agendaModel'
import { themeName } from '../method/themesModel'
import { useApp } from '../panels/appContext'
import { ErrorAlert } from '../panels/ErrorAlert'
import { PrivateNotes } from './PrivateNotes'
import { RoomJoinToggle } from '../room/RoomJoinToggle'
import { projectsInOrder, stepThrough } from './presentModel'
import { isTyping } from '../isTyping'
import './present.css'

const PROJECTOR_WINDOW = 'handlekraft-projector'

/** The arrow keys step through phases only from the presenter controls; everywhere else they are the board's. */
function inPresenterControls(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('.present-controls') !== null
}

export function projectorUrl(path: string): string {
  const url = new URL('/', window.location.origin)
  url.searchParams.set('view', 'projector')
  url.searchParams.set('open', path)
  return url.pathname + url.search
}

const encode = (target: SpotlightTarget | null) => (target ? `${target.kind}:${target.id}` : 'follow')
function decode(value: string): SpotlightTarget | null {
  const at = value.indexOf(':')
  if (at < 0) return null
  return { kind: value.slice(0, at) as SpotlightTarget['kind'], id: value.slice(at + 1) }
}

export function PresenterControls({ mirror, commands }: { mirror: DocumentMirror; commands: WorkshopCommands }) {
  const { t } = useTranslation()
  const { api, info } = useApp()
  const state = useSyncExternalStore(mirror.subscribe, mirror.getState)
  const { doc, workshopId, path } = state
  const presentation = presentationOf(doc)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [blocked, setBlocked] = useState(false)
  const [notesOpen, setNotesOpen] = useState(false)
  const closeNotes = useCallback(() => setNotesOpen(false), [])
  /** The projector's controls fold away, so the top bar stays one short row on a 1280-pixel laptop. */
  const [menuOpen, setMenuOpen] = useState(false)

  const apply = useCallback(
    async (command: CommandCall) => {
      const sent = await commands.send(command)
      setError(sent.ok ? null : sent.error)
    },
    [commands],
  )

  // The browser shell's projector address, for a browser the button did not open: folded in the panel (it is
  // rarely needed, and its help is long), a fresh one-time code each time it unfolds (or on request), so a code
  // read off the screen is soon worthless.
  const [address, setAddress] = useState<{ address: string; expiresInMs: number } | null>(null)
  const [addressOpen, setAddressOpen] = useState(false)
  const [addressRound, setAddressRound] = useState(0)
  useEffect(() => {
    if (!menuOpen || !addressOpen || info?.shell === 'electron') return
    let alive = true
    void api['presentation.projectorAddress']({ workshopId }).then((result) => {
      if (!alive) return
      if (!result.ok) return setError(result.error)
      const { address: shown, expiresInMs } = result.value
      setAddress(shown && expiresInMs !== null ? { address: shown, expiresInMs } : null)
    })
    return () => {
      alive = false
    }
  }, [api, info, menuOpen, addressOpen, workshopId, addressRound])

  const openProjector = useCallback(async () => {
    setBlocked(false)
    // The browser shell opens the window itself, at once, while the click still counts as the user's.
    if (info?.shell !== 'electron') {
      const opened = window.open(projectorUrl(path), PROJECTOR_WINDOW, 'popup,width=1280,height=720')
      setBlocked(opened === null)
      return
    }
    const result = await api['presentation.openProjector']({ workshopId })
    if (!result.ok) setError(result.error)
  }, [api, info, path, workshopId])

  // The panel hangs under the Projektor button, right-aligned; where that would put it over the Method panel
  // (its tabs and headings at 1920x1080), it moves left to end at the board's edge.
  const menuRef = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const menu = menuRef.current
    if (!menuOpen || !menu) return
    const place = () => {
      menu.style.right = '0px'
      const method = document.getElementById('method-panel')
      const limit = method && !method.hidden ? method.getBoundingClientRect().left - 8 : window.innerWidth - 8
      const overlap = menu.getBoundingClientRect().right - limit
      const room = menu.getBoundingClientRect().left - 8
      if (overlap > 0) menu.style.right = `${Math.min(overlap, room)}px`
    }
    place()
    window.addEventListener('resize', place)
    return () => window.removeEventListener('resize', place)
  }, [menuOpen])

  const present = useCallback(
    (on: boolean) => {
      if (on && presentation.presenting) return
      // Presenting starts and ends with the picture on: a blank left over would look like a broken projector.
      void apply({ name: 'setPresentation', args: { presenting: on, blanked: false } })
    },
    [apply, presentation.presenting],
  )

  const blank = useCallback((on: boolean) => void apply({ name: 'setPresentation', args: { blanked: on } }), [apply])

  const step = useCallback(
    (direction: 1 | -1) => {
      const current = mirror.getState().doc
      const shown = presentationOf(current)
      if (shown.mode === 'spotlight' && shown.spotlight?.kind === 'project') {
        const next = stepThrough(
          projectsInOrder(current).map((p) => p.id),
          shown.spotlight.id,
          direction,
        )
        if (next && next !== shown.spotlight.id)
          void apply({ name: 'setPresentation', args: { spotlight: { kind: 'project', id: next } } })
        return
      }
      const live = current.liveState[LIVE_STATE_ID]
      const next = stepThrough(
        phasesInOrder(current).map((p) => p.id),
        live?.currentPhaseId ?? null,
        direction,
      )
      if (next && next !== live?.currentPhaseId) void apply({ name: 'setCurrentPhase', args: { phaseId: next } })
    },
    [apply, mirror],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || isTyping(event.target)) return
      const presenting = presentationOf(mirror.getState().doc).presenting
      const start = event.key === 'F5' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))
      if (start) {
        event.preventDefault() // F5 would reload the page
        present(true)
        return
      }
      if (!presenting) return
      if (event.ctrlKey || event.metaKey) return
      if (event.key === 'b' || event.key === 'B') {
        event.preventDefault()
        event.stopImmediatePropagation()
        blank(!presentationOf(mirror.getState().doc).blanked)
        return
      }
      const arrow = event.key.startsWith('Arrow')
      if (arrow && !inPresenterControls(event.target)) return
      const forward = ['ArrowRight', 'ArrowDown', 'PageDown'].includes(event.key)
      const back = ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)
      if (!forward && !back) return
      event.preventDefault()
      // Ours alone: the board's own window listener must not also move notes or pan with this key.
      event.stopImmediatePropagation()
      step(forward ? 1 : -1)
    }
    // Capture phase: we see the keys before the board's own window listener does.
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [mirror, present, step, blank])

  const choose = (value: string) => {
    const target = decode(value)
    void apply({
      name: 'setPresentation',
      args: target ? { mode: 'spotlight', spotlight: target } : { mode: 'follow', spotlight: null },
    })
  }

  const live = doc.liveState[LIVE_STATE_ID]
  const phase = live?.currentPhaseId ? doc.phase[live.currentPhaseId] : undefined
  const spot = presentation.mode === 'spotlight' ? presentation.spotlight : null
  const spotRound = spot?.kind === 'results' ? doc.votingRound[spot.id] : undefined
  const unnamed = (n: number) => t('method.themes.unnamed', { number: n })
  const zones = recordsOf(doc, 'zone').sort((a, b) => a.y - b.y || a.x - b.x)
  const themes = recordsOf(doc, 'theme').sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const rounds = recordsOf(doc, 'votingRound').sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const projects = projectsInOrder(doc)

  /** Shown in the menu, and beside Stop presenting while the room sees black, so the way back is in sight. */
  const blankButton = (here: boolean) =>
    here && (
      <button
        type="button"
        aria-pressed={presentation.blanked}
        aria-keyshortcuts="B"
        disabled={!presentation.presenting}
        onClick={() => blank(!presentation.blanked)}
      >
        {t('present.blank')}
      </button>
    )

  return (
    <div
      className={menuOpen ? 'present-controls open' : 'present-controls'}
      role="group"
      aria-label={t('present.controls')}
      title={t('present.keys')}
    >
      <button type="button" aria-pressed={presentation.presenting} onClick={() => present(!presentation.presenting)}>
        {presentation.presenting ? t('present.stop') : t('present.present')}
      </button>
      <button
        type="button"
        aria-expanded={menuOpen}
        aria-controls="present-menu"
        onClick={() => {
          setAddress(null) // unfolding again fetches a fresh code
          setMenuOpen((open) => !open)
        }}
      >
        {t('present.menu')}
      </button>
      {blankButton(presentation.blanked && presentation.presenting)}
      {menuOpen && (
        <div id="present-menu" className="present-menu" ref={menuRef}>
          {/* Two columns, so the panel covers a corner of the board, not half of it (issue 10). */}
          <button type="button" onClick={() => void openProjector()}>
            {t('present.openProjector')}
          </button>
          <select aria-label={t('present.show')} value={encode(spot)} onChange={(event) => choose(event.target.value)}>
            <option value="follow">{t('present.follow')}</option>
            {zones.length > 0 && (
              <optgroup label={t('present.zones')}>
                {zones.map((zone) => (
                  <option key={zone.id} value={`zone:${zone.id}`}>
                    {zoneTitle(zone, doc, t) || zone.id}
                  </option>
                ))}
              </optgroup>
            )}
            {themes.length > 0 && (
              <optgroup label={t('present.themes')}>
                {themes.map((theme) => (
                  <option key={theme.id} value={`theme:${theme.id}`}>
                    {themeName(doc, theme.id, unnamed)}
                  </option>
                ))}
              </optgroup>
            )}
            {projects.length > 0 && (
              <optgroup label={t('present.projects')}>
                {projects.map((project) => (
                  <option key={project.id} value={`project:${project.id}`}>
                    {project.title.trim() || t('present.projector.untitledProject')}
                  </option>
                ))}
              </optgroup>
            )}
            {rounds.length > 0 && (
              <optgroup label={t('present.results')}>
                {rounds.map((round) => (
                  <option key={round.id} value={`results:${round.id}`}>
                    {t('present.resultsOf', { round: round.title.trim() || t('present.results') })}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          {spotRound?.status === 'open' && (
            <button
              type="button"
              className="present-menu-wide"
              onClick={() => void apply({ name: 'setRoundStatus', args: { id: spotRound.id, status: 'revealed' } })}
            >
              {t('present.reveal')}
            </button>
          )}
          <button
            type="button"
            aria-pressed={presentation.frozen}
            onClick={() => void apply({ name: 'setPresentation', args: { frozen: !presentation.frozen } })}
          >
            {t('present.freeze')}
          </button>
          {blankButton(!(presentation.blanked && presentation.presenting))}
          <button
            type="button"
            aria-pressed={presentation.highContrast}
            onClick={() => void apply({ name: 'setPresentation', args: { highContrast: !presentation.highContrast } })}
          >
            {t('present.highContrast')}
          </button>
          {/* The room's join screen (issue 13): only while the room is open. */}
          <RoomJoinToggle workshopId={workshopId} />
          <button
            type="button"
            aria-expanded={notesOpen}
            aria-controls="present-notes"
            data-opens="present-notes"
            onClick={() => setNotesOpen((open) => !open)}
          >
            {t('present.notes')}
          </button>
          {info?.shell !== 'electron' && (
            <details
              className="projector-address present-menu-wide"
              open={addressOpen}
              onToggle={(event) => {
                const open = event.currentTarget.open
                setAddressOpen(open)
                if (!open) setAddress(null) // a spent code is never shown again
              }}
            >
              <summary>{t('stage.projectorElsewhere')}</summary>
              {address && (
                <div className="projector-address-body">
                  <label>
                    {t('present.address')}
                    <input
                      readOnly
                      value={address.address}
                      title={t('present.addressHelp', { minutes: Math.round(address.expiresInMs / 60_000) })}
                      onFocus={(event) => event.target.select()}
                    />
                  </label>
                  <button type="button" onClick={() => setAddressRound((n) => n + 1)}>
                    {t('present.newAddress')}
                  </button>
                  <p className="muted">
                    {t('present.addressHelp', { minutes: Math.round(address.expiresInMs / 60_000) })}
                  </p>
                </div>
              )}
            </details>
          )}
          {notesOpen && (
            <PrivateNotes
              heading={t('present.notesFor', { phase: phase ? phaseName(phase, t) : '' })}
              text={phase?.facilitatorNotes.trim() ? phase.facilitatorNotes : t('present.noNotes')}
              onClose={closeNotes}
            />
          )}
        </div>
      )}
      {blocked && (
        <p className="alert" role="alert">
          {t('present.projectorBlocked')}
        </p>
      )}
      <ErrorAlert error={error} />
    </div>
  )
}
