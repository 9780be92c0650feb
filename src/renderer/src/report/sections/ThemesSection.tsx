// Themes and priorities: each voting round's ranking (total and by role), then every theme with its dots
// by role and its ideas.
import type { ReportModel, RoundBlock, ThemeBlock, Translate, VoteRow } from '../reportModel'
import { tieLabelKey } from '@shared/analysis/ranking'
import { rolesToShow } from '../reportModel'
import { RoleCells, RoleHeaders, Swatch } from './common'

function TieMark({ row, t }: { row: VoteRow; t: Translate }) {
  if (row.tie === null) return null
  return <span className="tie">({t(tieLabelKey(row.tie))})</span>
}

function RoundTable({ round, t }: { round: RoundBlock; t: Translate }) {
  const roles = rolesToShow([round.byRole])
  return (
    <div className="round">
      <h2>{t('report.themes.round', { title: round.title })}</h2>
      {round.status === 'open' ? (
        <p className="empty">{t('report.themes.hidden')}</p>
      ) : (
        <>
          <p className="intro">
            {t('report.themes.roundFacts', {
              voters: round.voters,
              dots: round.dotsPerParticipant,
              max: round.maxPerItem,
              total: round.total,
            })}
          </p>
          <table className="data votes-table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('report.themes.rank')}
                </th>
                <th scope="col">{t('report.themes.item')}</th>
                <th scope="col" className="num">
                  {t('report.total')}
                </th>
                <RoleHeaders roles={roles} t={t} />
              </tr>
            </thead>
            <tbody>
              {round.rows.map((row) => (
                <tr key={row.itemId}>
                  <td className="num">{row.rank}</td>
                  <th scope="row">
                    {row.name} <TieMark row={row} t={t} />
                  </th>
                  <td className="num strong">{row.total}</td>
                  <RoleCells roles={roles} counts={row.byRole} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td />
                <th scope="row">{t('report.total')}</th>
                <td className="num strong">{round.total}</td>
                <RoleCells roles={roles} counts={round.byRole} />
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </div>
  )
}

function ThemeVotes({ theme, t }: { theme: ThemeBlock; t: Translate }) {
  if (theme.votes === null) return <p className="empty">{t('report.themes.notVoted')}</p>
  if (theme.votes.hidden || theme.votes.row === null) return <p className="empty">{t('report.themes.hidden')}</p>
  const row = theme.votes.row
  const roles = rolesToShow([row.byRole])
  return (
    <dl className="theme-votes">
      <div className="vote-total">
        <dt>{t('report.themes.dots')}</dt>
        <dd>
          {row.total}{' '}
          <span className="muted">
            · {t('report.themes.rank')} {row.rank}
          </span>{' '}
          <TieMark row={row} t={t} />
        </dd>
      </div>
      {roles.map((role) => (
        <div key={role}>
          <dt>{t(`roles.${role}`)}</dt>
          <dd>{row.byRole[role]}</dd>
        </div>
      ))}
    </dl>
  )
}

export function ThemesSection({ model, t }: { model: ReportModel; t: Translate }) {
  return (
    <section className="section" aria-labelledby="section-themes">
      <h1 id="section-themes">{t('report.sectionNames.themes')}</h1>
      <p className="intro">{t('report.themes.intro', { themes: model.themes.length, ideas: model.ideasTotal })}</p>
      {model.rounds.map((round) => (
        <RoundTable key={round.id} round={round} t={t} />
      ))}
      {model.themes.map((theme) => (
        <article key={theme.id} className="theme-block">
          <h2 style={{ borderColor: theme.colour }}>
            <Swatch colour={theme.colour} />
            {theme.name}
          </h2>
          <ThemeVotes theme={theme} t={t} />
          <h3 className="small-heading">{t('report.themes.ideas', { count: theme.ideas.length })}</h3>
          {theme.ideas.length === 0 ? (
            <p className="empty">{t('report.themes.noIdeas')}</p>
          ) : (
            <ul className="note-list two-columns">
              {theme.ideas.map((text, index) => (
                <li key={index}>{text.trim() === '' ? t('report.notes.empty') : text}</li>
              ))}
            </ul>
          )}
        </article>
      ))}
      {model.ungroupedIdeas.length > 0 && (
        <article className="theme-block">
          <h2>{t('report.themes.ungrouped', { count: model.ungroupedIdeas.length })}</h2>
          <ul className="note-list two-columns">
            {model.ungroupedIdeas.map((text, index) => (
              <li key={index}>{text.trim() === '' ? t('report.notes.empty') : text}</li>
            ))}
          </ul>
        </article>
      )}
    </section>
  )
}
