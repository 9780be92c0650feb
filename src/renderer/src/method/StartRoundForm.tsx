// A new dot-voting round over the themes (or the idea notes): dots per participant start at the suggested
// number (about options ÷ 3, within 3–5) and stay editable, as does the most dots one item may get.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { liveStateOf } from '@shared/commands/liveState'
import { defaultDotsPerParticipant } from '@shared/model/defaults'
import { newId } from '../editor/ids'
import type { MethodProps } from './methodProps'
import { optionIdsFor } from './votingModel'

export function StartRoundForm({ doc, apply, onStarted }: MethodProps & { onStarted: (roundId: string) => void }) {
  const { t } = useTranslation()
  const [target, setTarget] = useState<'themes' | 'notes'>('themes')
  const [title, setTitle] = useState('')
  const options = optionIdsFor(doc, target)
  const suggested = defaultDotsPerParticipant(options.length)
  // Empty means "the suggestion", so the number follows the options until the facilitator types one.
  const [dots, setDots] = useState('')
  const [maxPerItem, setMaxPerItem] = useState('2')

  const start = async (event: FormEvent) => {
    event.preventDefault()
    if (options.length === 0) return
    const id = newId('round')
    const args = {
      id,
      title,
      target,
      optionIds: options,
      dotsPerParticipant: dots === '' ? suggested : Math.round(Number(dots)),
      maxPerItem: Math.round(Number(maxPerItem)),
      sessionId: liveStateOf(doc).currentSessionId,
    }
    if (await apply({ name: 'startVotingRound', args })) {
      setTitle('')
      onStarted(id)
    }
  }

  return (
    <form className="method-form method-block" onSubmit={(event) => void start(event)} aria-label={t('method.voting.newRound')}>
      <h3>{t('method.voting.newRound')}</h3>
      <label>
        {t('method.voting.roundTitle')}
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        {t('method.voting.target')}
        <select value={target} onChange={(event) => setTarget(event.target.value as 'themes' | 'notes')}>
          <option value="themes">{t('method.voting.targets.themes')}</option>
          <option value="notes">{t('method.voting.targets.notes')}</option>
        </select>
      </label>
      <p className="method-count">{t('method.voting.options', { count: options.length })}</p>
      <div className="method-inline">
        <label>
          {t('method.voting.dots')}
          <input type="number" min={1} max={50} value={dots === '' ? String(suggested) : dots} onChange={(event) => setDots(event.target.value)} />
        </label>
        <label>
          {t('method.voting.maxPerItem')}
          <input type="number" min={1} max={50} value={maxPerItem} onChange={(event) => setMaxPerItem(event.target.value)} />
        </label>
      </div>
      <p className="muted">{t('method.voting.dotsHelp', { count: suggested })}</p>
      {options.length === 0 && <p className="muted">{t('method.voting.noOptions')}</p>}
      <button type="submit" disabled={options.length === 0}>
        {t('method.voting.start')}
      </button>
    </form>
  )
}
