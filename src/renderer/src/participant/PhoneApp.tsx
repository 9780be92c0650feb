// The phone page: join (the link's key, or the typed room code) → pick a role and maybe a name → whatever the
// room allows now. A bar on top says who you are and lets you switch the language; a status line says when the
// connection is gone and how much is waiting to be sent.
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { Language } from '@shared/model/records'
import { JoinScreen } from './JoinScreen'
import { phoneTranslator, type PhoneT } from './phoneText'
import { RoomScreen } from './RoomScreen'
import type { PhoneError, RoomSession } from './roomSession'

export function PhoneApp({ session }: { session: RoomSession }) {
  const state = useSyncExternalStore(session.subscribe, session.getState)
  const t = useMemo(() => phoneTranslator(state.language), [state.language])
  const { room, ended } = state
  useEffect(() => {
    document.documentElement.lang = state.language
    document.title = room ? `${room.workshopTitle} · ${t('title')}` : t('title')
  }, [state.language, room, t])

  const you = room
    ? room.me.name
      ? t('you', { role: t(`role.${room.me.role}`), name: room.me.name })
      : t('youNoName', { role: t(`role.${room.me.role}`) })
    : null

  return (
    <div className="phone">
      <header className="phone-top">
        <div className="phone-who">
          <strong>{room?.workshopTitle ?? t('title')}</strong>
          {you && <span>{you}</span>}
        </div>
        <LanguageButtons language={state.language} label={t('language')} onChoose={(l) => session.setLanguage(l)} />
      </header>
      {!state.online && !ended && (
        <p className="phone-offline" role="status">
          {t('connection.offline')}
          {state.outbox.length > 0 && ` ${t('connection.pending', { count: state.outbox.length })}`}
        </p>
      )}
      <main className="phone-main">
        {ended ? (
          <section className="phone-ended" aria-labelledby="phone-ended">
            <h1 id="phone-ended">{ended === 'removed' ? t('errors.removed') : t('mode.closed')}</h1>
            <p>{t('mode.closedHint')}</p>
          </section>
        ) : state.stage === 'loading' ? null : state.stage === 'join' || !room ? (
          <JoinScreen session={session} state={state} t={t} />
        ) : (
          <RoomScreen session={session} state={state} room={room} t={t} />
        )}
      </main>
    </div>
  )
}

function LanguageButtons({
  language,
  label,
  onChoose,
}: {
  language: Language
  label: string
  onChoose: (language: Language) => void
}) {
  return (
    <div className="phone-languages" role="group" aria-label={label}>
      {(['da', 'en'] as const).map((code) => (
        <button key={code} type="button" aria-pressed={language === code} lang={code} onClick={() => onChoose(code)}>
          {code === 'da' ? 'Dansk' : 'English'}
        </button>
      ))}
    </div>
  )
}

/** The sentence for an error the server or the page itself gave. */
export function phoneErrorText(t: PhoneT, error: PhoneError, context: { joiningByKey?: boolean } = {}): string {
  const params = error.params as Record<string, string | number>
  switch (error.code) {
    case 'vote-refused': {
      const reason = params.reason
      return reason === 'no-dots-left' || reason === 'max-on-item' || reason === 'not-an-option'
        ? t(`errors.${reason}`)
        : t('errors.unknown')
    }
    case 'wrong-code':
      return t(context.joiningByKey ? 'errors.wrong-key' : 'errors.wrong-code')
    case 'rate-limited':
      return typeof params.retryAfterSeconds === 'number'
        ? t('errors.rate-limited', { seconds: params.retryAfterSeconds })
        : t('errors.rate-limited-soon')
    case 'invalid-input':
    case 'not-joined':
    case 'room-closed':
    case 'room-full':
    case 'not-now':
    case 'removed':
    case 'network':
    case 'empty':
    case 'too-long':
      return t(`errors.${error.code}`)
    default:
      return t('errors.unknown')
  }
}

export function ErrorLine({ t, error, joiningByKey }: { t: PhoneT; error: PhoneError | null; joiningByKey?: boolean }) {
  if (!error) return null
  return (
    <p className="phone-error" role="alert">
      {phoneErrorText(t, error, { joiningByKey })}
    </p>
  )
}
