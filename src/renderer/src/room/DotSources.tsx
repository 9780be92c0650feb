// Where a round's dots came from (issue 13): from participants' phones, or typed in by the facilitator from
// paper (a role's paper dots and dots recorded person by person alike). Shown beside the results only when
// phones took part, so a paper-only evening looks as it always did.
import { useTranslation } from 'react-i18next'
import type { WorkshopDoc } from '@shared/model/document'
import type { VotingRound } from '@shared/model/records'
import { roundTally, type ItemTally } from '@shared/room/tally'
import './dotSources.css'

/** The round's tally by source, or null when no dot came from a phone. */
export function phoneSplit(doc: WorkshopDoc, round: VotingRound): Map<string, ItemTally> | null {
  const tally = roundTally(doc, round)
  if (!tally.some((item) => item.phone > 0)) return null
  return new Map(tally.map((item) => [item.itemId, item]))
}

/** "3 from phones · 2 on paper" for one item (the projector's results line). */
export function SourceSplit({ item }: { item: ItemTally | undefined }) {
  const { t } = useTranslation()
  if (!item) return null
  const paper = item.paper + item.recorded
  return (
    <span className="results-source" data-source={`phone:${item.phone} paper:${paper}`}>
      {t('room.results.split', { phone: item.phone, paper })}
    </span>
  )
}

/** The facilitator's table of the same split, under the results table of the Voting tab. */
export function DotSourcesTable({
  split,
  title,
  rows,
}: {
  split: Map<string, ItemTally>
  title: string
  rows: { itemId: string; name: string }[]
}) {
  const { t } = useTranslation()
  let phones = 0
  let paper = 0
  for (const item of split.values()) {
    phones += item.phone
    paper += item.paper + item.recorded
  }
  return (
    <table className="method-results" aria-label={t('room.results.table', { title })}>
      <thead>
        <tr>
          <th scope="col">{t('method.voting.item')}</th>
          <th scope="col">{t('room.results.phones')}</th>
          <th scope="col">{t('room.results.paper')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ itemId, name }) => {
          const item = split.get(itemId)
          return (
            <tr key={itemId}>
              <th scope="row">{name}</th>
              <td>{item?.phone ?? 0}</td>
              <td>{(item?.paper ?? 0) + (item?.recorded ?? 0)}</td>
            </tr>
          )
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('method.voting.total')}</th>
          <td>{phones}</td>
          <td>{paper}</td>
        </tr>
      </tfoot>
    </table>
  )
}
