// "Needs and offers" (issue 15): the number the facilitator wants at the end — the share of participants
// with at least one agreed match — then matches by status, every match with the project it became, and the
// needs that found no offer yet.
import { formatPercent } from '@shared/format/format'
import type { ReportModel, Translate } from '../reportModel'
import type { MarketNote, MarketReport } from '../sharingReport'

function Said({ note, t }: { note: MarketNote; t: Translate }) {
  const about = [note.who, note.category && t(`sharing.marketCategories.${note.category}`)].filter(Boolean).join(' · ')
  return (
    <>
      {note.text.trim() === '' ? <span className="empty">{t('report.notes.empty')}</span> : note.text}
      {about && <span className="said-by">{about}</span>}
    </>
  )
}

export function MarketReportSection({ model, t }: { model: ReportModel; t: Translate }) {
  const market = model.market as MarketReport
  const share = formatPercent(market.participantsWithAgreedMatch, market.participants, model.language)
  return (
    <section className="section market-report" aria-labelledby="section-market">
      <h1 id="section-market">{t('report.sectionNames.market')}</h1>
      <p className="intro">{t('sharing.reportMarketIntro', { needs: market.needs, offers: market.offers, matches: market.matches })}</p>

      <div className="headline-figure">
        <p className="figure">{share}</p>
        <p>
          <strong>
            {t('sharing.shareWithAgreed', { share, count: market.participantsWithAgreedMatch, total: market.participants })}
          </strong>
          <br />
          <span className="muted">{t('sharing.reportShareNote')}</span>
        </p>
      </div>

      <h2>{t('sharing.reportByStatus')}</h2>
      <table className="data counts-table narrow">
        <tbody>
          {market.byStatus.map((row) => (
            <tr key={row.status}>
              <th scope="row">{t(`sharing.matchStatuses.${row.status}`)}</th>
              <td className="num">{row.count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('report.total')}</th>
            <td className="num">{market.matches}</td>
          </tr>
        </tfoot>
      </table>

      <h2>{t('sharing.matchesHeading')}</h2>
      {market.rows.length === 0 ? (
        <p className="empty">{t('sharing.noMatches')}</p>
      ) : (
        <table className="data match-table">
          <thead>
            <tr>
              <th scope="col">{t('sharing.reportNeed')}</th>
              <th scope="col">{t('sharing.reportOffer')}</th>
              <th scope="col">{t('sharing.reportStatus')}</th>
              <th scope="col">{t('sharing.reportProject')}</th>
            </tr>
          </thead>
          <tbody>
            {market.rows.map((row, index) => (
              <tr key={index}>
                <td>
                  <Said note={row.need} t={t} />
                </td>
                <td>
                  <Said note={row.offer} t={t} />
                </td>
                <td className={`status status-${row.status}`}>{t(`sharing.matchStatuses.${row.status}`)}</td>
                <td>{row.project ?? <span className="empty">{t('report.none')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>
        {t('sharing.reportUnmatched')} <span className="count-badge">{market.unmatched.length}</span>
      </h2>
      {market.unmatched.length === 0 ? (
        <p className="muted">{t('sharing.reportAllMatched')}</p>
      ) : (
        <ul className="note-list two-columns unmatched-needs">
          {market.unmatched.map((need, index) => (
            <li key={index}>
              <Said note={need} t={t} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
