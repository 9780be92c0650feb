// The facilitator's timer for the current phase: start, pause, reset, one more minute. It ticks here from the
// shared live state, so every window shows the same time; at zero it glows softly instead of ringing.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LiveState } from '@shared/model/records'
import { timerView } from './agendaModel'
import type { MethodProps } from './methodProps'

export function FacilitatorTimer({ live, phaseName, apply }: Pick<MethodProps, 'apply'> & { live: LiveState; phaseName: string }) {
  const { t } = useTranslation()
  const [now, setNow] = useState(() => Date.now())
  const running = live.timerStartedAt !== null
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(timer)
  }, [running])
  const view = timerView(live, running ? Math.max(now, Date.now()) : now)
  const control = (action: 'start' | 'pause' | 'reset' | 'addMinute') => void apply({ name: 'controlTimer', args: { action } })

  return (
    <section className={view.timeUp ? 'method-timer time-up' : 'method-timer'} aria-labelledby="method-timer-heading">
      <h3 id="method-timer-heading">{t('method.agenda.timer')}</h3>
      <div role="timer" aria-label={t('method.agenda.timerOf', { name: phaseName })} className="method-clock" aria-live="off">
        {view.clock}
      </div>
      <p className="muted">
        {phaseName} · {running ? t('method.agenda.running') : t('method.agenda.paused')}
      </p>
      {view.timeUp && (
        <p role="status" className="method-time-up">
          {t('method.agenda.timeUp')}
        </p>
      )}
      <div className="method-buttons">
        {running ? (
          <button type="button" onClick={() => control('pause')}>
            {t('method.agenda.pause')}
          </button>
        ) : (
          <button type="button" onClick={() => control('start')}>
            {t('method.agenda.start')}
          </button>
        )}
        <button type="button" onClick={() => control('reset')}>
          {t('method.agenda.reset')}
        </button>
        <button type="button" onClick={() => control('addMinute')}>
          {t('method.agenda.addMinute')}
        </button>
      </div>
    </section>
  )
}
