// The spotlights that are not a part of the board: a theme with its ideas, one action project, the
// results of a voting round. Large type, few words, as the back of the room needs.
import { useTranslation } from 'react-i18next'
import { tallyRound } from '@shared/analysis/voteTallies'
import { recordsOf, workshopOf, type WorkshopDoc } from '@shared/model/document'
import { ROLES } from '@shared/model/records'
import { rankItems, tieLabelKey } from '@shared/analysis/ranking'
import { ownerLabel } from '@shared/commands/projectOwner'
import { numberedParticipants, participantLabel } from '../method/participantsModel'
import { optionName } from '../method/votingModel'
import { formatDate } from '@shared/format/format'
import { themeName } from '../method/themesModel'
import { phoneSplit, SourceSplit } from '../room/DotSources'

export function ThemeSpotlight({ doc, themeId }: { doc: WorkshopDoc; themeId: string }) {
  const { t } = useTranslation()
  const theme = doc.theme[themeId]
  if (!theme) return null
  const notes = recordsOf(doc, 'note')
    .filter((note) => note.themeId === themeId)
    .sort((a, b) => a.y - b.y || a.x - b.x)
  return (
    <section
      className="spotlight spotlight-theme"
      aria-label={themeName(doc, themeId, (n) => t('present.projector.unnamedTheme', { number: n }))}
    >
      <h2 style={{ borderColor: theme.color }}>
        {themeName(doc, themeId, (n) => t('present.projector.unnamedTheme', { number: n }))}
      </h2>
      {notes.length === 0 ? (
        <p className="spotlight-empty">{t('present.projector.noIdeas')}</p>
      ) : (
        <ul className="spotlight-cards">
          {notes.map((note) => (
            <li key={note.id} style={{ background: note.color }}>
              {note.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function ProjectSpotlight({ doc, projectId }: { doc: WorkshopDoc; projectId: string }) {
  const { t } = useTranslation()
  const project = doc.project[projectId]
  if (!project) return null
  // An unnamed owner is "Citizen 3", as the Method panel names them, and one not on the list by the name typed;
  // the date as the workshop's language writes it.
  const owner = ownerLabel(project, (id) => {
    const entry = numberedParticipants(doc).find((numbered) => numbered.participant.id === id)
    return entry ? participantLabel(entry, (role) => t(`roles.${role}`)) : null
  })
  const language = workshopOf(doc).language
  const rows: [string, string | null | undefined][] = [
    [t('present.projector.goal'), project.goal],
    [t('present.projector.firstStep'), project.firstStep],
    [t('present.projector.owner'), owner],
    [t('present.projector.deadline'), project.deadline === null ? null : formatDate(project.deadline, language)],
    [t('present.projector.resources'), project.resourcesNeeded],
    [t('present.projector.success'), project.successMeasure],
  ]
  const title = project.title.trim() || t('present.projector.untitledProject')
  return (
    <section className="spotlight spotlight-project" aria-label={title}>
      <h2>{title}</h2>
      <dl>
        {rows
          .filter(([, value]) => value && value.trim() !== '')
          .map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  )
}

/**
 * The tallies of a round, ranked, each split by role (what citizens chose versus politicians versus staff),
 * with how many took part. The projector holds a round's dots only once it is revealed (main filters them).
 */
export function ResultsSpotlight({ doc, roundId }: { doc: WorkshopDoc; roundId: string }) {
  const { t } = useTranslation()
  const round = doc.votingRound[roundId]
  if (!round) return null
  const title = t('present.resultsOf', { round: round.title.trim() || t('present.results') })
  if (round.status === 'open') {
    return (
      <section className="spotlight spotlight-results" aria-label={title}>
        <h2>{title}</h2>
        <p className="spotlight-empty" role="status">
          {t('present.projector.hiddenResults')}
        </p>
      </section>
    )
  }
  const tally = tallyRound(doc, round)
  const ranked = rankItems(tally.items)
  const most = Math.max(1, ...ranked.map((item) => item.total))
  // Only the roles that placed dots: three colours read better than four at the back of the room.
  const roles = ROLES.filter((role) => tally.byRole[role] > 0)
  // Phones in the room (issue 13): each item also says how many dots came from phones and from paper.
  const sources = phoneSplit(doc, round)
  return (
    <section className="spotlight spotlight-results" aria-label={title}>
      <h2>{title}</h2>
      <p className="results-summary">
        {t('votes.roundSummary', { voters: tally.voters, count: tally.total })}
        <span className="results-legend" aria-label={t('votes.splitByRole')}>
          {roles.map((role) => (
            <span key={role} className={`results-key role-${role}`}>
              {t(`votes.rolesPlural.${role}`)}
            </span>
          ))}
        </span>
      </p>
      <ol className="results-bars">
        {ranked.map((item) => (
          <li key={item.itemId} data-item={item.itemId} data-total={item.total}>
            <span className="results-rank">{t('present.projector.rank', { rank: item.rank })}</span>
            <span className="results-head">
              <span className="results-name">
                {optionName(doc, round, item.itemId, (n) => t('present.projector.unnamedTheme', { number: n }))}
                {item.tie && <em> ({t(tieLabelKey(item.tie))})</em>}
              </span>{' '}
              <span className="results-split" data-split={roles.map((role) => `${role}:${item.byRole[role]}`).join(' ')}>
                {roles.map((role) => `${t(`votes.rolesPlural.${role}`)} ${item.byRole[role]}`).join(' · ')}
              </span>
              {sources && <SourceSplit item={sources.get(item.itemId)} />}
            </span>
            <span className="results-bar" style={{ width: `${(item.total / most) * 100}%` }} aria-hidden="true">
              {roles.map((role) =>
                item.byRole[role] > 0 ? (
                  <span key={role} className={`role-${role}`} style={{ flexGrow: item.byRole[role] }} />
                ) : null,
              )}
            </span>
            <span className="results-total">{t('present.projector.dots', { count: item.total })}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
