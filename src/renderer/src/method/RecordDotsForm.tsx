// The facilitator records dots: for one chosen participant, or paper dots counted on the wall for a whole
// role. One number per option, one command for all of them, so one Undo takes the whole entry back.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ROLES, type Role, type VotingRound } from '@shared/model/records'
import { newId } from '../editor/ids'
import type { MethodProps } from './methodProps'
import { numberedParticipants, participantLabel } from './participantsModel'
import { dotsUsedBy, optionName } from './votingModel'

export function RecordDotsForm({ doc, apply, round }: MethodProps & { round: VotingRound }) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<'participant' | 'role'>('role')
  const [participantId, setParticipantId] = useState('')
  const [role, setRole] = useState<Role>('citizen')
  const [counts, setCounts] = useState<Record<string, string>>({})
  const people = numberedParticipants(doc)
  const unnamed = (number: number) => t('method.themes.unnamed', { number })
  const chosen = people.find((entry) => entry.participant.id === participantId)
  const used = chosen ? dotsUsedBy(doc, round, chosen.participant.id) : 0

  const record = async (event: FormEvent) => {
    event.preventDefault()
    const votes = round.optionIds
      .map((itemId) => ({ itemId, count: Math.round(Number(counts[itemId] ?? '0')) }))
      .filter((vote) => vote.count > 0)
      .map((vote) => ({
        id: newId('vote'),
        ...vote,
        ...(mode === 'participant' ? { participantId } : { role }),
      }))
    if (votes.length === 0 || (mode === 'participant' && !participantId)) return
    if (await apply({ name: 'recordVotes', args: { roundId: round.id, votes } })) setCounts({})
  }

  return (
    <form className="method-form method-block" onSubmit={(event) => void record(event)} aria-label={t('method.voting.record')}>
      <h3>{t('method.voting.record')}</h3>
      <fieldset className="method-inline">
        <legend>{t('method.voting.recordFor')}</legend>
        <label>
          <input type="radio" name="dots-from" checked={mode === 'role'} onChange={() => setMode('role')} />
          {t('method.voting.forRole')}
        </label>
        <label>
          <input type="radio" name="dots-from" checked={mode === 'participant'} onChange={() => setMode('participant')} />
          {t('method.voting.forParticipant')}
        </label>
      </fieldset>
      {mode === 'role' ? (
        <label>
          {t('method.voting.role')}
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <>
          <label>
            {t('method.voting.participant')}
            <select value={participantId} onChange={(event) => setParticipantId(event.target.value)}>
              <option value="">{t('method.none')}</option>
              {people.map((entry) => (
                <option key={entry.participant.id} value={entry.participant.id}>
                  {participantLabel(entry, (r) => t(`roles.${r}`))}
                </option>
              ))}
            </select>
          </label>
          {chosen && (
            <p className="method-count">
              {t('method.voting.dotsLeft', { left: round.dotsPerParticipant - used, total: round.dotsPerParticipant })}
            </p>
          )}
        </>
      )}
      <ul className="method-dot-grid">
        {round.optionIds.map((itemId) => {
          const name = optionName(doc, round, itemId, unnamed)
          return (
            <li key={itemId}>
              <label>
                <span>{t('method.voting.dotsOn', { name })}</span>
                <input
                  type="number"
                  min={0}
                  max={mode === 'participant' ? round.maxPerItem : 10_000}
                  value={counts[itemId] ?? ''}
                  placeholder="0"
                  onChange={(event) => setCounts({ ...counts, [itemId]: event.target.value })}
                />
              </label>
            </li>
          )
        })}
      </ul>
      <button type="submit" disabled={(mode === 'participant' && !participantId)}>
        {mode === 'role' ? t('method.voting.recordForRole', { role: t(`roles.${role}`) }) : t('method.voting.recordButton')}
      </button>
    </form>
  )
}
