// A round's results: hidden until revealed (only how many dots are in so far), then ranked, total and by
// role side by side, with ties and near ties marked. Reveal, hide, close and reopen live here too.
import { useTranslation } from 'react-i18next'
import { tallyRound } from '@shared/analysis/voteTallies'
import { ROLES, type VotingRound } from '@shared/model/records'
import type { MethodProps } from './methodProps'
import { rankItems, tieLabelKey } from '@shared/analysis/ranking'
import { optionName } from './votingModel'
import { DotSourcesTable, phoneSplit } from '../room/DotSources'

export function RoundResults({ doc, apply, round, title }: MethodProps & { round: VotingRound; title: string }) {
  const { t } = useTranslation()
  const tally = tallyRound(doc, round)
  const shown = round.status !== 'open'
  const unnamed = (number: number) => t('method.themes.unnamed', { number })
  // The "Other" column only when someone of that role voted: three columns read better on a projector.
  const roles = ROLES.filter((role) => role !== 'other' || tally.byRole.other > 0)
  // Phones in the room (issue 13): how many dots came from phones and from paper, beside the table.
  const split = phoneSplit(doc, round)
  const status = (next: VotingRound['status']) => void apply({ name: 'setRoundStatus', args: { id: round.id, status: next } })

  return (
    <section className="method-block" aria-labelledby="method-results">
      <h3 id="method-results">
        {t('method.voting.results')}: {title} <span className="method-badge">{t(`method.voting.status.${round.status}`)}</span>
      </h3>
      <p className="method-count">{t('method.voting.dotsPlaced', { count: tally.total, voters: tally.voters })}</p>
      <div className="method-buttons">
        {round.status === 'open' && (
          <button type="button" onClick={() => status('revealed')}>
            {t('method.voting.reveal')}
          </button>
        )}
        {round.status === 'revealed' && (
          <>
            <button type="button" onClick={() => status('open')}>
              {t('method.voting.hide')}
            </button>
            <button type="button" onClick={() => status('closed')}>
              {t('method.voting.close')}
            </button>
          </>
        )}
        {round.status === 'closed' && (
          <button type="button" onClick={() => status('revealed')}>
            {t('method.voting.reopen')}
          </button>
        )}
      </div>
      {round.status === 'closed' && <p className="muted">{t('method.voting.closedNote')}</p>}
      {!shown ? (
        <p className="method-hidden">{t('method.voting.hidden')}</p>
      ) : (
        <>
          <table className="method-results" aria-label={t('method.voting.resultsOf', { title })}>
            <thead>
              <tr>
                <th scope="col">{t('method.voting.rank')}</th>
                <th scope="col">{t('method.voting.item')}</th>
                <th scope="col">{t('method.voting.total')}</th>
                {roles.map((role) => (
                  <th scope="col" key={role}>
                    {/* A narrow panel shows the short name ("Medarb."); the header's name is always the full one. */}
                    <span className="method-role-full">{t(`roles.${role}`)}</span>
                    <span className="method-role-short" aria-hidden="true">
                      {t(`method.voting.roleShort.${role}`)}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rankItems(tally.items).map((item) => (
                <tr key={item.itemId} className={item.tie ? `tie-${item.tie}` : undefined}>
                  <td>
                    {item.rank}
                    {item.tie && <span className="method-tie"> {t(tieLabelKey(item.tie))}</span>}
                  </td>
                  <th scope="row">{optionName(doc, round, item.itemId, unnamed)}</th>
                  <td className="method-total">{item.total}</td>
                  {roles.map((role) => (
                    <td key={role}>{item.byRole[role]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td />
                <th scope="row">{t('method.voting.total')}</th>
                <td className="method-total">{tally.total}</td>
                {roles.map((role) => (
                  <td key={role}>{tally.byRole[role]}</td>
                ))}
              </tr>
            </tfoot>
          </table>
          {split && (
            <DotSourcesTable
              split={split}
              title={title}
              rows={rankItems(tally.items).map(({ itemId }) => ({
                itemId,
                name: optionName(doc, round, itemId, unnamed),
              }))}
            />
          )}
          <p className="muted">{t('method.voting.tieHelp')}</p>
        </>
      )}
    </section>
  )
}
