// Joining: with the QR code's link the phone already holds the room's key and goes straight to the role;
// someone who typed the address types the short room code first. Then the role (big buttons) and a name if they
// like. Nothing is sent until Continue; a wrong code brings the code field back with the reason.
import { useState } from 'react'
import type { Role } from '@shared/model/records'
import { ErrorLine } from './PhoneApp'
import { PHONE_ROLES as ROLES, type PhoneT } from './phoneText'
import type { RoomSession, SessionState } from './roomSession'

export function JoinScreen({ session, state, t }: { session: RoomSession; state: SessionState; t: PhoneT }) {
  const [code, setCode] = useState('')
  const [step, setStep] = useState<'code' | 'role'>(state.key ? 'role' : 'code')
  const [role, setRole] = useState<Role | null>(null)
  const [name, setName] = useState('')
  const [triedKey, setTriedKey] = useState(false)
  const codeOk = /^\d{6}$/.test(code)

  if (step === 'code') {
    return (
      <form
        className="phone-card"
        aria-labelledby="join-heading"
        onSubmit={(event) => {
          event.preventDefault()
          if (!codeOk) return
          session.clearError()
          setStep('role')
        }}
      >
        <h1 id="join-heading">{t('join.heading')}</h1>
        <p>{t('join.intro')}</p>
        <label className="phone-field">
          <span>{t('join.code')}</span>
          <input
            className="phone-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="\d{6}"
            maxLength={6}
            value={code}
            onChange={(event) => setCode(event.target.value.replace(/\D/g, '').slice(0, 6))}
          />
        </label>
        <ErrorLine t={t} error={state.error} joiningByKey={triedKey} />
        <button type="submit" className="phone-primary" disabled={!codeOk}>
          {t('join.button')}
        </button>
      </form>
    )
  }

  return (
    <form
      className="phone-card"
      aria-labelledby="role-heading"
      onSubmit={(event) => {
        event.preventDefault()
        if (!role) return
        const byKey = code === ''
        setTriedKey(byKey)
        void session.join({ code: byKey ? null : code, role, name }).then((joined) => {
          if (!joined && session.getState().error?.code === 'wrong-code') setStep('code')
        })
      }}
    >
      <h1 id="role-heading">{t('role.heading')}</h1>
      <fieldset className="phone-roles">
        <legend>{t('role.group')}</legend>
        {ROLES.map((id) => (
          <label key={id} className={role === id ? 'phone-role chosen' : 'phone-role'}>
            <input type="radio" name="role" value={id} checked={role === id} onChange={() => setRole(id)} />
            <span>{t(`role.${id}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="phone-field">
        <span>{t('role.name')}</span>
        <input value={name} maxLength={60} autoComplete="given-name" onChange={(e) => setName(e.target.value)} />
        <small>{t('role.nameHint')}</small>
      </label>
      <ErrorLine t={t} error={state.error} joiningByKey={triedKey} />
      <button type="submit" className="phone-primary" disabled={!role || state.busy}>
        {state.busy ? t('join.joining') : t('role.button')}
      </button>
    </form>
  )
}
