// "Who shares what with whom" (issue 15): links per flow type, then per actor what it gives and receives and
// with whom, and last the actors with no link at all — the opportunities the symbiosis workshop looks for.
import { ACTOR_COLOUR, FLOW_STYLE } from '@shared/model/sharingStyle'
import { FlowMarkIcon } from '../../board/FlowMarkIcon'
import type { ReportModel, Translate } from '../reportModel'
import type { FlowGroup, SharingReport } from '../sharingReport'
import { CountBars } from './CountBars'
import { Swatch } from './common'

function Flows({ groups, t }: { groups: FlowGroup[]; t: Translate }) {
  if (groups.length === 0) return <span className="empty">{t('report.none')}</span>
  return (
    <ul className="flow-list">
      {groups.map((group) => (
        <li key={group.flow}>
          <FlowMarkIcon flow={group.flow} /> <strong>{t(`sharing.flows.${group.flow}`)}:</strong> {group.with.join(', ')}
        </li>
      ))}
    </ul>
  )
}

export function SharingReportSection({ model, t }: { model: ReportModel; t: Translate }) {
  const sharing = model.sharing as SharingReport
  return (
    <section className="section sharing-report" aria-labelledby="section-sharing">
      <h1 id="section-sharing">{t('report.sectionNames.sharing')}</h1>
      <p className="intro">
        {t('sharing.reportSharingIntro', { actors: sharing.actors.length, links: sharing.linkCount })}{' '}
        {sharing.byActorType.map((row) => `${t(`sharing.actorTypes.${row.type}`)} ${row.count}`).join(' · ')}
      </p>

      <h2>{t('sharing.countsHeading')}</h2>
      {sharing.byFlow.length === 0 ? (
        <p className="empty">{t('sharing.reportNoLinks')}</p>
      ) : (
        <CountBars
          heading={t('sharing.linkFlow')}
          rows={sharing.byFlow.map((row) => ({
            key: row.flow,
            label: (
              <>
                <FlowMarkIcon flow={row.flow} /> {t(`sharing.flows.${row.flow}`)}
              </>
            ),
            count: row.count,
            colour: FLOW_STYLE[row.flow].colour,
          }))}
          total={sharing.linkCount}
          language={model.language}
          t={t}
        />
      )}

      <h2>{t('sharing.noLinks')}</h2>
      {sharing.unlinked.length === 0 ? (
        <p className="muted">{t('sharing.everyoneLinked')}</p>
      ) : (
        <ul className="note-list three-columns opportunities">
          {sharing.unlinked.map((actor, index) => (
            <li key={index}>
              <Swatch colour={ACTOR_COLOUR[actor.type]} />
              {actor.name} <span className="muted">({t(`sharing.actorTypes.${actor.type}`)})</span>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('sharing.reportPerActor')}</h2>
      <table className="data sharing-table">
        <thead>
          <tr>
            <th scope="col">{t('sharing.reportActor')}</th>
            <th scope="col">{t('sharing.reportGives')}</th>
            <th scope="col">{t('sharing.reportReceives')}</th>
            <th scope="col" className="num">
              {t('sharing.reportLinks')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sharing.actors.map((actor, index) => (
            <tr key={index}>
              <th scope="row">
                <Swatch colour={ACTOR_COLOUR[actor.type]} />
                {actor.name}
                <span className="actor-type">{t(`sharing.actorTypes.${actor.type}`)}</span>
              </th>
              <td>
                <Flows groups={actor.gives} t={t} />
              </td>
              <td>
                <Flows groups={actor.receives} t={t} />
              </td>
              <td className="num">{actor.links}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
