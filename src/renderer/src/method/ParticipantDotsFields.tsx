// One participant's own dots, chosen from the list of people ("Ida Holm (Citizen)", "Citizen 12"), with how
// many of their dots are left. The command checks their dots, the per-item maximum and their role's budget.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { VotingRound } from '@shared/model/records'
import { newId } from '../editor/ids'
import type { MethodProps } from './methodProps'
import { numberedParticipants, participantLabel } from './participantsModel'
import { dotsUsedBy } from './votingModel'
import { typedDots } from './paperDotsModel'
import { DotGrid } from './DotGrid'

export function ParticipantDotsFields({ doc, apply, round }: MethodProps & { round: VotingRound }) {
  const { t } = useTranslation()
  const [participantId, setParticipantId] = useState('')
  const [counts, setCounts] = useState<Record<string, string>>({})
  const people = numberedParticipants(doc)
  const chosen = people.find((entry) => entry.participant.id === participantId)
  const used = chosen ? dotsUsedBy(doc, round, chosen.participant.id) : 0

  const record = async (event: FormEvent) => {
    event.preventDefault()
    const votes = typedDots(round, counts).map((entry) => ({ id: newId('vote'), ...entry, participantId }))
    if (votes.length === 0 || !participantId) return
    if (await apply({ name: 'recordVotes', args: { roundId: round.id, votes } })) setCounts({})
  }

  return (
    <form className="method-form" onSubmit={(event) => void record(event)} noValidate>
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
      <DotGrid doc={doc} round={round} counts={counts} max={round.maxPerItem} onChange={(itemId, value) => setCounts({ ...counts, [itemId]: value })} />
      <button type="submit" disabled={!participantId}>
        {t('method.voting.recordButton')}
      </button>
    </form>
  )
}
