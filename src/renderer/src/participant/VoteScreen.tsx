// Dot voting on the phone: "dots left" stays in view at the top, each item has a big + and − and shows the
// person's own dots on it; + is off when no dots are left or the item has the round's maximum from this person.
import type { RoomMode } from '@shared/room/contract'
import { voteToShow } from './phoneView'
import type { ScreenProps } from './RoomScreen'

type VoteMode = Extract<RoomMode, { kind: 'vote' }>

export function VoteScreen({ session, state, t, mode }: ScreenProps & { mode: VoteMode }) {
  const { rows, dotsLeft } = voteToShow(mode, state.outbox)
  return (
    <section className="phone-card" aria-labelledby="vote-heading">
      <h1 id="vote-heading">{mode.round.title || t('vote.heading')}</h1>
      <p className="phone-dots-left" role="status" aria-live="polite">
        <span className="phone-dots-left-count">{t('vote.dotsLeft', { count: dotsLeft })}</span>
        <span>{t('vote.rules', { max: mode.maxPerItem })}</span>
      </p>
      <ul className="phone-vote-items">
        {rows.map((row) => (
          <li key={row.id} className="phone-vote-item" style={{ '--item': row.color } as React.CSSProperties}>
            <span className="phone-vote-label">{row.label}</span>
            <span className="phone-vote-mine" aria-label={t('vote.mine', { count: row.dots.length })}>
              {'●'.repeat(row.dots.length)}
              <span aria-hidden="true" className="phone-vote-number">
                {row.dots.length}
              </span>
            </span>
            <span className="phone-vote-buttons">
              <button
                type="button"
                aria-label={t('vote.remove', { item: row.label })}
                disabled={row.dots.length === 0}
                onClick={() => session.takeBackDot(row.dots[row.dots.length - 1]!)}
              >
                −
              </button>
              <button
                type="button"
                aria-label={t('vote.add', { item: row.label })}
                disabled={dotsLeft === 0 || row.dots.length >= mode.maxPerItem}
                onClick={() => session.placeDot(row.id)}
              >
                +
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
