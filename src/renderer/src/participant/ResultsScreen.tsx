// The revealed results: each item's dots, how they split by role, and how many came from phones and from paper.
import type { RoomMode } from '@shared/room/contract'
import { PHONE_ROLES as ROLES } from './phoneText'
import type { ScreenProps } from './RoomScreen'

type ResultsMode = Extract<RoomMode, { kind: 'results' }>

export function ResultsScreen({ t, mode }: ScreenProps & { mode: ResultsMode }) {
  if (!mode.round) {
    return (
      <section className="phone-card" aria-labelledby="results-heading">
        <h1 id="results-heading">{t('results.heading')}</h1>
        <p>{t('results.hidden')}</p>
      </section>
    )
  }
  const most = Math.max(1, ...mode.items.map((item) => item.total))
  return (
    <section className="phone-card" aria-labelledby="results-heading">
      <h1 id="results-heading">{mode.round.title || t('results.heading')}</h1>
      <ol className="phone-results">
        {mode.items.map((item) => (
          <li key={item.id}>
            <div className="phone-result-head">
              <span>{item.label}</span>
              <strong>{t('results.dots', { count: item.total })}</strong>
            </div>
            <div className="phone-result-bar" aria-hidden="true">
              <span style={{ width: `${(item.total / most) * 100}%`, background: item.color }} />
            </div>
            <p className="phone-result-detail">
              {ROLES.filter((role) => (item.byRole[role] ?? 0) > 0)
                .map((role) => `${t(`role.${role}`)} ${item.byRole[role]}`)
                .join(' · ')}
              {item.total > 0 && <br />}
              {item.total > 0 && t('results.split', { phone: item.phone, paper: item.paper + item.recorded })}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
