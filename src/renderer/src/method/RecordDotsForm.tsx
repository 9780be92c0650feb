// The facilitator records dots: paper dots counted on the wall for a whole role, or one chosen participant's
// dots. One command per entry, so one Undo takes the whole entry back.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VotingRound } from '@shared/model/records'
import type { MethodProps } from './methodProps'
import { PaperDotsFields } from './PaperDotsFields'
import { ParticipantDotsFields } from './ParticipantDotsFields'

export function RecordDotsForm(props: MethodProps & { round: VotingRound }) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<'participant' | 'role'>('role')
  return (
    // One named region around both ways of recording; each way is its own <form> (forms cannot nest).
    <div role="form" className="method-block" aria-label={t('method.voting.record')}>
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
      {mode === 'role' ? <PaperDotsFields {...props} /> : <ParticipantDotsFields {...props} />}
    </div>
  )
}
