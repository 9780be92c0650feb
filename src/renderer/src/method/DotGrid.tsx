// One number field per option of a round ("Dots on Traffic"), shared by paper dots and one participant's dots.
import { useTranslation } from 'react-i18next'
import type { WorkshopDoc } from '@shared/model/document'
import type { VotingRound } from '@shared/model/records'
import { optionName } from './votingModel'

export function DotGrid(props: {
  doc: WorkshopDoc
  round: VotingRound
  counts: Record<string, string>
  /** The most one field may hold (the browser's own range check, on top of the shared rules). */
  max: number
  onChange: (itemId: string, value: string) => void
}) {
  const { t } = useTranslation()
  const unnamed = (number: number) => t('method.themes.unnamed', { number })
  return (
    <ul className="method-dot-grid">
      {props.round.optionIds.map((itemId) => {
        const name = optionName(props.doc, props.round, itemId, unnamed)
        return (
          <li key={itemId}>
            <label>
              <span>{t('method.voting.dotsOn', { name })}</span>
              <input
                type="number"
                min={0}
                max={props.max}
                value={props.counts[itemId] ?? ''}
                placeholder="0"
                onChange={(event) => props.onChange(itemId, event.target.value)}
              />
            </label>
          </li>
        )
      })}
    </ul>
  )
}
