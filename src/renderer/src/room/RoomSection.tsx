// The Room tab of the Method panel (issue 13): open and close the room, what phones may do now, how to join
// (the address to choose when this computer has several, hotspot help when it has none), who has joined by role,
// the "From phones" inbox and the phones themselves. The room's status comes from main (room.status, then the
// `room` events); every button is one room.* call whose answer is the new status.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppErrorShape } from '@shared/errors'
import { ROLES } from '@shared/model/records'
import type { RoomModeKind, RoomStatus } from '@shared/room/contract'
import type { MethodProps } from '../method/methodProps'
import { useApp } from '../panels/appContext'
import { ErrorAlert } from '../panels/ErrorAlert'
import { RoomInbox } from './RoomInbox'
import { RoomDevices } from './RoomDevices'
import { RoomJoinToggle } from './RoomJoinToggle'
import { roomCaller, useRoomStatus, type RoomCall } from './roomApi'
import './room.css'

const MODES: readonly RoomModeKind[] = ['strengths', 'ideas', 'vote', 'results', 'projects', 'pause']

export function RoomSection({ doc, workshopId }: MethodProps) {
  const { t } = useTranslation()
  const { api } = useApp()
  const id = workshopId ?? ''
  const [status, setStatus] = useRoomStatus(api, id)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [address, setAddress] = useState<string>('')
  /** The mode just clicked, shown at once while main applies it (a radio must not spring back meanwhile). */
  const [wantedMode, setWantedMode] = useState<RoomModeKind | null>(null)
  const call: RoomCall = roomCaller(api)
  /** Runs a room call; its answer is the room's new status. */
  const run = async (work: Promise<{ ok: true; value: RoomStatus } | { ok: false; error: AppErrorShape }>) => {
    setError(null)
    const answer = await work
    if (answer.ok) setStatus(answer.value)
    else setError(answer.error)
    return answer.ok
  }
  if (!status) return <ErrorAlert error={error} />

  const rounds = Object.values(doc.votingRound)
  const openRound = rounds.some((round) => round.status === 'open')
  const revealedRound = rounds.some((round) => round.status === 'revealed')
  const chosenAddress = address || status.addresses.find((a) => a.defaultRoute)?.address || status.addresses[0]?.address
  const shownMode = wantedMode ?? status.mode
  const joined = ROLES.reduce((sum, role) => sum + status.joined[role], 0)

  return (
    <div className="room-section">
      <section className="method-block" aria-labelledby="room-heading">
        <h3 id="room-heading">{t('room.heading')}</h3>
        <ErrorAlert error={error} />
        {!status.open ? (
          <>
            <p className="muted">{t('room.intro')}</p>
            {status.addresses.length > 1 && (
              <label className="method-block-label">
                {t('room.join.addressChoice')}
                <select value={chosenAddress} onChange={(event) => setAddress(event.target.value)}>
                  {status.addresses.map((a) => (
                    <option key={a.address} value={a.address}>
                      {t(a.defaultRoute ? 'room.join.defaultAddress' : 'room.join.otherAddress', {
                        address: a.address,
                        name: a.interface,
                      })}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {status.addresses.length === 0 && <p className="room-help">{t('room.join.noAddress')}</p>}
            <div className="method-buttons">
              <button
                type="button"
                className="room-primary"
                onClick={() =>
                  void run(
                    call('room.open', chosenAddress ? { workshopId: id, address: chosenAddress } : { workshopId: id }),
                  )
                }
              >
                {t('room.open')}
              </button>
            </div>
            <p className="muted room-small">{t('room.join.firewall')}</p>
          </>
        ) : (
          <>
            <p className="room-open-line" role="status">
              <span className="room-dot" aria-hidden="true" /> {t('room.isOpen')}
            </p>
            {status.join && (
              <dl className="room-join">
                <dt>{t('room.join.address')}</dt>
                <dd>
                  <code>{status.join.typedUrl}</code>
                </dd>
                <dt>{t('room.join.code')}</dt>
                <dd>
                  <strong className="room-code">{status.join.code}</strong>
                </dd>
              </dl>
            )}
            {status.join && (
              // The link with its key, as the QR code holds it: to send to a phone some other way, or to test.
              <label className="method-block-label room-link">
                {t('room.join.link')}
                <input readOnly value={status.join.url} onFocus={(event) => event.target.select()} />
              </label>
            )}
            <div className="method-buttons">
              <RoomJoinToggle workshopId={id} />
              <button type="button" onClick={() => void run(call('room.close', { workshopId: id }))}>
                {t('room.close')}
              </button>
            </div>
          </>
        )}
        {!status.open && joined > 0 && <p className="muted">{t('room.closedNote')}</p>}
      </section>

      {status.open && (
        <fieldset className="method-block room-modes">
          <legend>{t('room.mode')}</legend>
          {MODES.map((mode) => (
            <label key={mode} className={shownMode === mode ? 'room-mode chosen' : 'room-mode'}>
              <input
                type="radio"
                name="room-mode"
                value={mode}
                checked={shownMode === mode}
                disabled={(mode === 'vote' && !openRound) || (mode === 'results' && !revealedRound)}
                onChange={() => {
                  setWantedMode(mode)
                  void run(call('room.setMode', { workshopId: id, mode })).finally(() => setWantedMode(null))
                }}
              />
              {t(`room.modes.${mode}`)}
            </label>
          ))}
          {!openRound && <p className="muted room-small">{t('room.voteNeedsRound')}</p>}
          {!revealedRound && <p className="muted room-small">{t('room.resultsNeedReveal')}</p>}
        </fieldset>
      )}

      {/* The inbox before the counts: during the evening it is what the facilitator watches. */}
      <RoomInbox doc={doc} status={status} workshopId={id} call={call} run={run} />

      <section className="method-block" aria-labelledby="room-joined">
        <h3 id="room-joined">
          {t('room.counts.heading')}: {t('room.counts.total', { count: joined })}
        </h3>
        <ul className="room-counts">
          {ROLES.map((role) => (
            <li key={role}>{t('room.counts.role', { role: t(`roles.${role}`), count: status.joined[role] })}</li>
          ))}
        </ul>
      </section>

      <RoomDevices status={status} workshopId={id} call={call} run={run} />
    </div>
  )
}

export type RunRoomCall = (
  work: Promise<{ ok: true; value: RoomStatus } | { ok: false; error: AppErrorShape }>,
) => Promise<boolean>
