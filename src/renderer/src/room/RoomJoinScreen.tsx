// The projector's join screen (issue 13): a large QR code, the address written out for those who type it, the
// short room code and how many have joined, by role. Shown over the projector's view while the facilitator has
// put it there (presenter controls / Room tab) and the room is open; it knows only the room's public status.
import { useTranslation } from 'react-i18next'
import type { HandlekraftApi } from '@shared/api/contract'
import { ROLES } from '@shared/model/records'
import type { RoomStatus } from '@shared/room/contract'
import { joinOnProjector, useRoomStatus } from './roomApi'
import './roomJoin.css'

export function RoomJoinOverlay({ api, workshopId }: { api: HandlekraftApi; workshopId: string }) {
  const [status] = useRoomStatus(api, workshopId, 'room.publicStatus')
  if (!status || !joinOnProjector(status) || !status.join) return null
  return <RoomJoinScreen status={status} />
}

export function RoomJoinScreen({ status }: { status: RoomStatus }) {
  const { t } = useTranslation()
  const join = status.join
  if (!join) return null
  const joined = ROLES.reduce((sum, role) => sum + status.joined[role], 0)
  return (
    <section className="room-join-screen" aria-labelledby="room-join-heading">
      <img
        className="room-join-qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(join.qrSvg)}`}
        alt={t('room.projector.qr')}
      />
      <div className="room-join-text">
        <h1 id="room-join-heading">{t('room.projector.heading')}</h1>
        <p className="room-join-scan">{t('room.projector.scan')}</p>
        <p className="room-join-address">{join.typedUrl}</p>
        <p className="room-join-code">
          <span>{t('room.projector.code')}</span>
          <strong>{join.code}</strong>
        </p>
        <p className="room-join-count" role="status">
          {t('room.projector.joined', { count: joined })}
        </p>
        <ul className="room-join-roles" aria-label={t('room.projector.byRole')}>
          {ROLES.map((role) => (
            <li key={role}>
              {/* "1 Borger", "0 Borgere", "12 Borgere" */}
              <strong>{status.joined[role]}</strong>{' '}
              {t(status.joined[role] === 1 ? `roles.${role}` : `votes.rolesPlural.${role}`)}
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
