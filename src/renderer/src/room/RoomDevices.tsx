// The phones in the room, with their role, name, connection and waiting notes; "Remove" takes one out (its
// token is revoked and its waiting notes dropped; what was accepted stays).
import { useTranslation } from 'react-i18next'
import type { Translate } from '@shared/i18n'
import type { RoomStatus } from '@shared/room/contract'
import type { RoomCall } from './roomApi'
import { whoSent } from './RoomInbox'
import type { RunRoomCall } from './RoomSection'

export function RoomDevices({
  status,
  workshopId,
  call,
  run,
}: {
  status: RoomStatus
  workshopId: string
  call: RoomCall
  run: RunRoomCall
}) {
  const { t } = useTranslation()
  if (!status.open && status.devices.length === 0) return null
  return (
    <section className="method-block" aria-labelledby="room-devices">
      <h3 id="room-devices">{t('room.devices.heading')}</h3>
      {status.devices.length === 0 ? (
        <p className="muted">{t('room.devices.none')}</p>
      ) : (
        <ul className="room-devices">
          {status.devices.map((device) => {
            const who = whoSent(t as unknown as Translate, device)
            return (
              <li key={device.deviceId}>
                <span className={device.connected ? 'room-dot' : 'room-dot off'} aria-hidden="true" />
                <span className="room-device-who">
                  {who}
                  <span className="muted">
                    {' '}
                    · {t(device.connected ? 'room.devices.connected' : 'room.devices.offline')}
                  </span>
                </span>
                <button
                  type="button"
                  onClick={() => void run(call('room.removeDevice', { workshopId, deviceId: device.deviceId }))}
                >
                  {t('room.devices.remove', { who })}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
