// The first page: what the workshop was, where and when, who ran it and who came, and what follows.
import { ROLES } from '@shared/model/records'
import type { ReportSection } from '@shared/report/reportOptions'
import { formatDate, formatPercent } from '@shared/format/format'
import type { ReportModel, Translate } from '../reportModel'
import { Bar } from './common'

const ROLE_COLOURS = { citizen: '#1f5f5b', politician: '#b45309', staff: '#3b5b92', other: '#8a8f96' } as const

export function TitlePage({
  model,
  madeOn,
  sections,
  t,
}: {
  model: ReportModel
  madeOn: string
  sections: readonly ReportSection[]
  t: Translate
}) {
  const roles = ROLES.filter((role) => role !== 'other' || model.participants.byRole.other > 0)
  const max = Math.max(...roles.map((role) => model.participants.byRole[role]))
  return (
    <section className="title-page" aria-labelledby="report-title">
      <p className="kicker">{t('report.kicker')}</p>
      <h1 id="report-title" className="report-title">
        {model.title}
      </h1>
      <dl className="facts">
        {model.place.trim() !== '' && (
          <>
            <dt>{t('report.place')}</dt>
            <dd>{model.place}</dd>
          </>
        )}
        {model.facilitator.trim() !== '' && (
          <>
            <dt>{t('report.facilitator')}</dt>
            <dd>{model.facilitator}</dd>
          </>
        )}
      </dl>

      <div className="title-columns">
        <div>
          <p className="small-heading">{t('report.sessions')}</p>
          {model.sessions.length === 0 ? (
            <p className="empty">{t('report.none')}</p>
          ) : (
            <ol className="sessions">
              {model.sessions.map((session, index) => (
                <li key={index}>
                  <span className="session-date">{formatDate(session.date, model.language)}</span>
                  <span className="session-title">{session.title}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <p className="small-heading">{t('report.participantsTotal', { count: model.participants.total })}</p>
          <table className="plain roles-table">
            <tbody>
              {roles.map((role) => (
                <tr key={role}>
                  <th scope="row">{t(`roles.${role}`)}</th>
                  <td className="num">{model.participants.byRole[role]}</td>
                  <td className="num muted">
                    {formatPercent(model.participants.byRole[role], model.participants.total, model.language)}
                  </td>
                  <td className="bar-cell">
                    <Bar value={model.participants.byRole[role]} max={max} colour={ROLE_COLOURS[role]} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <nav className="contents" aria-label={t('report.contents')}>
        <p className="small-heading">{t('report.contents')}</p>
        <ol>
          {sections
            .filter((section) => section !== 'title')
            .map((section) => (
              <li key={section}>{t(`report.sectionNames.${section}`)}</li>
            ))}
        </ol>
      </nav>
      <p className="made-on">{t('report.madeOn', { date: formatDate(madeOn, model.language) })}</p>
    </section>
  )
}
