// The readable form of `info`: one section per part of the method, numbers in tables.
import type { WorkshopSummary } from '@shared/analysis/workshopSummary'
import type { Translate } from '@shared/i18n'
import type { WorkshopDoc } from '@shared/model/document'
import { ROLES, type Language } from '@shared/model/records'
import { formatPairs, formatTable, type Cell } from './formatTable'

/** "100 %" in Danish, "100%" in English, as each language writes it. */
function percent(fraction: number, language: Language): string {
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { style: 'percent' }).format(fraction)
}

export function infoLines(summary: WorkshopSummary, doc: WorkshopDoc, t: Translate, language: Language): string[] {
  const roleHeaders = ROLES.map((role) => t(`roles.${role}`))
  const categoryName = (id: string) => doc.category[id]?.name || t(`categories.${id}`, { defaultValue: id })
  const lines: string[] = [summary.title, '='.repeat([...summary.title].length)]

  lines.push(
    ...formatPairs([
      [t('cli.info.place'), summary.place || t('cli.info.nobody')],
      [t('cli.info.facilitator'), summary.facilitator || t('cli.info.nobody')],
      [t('cli.info.language'), t(`languages.${summary.language}`)],
      [t('cli.info.template'), t(`templates.${summary.template}`)],
    ]),
  )

  lines.push(
    '',
    `${t('cli.info.participants')}: ${summary.participants.total} (${summary.participants.named} ${t('cli.info.named')})`,
  )
  lines.push(
    ...formatTable(
      [t('cli.info.columns.role'), t('cli.info.columns.count')],
      ROLES.map((role) => [t(`roles.${role}`), summary.participants.byRole[role]]),
    ),
  )

  if (summary.sessions.length > 0) {
    lines.push('', `${t('cli.info.sessions')}: ${summary.sessions.length}`)
    lines.push(
      ...formatTable(
        [t('cli.info.columns.date'), t('cli.info.columns.title')],
        summary.sessions.map((session) => [session.date, session.title]),
      ),
    )
  }

  lines.push('', `${t('cli.info.notes')}: ${summary.notes.total}`)
  lines.push(
    ...formatTable(
      [t('cli.info.byKind'), t('cli.info.columns.count')],
      (['strength', 'idea', 'other'] as const).map((kind) => [t(`cli.noteKinds.${kind}`), summary.notes.byKind[kind]]),
    ),
  )
  lines.push('')
  lines.push(
    ...formatTable(
      [t('cli.info.byCategory'), t('cli.info.columns.count')],
      [
        ...Object.entries(summary.notes.byCategory).map(([id, count]): Cell[] => [categoryName(id), count]),
        [t('cli.info.withoutCategory'), summary.notes.withoutCategory],
      ],
    ),
  )
  lines.push('', `${t('cli.info.connectors')}: ${summary.connectors}`)

  lines.push('', `${t('cli.info.themes')}: ${summary.themes.length}`)
  if (summary.themes.length === 0) lines.push(`  ${t('cli.info.noThemes')}`)
  else
    lines.push(
      ...formatTable(
        [t('cli.info.columns.name'), t('cli.info.columns.notes'), t('cli.info.columns.dots'), ...roleHeaders],
        summary.themes.map((theme) => [
          theme.name || t('cli.info.nobody'),
          theme.notes,
          theme.votes?.total ?? 0,
          ...ROLES.map((role) => theme.votes?.byRole[role] ?? 0),
        ]),
      ),
    )

  lines.push('', `${t('cli.info.votingRounds')}: ${summary.votingRounds.length}`)
  if (summary.votingRounds.length === 0) lines.push(`  ${t('cli.info.noRounds')}`)
  else
    lines.push(
      ...formatTable(
        [
          t('cli.info.columns.title'),
          t('cli.info.columns.target'),
          t('cli.info.columns.status'),
          t('cli.info.columns.voters'),
          t('cli.info.columns.dots'),
          ...roleHeaders,
        ],
        summary.votingRounds.map((round) => [
          round.title || t('cli.info.nobody'),
          t(`cli.roundTarget.${round.target}`),
          t(`cli.roundStatus.${round.status}`),
          round.voters,
          round.total,
          ...ROLES.map((role) => round.byRole[role]),
        ]),
      ),
    )
  lines.push(
    `${t('cli.info.votes')}: ${summary.votes.total} (${ROLES.map((role) => `${t(`roles.${role}`)} ${summary.votes.byRole[role]}`).join(', ')})`,
  )

  lines.push('', `${t('cli.info.projects')}: ${summary.projects.length}`)
  if (summary.projects.length === 0) lines.push(`  ${t('cli.info.noProjects')}`)
  else {
    lines.push(
      ...formatTable(
        [
          t('cli.info.columns.title'),
          t('cli.info.columns.status'),
          t('cli.info.columns.owner'),
          t('cli.info.columns.filled'),
        ],
        summary.projects.map((project) => [
          project.title || t('cli.info.nobody'),
          t(`cli.projectStatus.${project.status}`),
          project.owner === null ? t('cli.info.nobody') : project.owner || t('cli.info.unnamed'),
          `${project.filled.length}/${project.filled.length + project.missing.length} (${percent(project.completeness, language)})`,
        ]),
      ),
    )
    for (const project of summary.projects.filter((entry) => entry.missing.length > 0)) {
      const missing = project.missing.map((field) => t(`cli.projectFields.${field}`)).join(', ')
      lines.push(`  ${project.title || t('cli.info.nobody')} – ${t('cli.info.missing')}: ${missing}`)
    }
  }
  return lines
}
