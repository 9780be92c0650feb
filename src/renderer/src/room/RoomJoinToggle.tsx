// "Show join screen on projector": puts the room's join screen (QR, address, code) over the projector's view and
// takes it away again. A toggle (aria-pressed says which); only there while the room is open. It sits in the Room
// tab and in the presenter controls' Projector panel, both reading the same room status from main.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppErrorShape } from '@shared/errors'
import { useApp } from '../panels/appContext'
import { ErrorAlert } from '../panels/ErrorAlert'
import { roomCaller, useRoomStatus } from './roomApi'
import './room.css'

export function RoomJoinToggle({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation()
  const { api } = useApp()
  const [status, setStatus] = useRoomStatus(api, workshopId)
  const [error, setError] = useState<AppErrorShape | null>(null)
  if (!status?.open) return null
  const shown = status.joinOnProjector
  const toggle = async () => {
    const answer = await roomCaller(api)('room.showJoinScreen', { workshopId, show: !shown })
    setError(answer.ok ? null : answer.error)
    if (answer.ok) setStatus(answer.value)
  }
  return (
    <>
      <button type="button" className="room-join-toggle" aria-pressed={shown} onClick={() => void toggle()}>
        {t('room.join.showOnProjector')}
      </button>
      <ErrorAlert error={error} />
    </>
  )
}
