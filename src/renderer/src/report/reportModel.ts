// What the printed report says, worked out from the workshop document alone (no React, no DOM), so it can
// be tested as plain data: the title page facts, strengths per asset category, themes with their ideas and
// dot results by role, every action project with its links and follow-ups, people and notes.
// Names appear only when the facilitator chose to include them; otherwise a person is "Citizen 12".
import { projectCompleteness } from '@shared/analysis/projectCompleteness'
import { projectProgress, projectTimeline } from '@shared/analysis/projectProgress'
import { categoriesInOrder, participantsByRole } from '@shared/analysis/recordCounts'
import { roundsInOrder, tallyRound, type RoleCounts } from '@shared/analysis/voteTallies'
import { FILLABLE_PROJECT_FIELDS } from '@shared/commands/projectFields'
import { recordsOf, workshopOf, type WorkshopDoc } from '@shared/model/document'
import { ROLES, type Note, type NoteKind, type ProjectStatus, type Role, type RoundStatus } from '@shared/model/records'
import type { ReportOptions } from '@shared/report/reportOptions'
import { categoryName } from '../board/labels'
import { numberedParticipants, participantLabel } from '../method/participantsModel'
import { sessionsInOrder } from '../method/projectsModel'
import { notesInOrder, themeName } from '../method/themesModel'
import { rankItems, type TieKind } from '@shared/analysis/ranking'
import { optionName } from '../method/votingModel'
import type { Translate } from '@shared/i18n'
import { buildMarketReport, buildSharingReport, type MarketReport, type SharingReport } from './sharingReport'

export type { Translate }

export interface CategoryBlock {
  id: string | null
  name: string
  colour: string
  strengths: string[]
}

export interface VoteRow {
  itemId: string
  name: string
  rank: number
  tie: TieKind
  total: number
  byRole: RoleCounts
}

export interface RoundBlock {
  id: string
  title: string
  status: RoundStatus
  voters: number
  dotsPerParticipant: number
  maxPerItem: number
  total: number
  byRole: RoleCounts
  rows: VoteRow[]
}

export interface ThemeBlock {
  id: string
  name: string
  colour: string
  ideas: string[]
  /** The theme's row in the latest round that offered it; hidden when that round is not revealed yet. */
  votes: { roundTitle: string; hidden: boolean; row: VoteRow | null } | null
}

export interface FollowUp {
  session: string
  date: string | null
  status: ProjectStatus
  text: string
  /** 0–100 when this follow-up said how far the project had come. */
  progress: number | null
}

export interface ProjectBlock {
  id: string
  title: string
  status: ProjectStatus
  theme: string | null
  themeColour: string | null
  goal: string
  owner: string | null
  members: string[]
  firstStep: string
  deadline: string | null
  resourcesNeeded: string
  resourcesOffered: string
  barriers: string
  successMeasure: string
  strategyAreas: string[]
  /** The latest progress reported (analysis/projectProgress.ts); null: not reported yet. */
  progress: number | null
  /** The date of the latest follow-up, null before the first. */
  lastUpdate: string | null
  strengths: { text: string; colour: string }[]
  ideas: string[]
  followUps: FollowUp[]
  filled: number
  fillable: number
}

export interface NoteRow {
  kind: NoteKind
  text: string
  where: string
  colour: string
}

export interface ReportModel {
  title: string
  place: string
  facilitator: string
  language: ReportOptions['language']
  sessions: { title: string; date: string }[]
  participants: { total: number; byRole: RoleCounts }
  /** Only filled when names are included; the labels of named people ("Ida Holm (Citizen)"). */
  namedPeople: string[]
  includeNames: boolean
  strengthsTotal: number
  categories: CategoryBlock[]
  ideasTotal: number
  themes: ThemeBlock[]
  ungroupedIdeas: string[]
  rounds: RoundBlock[]
  projects: ProjectBlock[]
  /** "Projects by strategy area": the workshop's areas in its order, each with its projects' ids. */
  byStrategyArea: { area: string; projectIds: string[] }[]
  notes: NoteRow[]
  board: { notes: number; areas: number; lines: number }
  /** Who shares what with whom (issue 15); null when the workshop has no actors. */
  sharing: SharingReport | null
  /** The needs-and-offers market (issue 15); null when the workshop has no needs or offers. */
  market: MarketReport | null
}

