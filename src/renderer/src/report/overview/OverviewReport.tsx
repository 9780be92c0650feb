// The overview of many workshops as a printed report (issue 14): a summary page, the cross-area tables
// (workshops with totals, strengths by category, learn from each other, every project), projects by
// strategy area, and one page per area with its projects' progress and timelines. Plain React text only.
import { ROLES, type Language } from '@shared/model/records'
import { areaName, type Overview, type ReadEntry } from '@shared/overview/buildOverview'
import type { AreaProject } from '@shared/overview/areaSummary'
import { themeKey } from '@shared/overview/themeKey'
import { formatDate } from '@shared/format/format'
import type { Translate } from '../reportModel'
import { Bar, Swatch } from '../sections/common'

interface Props {
  overview: Overview
  language: Language
  madeOn: string
  t: Translate
}

const STATUSES = ['idea', 'running', 'done', 'paused'] as const

function Progress({ project, t }: { project: AreaProject; t: Translate }) {
  if (project.progress === null) return <span className="muted">{t('overview.noProgress')}</span>
  return (
    <span className="overview-progress">
      <Bar value={project.progress} max={100} colour="#1f5f5b" />
      <span className="num">{project.progress} %</span>
    </span>
  )
}

function ProjectRows({ rows, t, withArea }: { rows: { entry: ReadEntry; project: AreaProject }[]; t: Translate; withArea: boolean }) {
  const date = (value: string | null) => value ?? t('overview.noDate')
  return (
    <table className="overview-report-table">
      <thead>
        <tr>
          <th scope="col">{t('overview.columns.project')}</th>
          {withArea && <th scope="col">{t('overview.columns.area')}</th>}
          <th scope="col">{t('overview.columns.owner')}</th>
          <th scope="col">{t('overview.columns.status')}</th>
          <th scope="col">{t('overview.columns.progress')}</th>
          <th scope="col">{t('overview.columns.deadline')}</th>
          <th scope="col">{t('overview.columns.lastUpdate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ entry, project }) => (
          <tr key={`${entry.path}/${project.id}`} className={project.overdue ? 'overdue' : undefined}>
            <th scope="row">
              {project.title}
              {project.overdue && <span className="overdue-tag">{t('overview.overdueBadge')}</span>}
            </th>
            {withArea && <td>{areaName(entry)}</td>}
            <td>{project.owner || t('overview.noOwner')}</td>
            <td>{t(`method.projects.status.${project.status}`)}</td>
            <td>
              <Progress project={project} t={t} />
            </td>
            <td>{date(project.deadline)}</td>
            <td>{date(project.lastUpdate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function OverviewReport({ overview, language, madeOn, t }: Props) {
  const entries = overview.files.filter((entry): entry is ReadEntry => entry.ok)
  const refused = overview.files.filter((entry) => !entry.ok)
  const totals = overview.totals
  const allProjects = entries.flatMap((entry) => entry.area.projects.map((project) => ({ entry, project })))
  const categories = new Map<string, { id: string; name: string | null; color: string }>()
  for (const entry of entries) for (const category of entry.area.categories) if (!categories.has(category.id)) categories.set(category.id, category)
  const categoryName = (category: { id: string; name: string | null }) =>
    category.name ?? t(`categories.${category.id}`, { defaultValue: category.id })
  const maxCategory = Math.max(1, ...entries.flatMap((entry) => Object.values(entry.area.byCategory)))
  const strategyGroups = [
    ...overview.strategyAreas.map((area) => ({
      name: area.name,
      rows: allProjects.filter(({ project }) => project.strategyAreas.some((name) => themeKey(name) === themeKey(area.name))),
    })),
    { name: t('overview.noStrategyArea'), rows: allProjects.filter(({ project }) => project.strategyAreas.length === 0) },
  ].filter((group) => group.rows.length > 0)
  const roles = ROLES.slice(0, 3)

  return (
    <main className="report overview-report">
      <section className="title-page overview-title" aria-labelledby="overview-title">
        <p className="kicker">{t('overview.report.kicker')}</p>
        <h1 id="overview-title" className="report-title">
          {t('overview.report.title', { count: totals.workshops })}
        </h1>
        <p className="made-on">{t('overview.report.madeOn', { date: formatDate(madeOn, language) })}</p>
        <h2>{t('overview.report.summaryHeading')}</h2>
        <dl className="facts">
          <dt>{t('overview.columns.participants')}</dt>
          <dd>
            {totals.participants.total} ({roles.map((role) => `${t(`roles.${role}`)} ${totals.participants.byRole[role]}`).join(', ')})
          </dd>
          <dt>{t('overview.columns.strengths')}</dt>
          <dd>{totals.notes.strengths}</dd>
          <dt>{t('overview.columns.themes')}</dt>
          <dd>{totals.themes}</dd>
          <dt>{t('overview.columns.projects')}</dt>
          <dd>
            {totals.projects} ({STATUSES.map((status) => `${t(`method.projects.status.${status}`)} ${totals.projectsByStatus[status]}`).join(', ')})
          </dd>
          <dt>{t('overview.columns.followUpsDue')}</dt>
          <dd>{totals.followUpsDue}</dd>
          <dt>{t('overview.columns.overdue')}</dt>
          <dd>{totals.overdue}</dd>
        </dl>
        <p className="muted">{t('overview.today', { date: formatDate(overview.today, language) })}</p>
        {refused.length > 0 && (
          <>
            <h2>{t('overview.report.refusedHeading')}</h2>
            <ul>
              {refused.map((entry) => (
                <li key={entry.path}>
                  <strong>{entry.file}</strong>: {!entry.ok && entry.error.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="overview-areas">
        <h1 id="overview-areas">{t('overview.report.areasHeading')}</h1>
        <table className="overview-report-table">
          <thead>
            <tr>
              <th scope="col">{t('overview.columns.place')}</th>
              <th scope="col">{t('overview.columns.lastSession')}</th>
              <th scope="col" className="num">{t('overview.columns.participants')}</th>
              <th scope="col" className="num">{t('overview.columns.strengths')}</th>
              <th scope="col" className="num">{t('overview.columns.themes')}</th>
              <th scope="col" className="num">{t('overview.columns.projects')}</th>
              <th scope="col" className="num">{t('overview.columns.followUpsDue')}</th>
              <th scope="col" className="num">{t('overview.columns.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.path}>
                <th scope="row">{areaName(entry)}</th>
                <td>{entry.area.lastSession ?? t('overview.noDate')}</td>
                <td className="num">{entry.area.participants.total}</td>
                <td className="num">{entry.area.notes.strengths}</td>
                <td className="num">{entry.area.themes.length}</td>
                <td className="num">{entry.area.projects.length}</td>
                <td className="num">{entry.area.followUpsDue}</td>
                <td className="num">{entry.area.overdue}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('overview.totalsRow')}</th>
              <td />
              <td className="num">{totals.participants.total}</td>
              <td className="num">{totals.notes.strengths}</td>
              <td className="num">{totals.themes}</td>
              <td className="num">{totals.projects}</td>
              <td className="num">{totals.followUpsDue}</td>
              <td className="num">{totals.overdue}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section className="section" aria-labelledby="overview-strengths">
        <h1 id="overview-strengths">{t('overview.report.strengthsHeading')}</h1>
        <p className="intro">{t('overview.strengthsHelp')}</p>
        <table className="overview-report-table strengths">
          <thead>
            <tr>
              <th scope="col">{t('overview.columns.place')}</th>
              {[...categories.values()].map((category) => (
                <th scope="col" key={category.id}>
                  <Swatch colour={category.color} />
                  {categoryName(category)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.path}>
                <th scope="row">{areaName(entry)}</th>
                {[...categories.values()].map((category) => {
                  const count = entry.area.byCategory[category.id] ?? 0
                  return (
                    <td key={category.id} className="bar-count">
                      <Bar value={count} max={maxCategory} colour={category.color} />
                      <span className="num">{count}</span>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="section" aria-labelledby="overview-learn">
        <h1 id="overview-learn">{t('overview.report.learnHeading')}</h1>
        <h2>{t('overview.recurringHeading')}</h2>
        {overview.recurringThemes.length === 0 ? (
          <p className="empty">{t('overview.recurringNone')}</p>
        ) : (
          <table className="overview-report-table">
            <thead>
              <tr>
                <th scope="col">{t('overview.columns.theme')}</th>
                <th scope="col">{t('overview.columns.areas')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.recurringThemes.map((theme) => (
                <tr key={theme.key}>
                  <th scope="row">{theme.names.join(' / ')}</th>
                  <td>{theme.areas.map((area) => area.place).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2>{t('overview.matchesHeading')}</h2>
        {overview.projectMatches.length === 0 ? (
          <p className="empty">{t('overview.matchesNone')}</p>
        ) : (
          <table className="overview-report-table">
            <thead>
              <tr>
                <th scope="col">{t('overview.columns.project')}</th>
                <th scope="col">{t('overview.columns.area')}</th>
                <th scope="col">{t('overview.columns.similar')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.projectMatches.map((match) => {
                const entry = entries.find((candidate) => candidate.path === match.path)!
                const project = entry.area.projects.find((candidate) => candidate.id === match.projectId)
                return (
                  <tr key={`${match.path}/${match.projectId}`}>
                    <th scope="row">{project?.title}</th>
                    <td>{areaName(entry)}</td>
                    <td>{match.similar.map((area) => area.place).join(', ')}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </section>

      <section className="section" aria-labelledby="overview-projects">
        <h1 id="overview-projects">{t('overview.report.projectsHeading')}</h1>
        <p className="intro">{t('overview.projectsCount', { count: allProjects.length, overdue: totals.overdue })}</p>
        <ProjectRows rows={[...allProjects].sort((a, b) => Number(b.project.overdue) - Number(a.project.overdue))} t={t} withArea />
      </section>

      <section className="section" aria-labelledby="overview-by-strategy">
        <h1 id="overview-by-strategy">{t('overview.report.byStrategyHeading')}</h1>
        {strategyGroups.map((group) => (
          <div key={group.name} className="strategy-group">
            <h2>
              {group.name} <span className="muted">({group.rows.length})</span>
            </h2>
            <ProjectRows rows={group.rows} t={t} withArea />
          </div>
        ))}
      </section>

      {entries.map((entry) => (
        <section key={entry.path} className="section area-page" aria-label={areaName(entry)}>
          <p className="kicker">{t('overview.report.areaPages')}</p>
          <h1>{areaName(entry)}</h1>
          <p className="muted">{entry.area.title}</p>
          <dl className="facts">
            <dt>{t('overview.columns.lastSession')}</dt>
            <dd>{entry.area.lastSession ? formatDate(entry.area.lastSession, language) : t('overview.noDate')}</dd>
            {entry.area.nextSession && (
              <>
                <dt>{t('overview.report.nextSession')}</dt>
                <dd>{formatDate(entry.area.nextSession, language)}</dd>
              </>
            )}
            <dt>{t('overview.columns.participants')}</dt>
            <dd>
              {entry.area.participants.total} ({roles.map((role) => `${t(`roles.${role}`)} ${entry.area.participants.byRole[role]}`).join(', ')})
            </dd>
            <dt>{t('overview.columns.themes')}</dt>
            <dd>{entry.area.themes.map((theme) => theme.name).join(', ') || t('overview.noDate')}</dd>
            <dt>{t('overview.columns.strategyAreas')}</dt>
            <dd>{entry.area.strategyAreas.join(', ') || t('overview.noDate')}</dd>
          </dl>
          {entry.area.projects.length > 0 && (
            <>
              <h2>{t('overview.columns.projects')}</h2>
              <ProjectRows rows={entry.area.projects.map((project) => ({ entry, project }))} t={t} withArea={false} />
              {entry.area.projects
                .filter((project) => project.timeline.length > 0)
                .map((project) => (
                  <div key={project.id} className="timeline">
                    <h3>
                      {project.title}: {t('overview.report.timeline')}
                    </h3>
                    <ol>
                      {project.timeline.map((step, index) => (
                        <li key={index}>
                          <strong>{formatDate(step.date, language)}</strong> {step.session && `(${step.session}) `}
                          {t(`method.projects.status.${step.status}`)}
                          {step.progress !== null && `, ${step.progress} %`}
                          {step.text && <span className="muted">: {step.text}</span>}
                        </li>
                      ))}
                    </ol>
                  </div>
                ))}
            </>
          )}
        </section>
      ))}
    </main>
  )
}
