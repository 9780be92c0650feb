// Voting: start a round, choose a round (earlier rounds stay viewable), record dots, reveal the results.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { roundsInOrder } from '@shared/analysis/voteTallies'
import type { MethodProps } from './methodProps'
import { EditLockGroup } from '../panels/editLock'
import { RecordDotsForm } from './RecordDotsForm'
import { RoundResults } from './RoundResults'
import { StartRoundForm } from './StartRoundForm'

export function VotingSection(props: MethodProps) {
  const { t } = useTranslation()
  const rounds = roundsInOrder(props.doc)
  const [chosenId, setChosenId] = useState<string | null>(null)
  // The newest round unless the facilitator looks at an earlier one.
  const round = rounds.find((r) => r.id === chosenId) ?? rounds.at(-1)
  const titleOf = (index: number) => rounds[index]!.title || t('method.voting.untitled', { number: index + 1 })

  return (
    <>
      {rounds.length > 0 && round && (
        <>
          <label className="method-block">
            {t('method.voting.chooseRound')}
            <select className="method-round-select" value={round.id} onChange={(event) => setChosenId(event.target.value)}>
              {rounds.map((r, index) => (
                <option key={r.id} value={r.id}>
                  {titleOf(index)} · {t(`method.voting.status.${r.status}`)}
                </option>
              ))}
            </select>
          </label>
          <EditLockGroup>
            <RoundResults {...props} round={round} title={titleOf(rounds.indexOf(round))} />
            {round.status !== 'closed' && <RecordDotsForm key={round.id} {...props} round={round} />}
          </EditLockGroup>
        </>
      )}
      <EditLockGroup>
        <StartRoundForm {...props} onStarted={setChosenId} />
      </EditLockGroup>
    </>
  )
}
