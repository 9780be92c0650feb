// Inside the room: what the facilitator allows now, one screen per mode.
import type { RoomState } from '@shared/room/contract'
import { ErrorLine } from './PhoneApp'
import type { PhoneT } from './phoneText'
import { ProjectsScreen } from './ProjectsScreen'
import { ResultsScreen } from './ResultsScreen'
import type { RoomSession, SessionState } from './roomSession'
import { VoteScreen } from './VoteScreen'
import { WriteNote } from './WriteNote'

export interface ScreenProps {
  session: RoomSession
  state: SessionState
  room: RoomState
  t: PhoneT
}

export function RoomScreen(props: ScreenProps) {
  const { room, t, state } = props
  const mode = room.mode
  return (
    <>
      {mode.kind === 'pause' ? (
        <section className="phone-pause" aria-labelledby="pause-heading">
          <h1 id="pause-heading">{t('mode.pause')}</h1>
          <p>{t('mode.pauseHint')}</p>
        </section>
      ) : mode.kind === 'strengths' || mode.kind === 'ideas' ? (
        <WriteNote {...props} mode={mode} />
      ) : mode.kind === 'vote' ? (
        <VoteScreen {...props} mode={mode} />
      ) : mode.kind === 'results' ? (
        <ResultsScreen {...props} mode={mode} />
      ) : (
        <ProjectsScreen {...props} mode={mode} />
      )}
      {mode.kind !== 'strengths' && mode.kind !== 'ideas' && <ErrorLine t={t} error={state.error} />}
    </>
  )
}