const UNCATEGORISED_COLOUR = '#9aa3ab'

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

/** Board reading order: rows of about a note's height, left to right within a row. */
const readingOrder = (a: Note, b: Note) =>
  Math.round(a.y / 100) - Math.round(b.y / 100) || a.x - b.x || a.id.localeCompare(b.id)

export function buildReportModel(doc: WorkshopDoc, options: ReportOptions, t: Translate): ReportModel {
  const workshop = workshopOf(doc)
  const roleName = (role: Role) => t(`roles.${role}`)
  const unnamedTheme = (number: number) => t('method.themes.unnamed', { number })

  // People: "Ida Holm (Citizen)" only when names are included, else "Citizen 12" for everyone.
  const people = new Map<string, string>()
  const numbered = numberedParticipants(doc)
  for (const entry of numbered) {
    const shown = options.includeNames ? entry : { ...entry, participant: { ...entry.participant, name: null } }
    people.set(entry.participant.id, participantLabel(shown, roleName))
  }
  const person = (id: string | null) => (id === null ? null : (people.get(id) ?? null))
  /** A project owner typed by name who is an actor on the board (makeProjectFromMatch writes its name). */
  const actorNames = new Set(recordsOf(doc, 'actor').map((actor) => actor.name.trim()))

  const notes = recordsOf(doc, 'note')
  const strengths = notes.filter((note) => note.kind === 'strength').sort(notesInOrder)
  const categories: CategoryBlock[] = categoriesInOrder(doc).map((category) => ({
    id: category.id,
    name: categoryName(doc, category.id, t),
    colour: category.color,
    strengths: strengths.filter((note) => note.categoryId === category.id).map((note) => note.text),
  }))
  const known = new Set(categories.map((category) => category.id))
  const uncategorised = strengths.filter((note) => note.categoryId === null || !known.has(note.categoryId))
  if (uncategorised.length > 0) {
    categories.push({
      id: null,
      name: t('report.strengths.withoutCategory'),
      colour: UNCATEGORISED_COLOUR,
      strengths: uncategorised.map((note) => note.text),
    })
  }

  const rounds: RoundBlock[] = roundsInOrder(doc).map((round) => {
    const tally = tallyRound(doc, round)
    return {
      id: round.id,
      title: round.title,
      status: round.status,
      voters: tally.voters,
      dotsPerParticipant: round.dotsPerParticipant,
      maxPerItem: round.maxPerItem,
      total: tally.total,
      byRole: tally.byRole,
      rows: rankItems(tally.items).map((item) => ({
        itemId: item.itemId,
        name: optionName(doc, round, item.itemId, unnamedTheme),
        rank: item.rank,
        tie: item.tie,
        total: item.total,
        byRole: item.byRole,
      })),
    }
  })

  const ideas = notes.filter((note) => note.kind === 'idea').sort(notesInOrder)
  const themes: ThemeBlock[] = recordsOf(doc, 'theme')
    .sort(byCreation)
    .map((theme) => {
      const name = themeName(doc, theme.id, unnamedTheme)
      const offering = roundsInOrder(doc).filter((round) => round.optionIds.includes(theme.id))
      const latest = offering.at(-1)
      const block = latest ? rounds.find((round) => round.id === latest.id) : undefined
      return {
        id: theme.id,
        name,
        colour: theme.color,
        ideas: notes
          .filter((note) => note.themeId === theme.id)
          .sort(notesInOrder)
          .map((note) => note.text),
        votes:
          latest && block
            ? {
                roundTitle: latest.title,
                hidden: latest.status === 'open',
                row: latest.status === 'open' ? null : (block.rows.find((row) => row.itemId === theme.id) ?? null),
              }
            : null,
      }
    })
    // What was decided comes first: themes with the most dots lead; themes without shown dots keep their order.
    .sort((a, b) => (b.votes?.row?.total ?? -1) - (a.votes?.row?.total ?? -1))

  const sessions = sessionsInOrder(doc)
  const sessionTitle = (id: string | null) => (id ? doc.session[id] : undefined)
  const projects: ProjectBlock[] = recordsOf(doc, 'project')
    .sort(byCreation)
    .map((project) => {
      const theme = project.themeId ? doc.theme[project.themeId] : undefined
      const completeness = projectCompleteness(project)
      const timeline = projectTimeline(doc, project.id)
      const followUps = recordsOf(doc, 'projectUpdate')
        .filter((update) => update.projectId === project.id)
        .sort((a, b) => {
          const position = (id: string | null) => (id ? (doc.session[id]?.position ?? Infinity) : Infinity)
          return position(a.sessionId) - position(b.sessionId) || byCreation(a, b)
        })
        .map((update): FollowUp => {
          const session = sessionTitle(update.sessionId)
          return {
            session: session?.title || t('report.projects.noSession'),
            date: session?.date ?? null,
            status: update.status,
            text: update.text,
            progress: update.progress,
          }
        })
      return {
        id: project.id,
        title: project.title,
        status: project.status,
        theme: theme ? themeName(doc, theme.id, unnamedTheme) : null,
        themeColour: theme?.color ?? null,
        goal: project.goal,
        // One not on the participants list by the name typed, unless names are left out of the report. An
        // actor (a firm, the job centre: a project made from its need) is an organisation, named on the board
        // and in the sharing sections anyway, so it keeps its name; its contact person is never printed here.
        owner: project.ownerId
          ? person(project.ownerId)
          : project.ownerName === ''
            ? null
            : options.includeNames || actorNames.has(project.ownerName.trim())
              ? project.ownerName
              : t('projectOwner.nameLeftOut'),
        members: project.memberIds.map(person).filter((label): label is string => label !== null),
        firstStep: project.firstStep,
        deadline: project.deadline,
        resourcesNeeded: project.resourcesNeeded,
        resourcesOffered: project.resourcesOffered,
        barriers: project.barriers,
        successMeasure: project.successMeasure,
        strategyAreas: [...project.strategyAreas],
        progress: projectProgress(project, timeline),
        lastUpdate: timeline.at(-1)?.date ?? null,
        strengths: project.strengthIds
          .map((id) => doc.note[id])
          .filter((note): note is Note => note !== undefined)
          .map((note) => ({
            text: note.text,
            colour: (note.categoryId && doc.category[note.categoryId]?.color) || UNCATEGORISED_COLOUR,
          })),
        ideas: project.ideaIds.map((id) => doc.note[id]?.text).filter((text): text is string => text !== undefined),
        followUps,
        filled: completeness.filled.length,
        fillable: FILLABLE_PROJECT_FIELDS.length,
      }
    })

  const noteRows: NoteRow[] = [...notes].sort(readingOrder).map((note) => {
    const category = note.categoryId ? doc.category[note.categoryId] : undefined
    const where = note.themeId
      ? themeName(doc, note.themeId, unnamedTheme)
      : category
        ? categoryName(doc, category.id, t)
        : ''
    return {
      kind: note.kind,
      text: note.text,
      where,
      colour: category?.color ?? (note.themeId ? (doc.theme[note.themeId]?.color ?? note.color) : note.color),
    }
  })

  return {
    title: workshop.title,
    place: workshop.place,
    facilitator: workshop.facilitator,
    language: options.language,
    sessions: sessions.map((session) => ({ title: session.title, date: session.date })),
    participants: { total: numbered.length, byRole: participantsByRole(doc) },
    namedPeople: options.includeNames
      ? numbered.filter((entry) => entry.participant.name !== null).map((entry) => participantLabel(entry, roleName))
      : [],
    includeNames: options.includeNames,
    strengthsTotal: strengths.length,
    categories,
    ideasTotal: ideas.length,
    themes,
    ungroupedIdeas: ideas.filter((note) => note.themeId === null).map((note) => note.text),
    rounds,
    projects,
    byStrategyArea: workshopOf(doc).strategyAreas.map((area) => ({
      area,
      projectIds: projects.filter((project) => project.strategyAreas.includes(area)).map((project) => project.id),
    })),
    notes: noteRows,
    board: {
      notes: notes.length,
      areas: recordsOf(doc, 'zone').length,
      lines: recordsOf(doc, 'connector').length,
    },
    sharing: buildSharingReport(doc),
    market: buildMarketReport(doc, person),
  }
}

/** Roles worth a column: the three of the method always, "other" only when someone has it. */
export function rolesToShow(counts: readonly RoleCounts[]): Role[] {
  return ROLES.filter((role) => role !== 'other' || counts.some((count) => count.other > 0))
}
