// The CSV files of an export: notes, votes (one row per dot record) and action projects, plus actors,
// sharing links and matches (csvSharingTables.ts). Headers,
// kinds, roles, statuses and category names are in the workshop's language (the `t` passed in speaks it);
// ids are kept in the first column so rows can be matched with the JSON export.
import { recordsOf, type WorkshopDoc } from '../model/document'
import type { Category, Participant, Project } from '../model/records'
import { projectProgress, projectTimeline } from '../analysis/projectProgress'
import type { Translate } from '../i18n'
import { csvDocument, csvTimestamp, type CsvValue } from './csvFormat'
import { buildSharingCsvFiles, SHARING_CSV_FILE_NAMES, type SharingCsvFiles } from './csvSharingTables'

export interface CsvFiles extends SharingCsvFiles {
  'notes.csv': string
  'votes.csv': string
  'projects.csv': string
}
export const CSV_FILE_NAMES = ['notes.csv', 'votes.csv', 'projects.csv', ...SHARING_CSV_FILE_NAMES] as const

export interface CsvOptions {
  /** IANA time zone for the timestamps (the facilitator's); the running system's when omitted. */
  timeZone?: string
}

const byPosition =
  <T extends { id: string }>(order: (record: T) => number) =>
  (a: T, b: T) =>
    order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function buildCsvFiles(doc: WorkshopDoc, t: Translate, options: CsvOptions = {}): CsvFiles {
  const h = (key: string) => t(`exchange.csv.headers.${key}`)
  const time = (iso: string) => csvTimestamp(iso, options.timeZone)
  const categoryName = (category: Category | undefined) =>
    category ? (category.name ?? t(`categories.${category.id}`, { defaultValue: category.id })) : ''
  const person = (id: string | null): Participant | undefined => (id ? doc.participant[id] : undefined)
  const personName = (id: string | null) => {
    if (!id) return ''
    const found = person(id)
    return found ? (found.name ?? t('exchange.csv.unnamedPerson')) : t('exchange.csv.missing')
  }
  const role = (value: string | undefined) => (value ? t(`roles.${value}`) : '')
  const theme = (id: string | null) => (id ? (doc.theme[id]?.name ?? t('exchange.csv.missing')) : '')
  const session = (id: string | null) => (id ? (doc.session[id]?.title ?? t('exchange.csv.missing')) : '')
  const noteText = (id: string) => doc.note[id]?.text ?? t('exchange.csv.missing')

  const notes = recordsOf(doc, 'note')
    .sort(byPosition((note) => Date.parse(note.createdAt) || 0))
    .map((note): CsvValue[] => [
      note.id,
      t(`exchange.csv.noteKinds.${note.kind}`),
      note.text,
      categoryName(note.categoryId ? doc.category[note.categoryId] : undefined),
      theme(note.themeId),
      personName(note.authorId),
      role(person(note.authorId)?.role),
      session(note.sessionId),
      time(note.createdAt),
      time(note.updatedAt),
    ])

  const rounds = recordsOf(doc, 'votingRound')
  const roundNumber = new Map(rounds.sort(byPosition((r) => Date.parse(r.createdAt) || 0)).map((r, i) => [r.id, i + 1]))
  const votes = recordsOf(doc, 'vote')
    .sort(byPosition((vote) => (roundNumber.get(vote.roundId) ?? 0) * 1e13 + (Date.parse(vote.createdAt) || 0)))
    .map((vote): CsvValue[] => {
      const round = doc.votingRound[vote.roundId]
      const isTheme = round?.target === 'themes'
      return [
        vote.id,
        round?.title || t('exchange.csv.roundNumber', { number: roundNumber.get(vote.roundId) ?? 0 }),
        round ? t(`exchange.csv.roundStatus.${round.status}`) : '',
        t(`exchange.csv.itemKinds.${isTheme ? 'theme' : 'note'}`),
        isTheme ? theme(vote.itemId) : noteText(vote.itemId),
        vote.participantId ? personName(vote.participantId) : t('exchange.csv.paperDots'),
        role(vote.role),
        vote.count,
        time(vote.createdAt),
      ]
    })

  const progressOf = (project: Project) => projectProgress(project, projectTimeline(doc, project.id))
  const projects = recordsOf(doc, 'project')
    .sort(byPosition((project) => Date.parse(project.createdAt) || 0))
    .map((project): CsvValue[] => [
      project.id,
      project.title,
      t(`exchange.csv.projectStatus.${project.status}`),
      project.goal,
      project.ownerId ? personName(project.ownerId) : project.ownerName,
      project.memberIds.map(personName).join(', '),
      project.firstStep,
      project.deadline ?? '',
      project.resourcesNeeded,
      project.resourcesOffered,
      project.barriers,
      project.successMeasure,
      project.strategyAreas.join('; '),
      progressOf(project) ?? '',
      projectTimeline(doc, project.id).at(-1)?.date ?? '',
      theme(project.themeId),
      project.strengthIds.map(noteText).join(' | '),
      project.ideaIds.map(noteText).join(' | '),
      session(project.sessionId),
      time(project.createdAt),
      time(project.updatedAt),
    ])

  return {
    'notes.csv': csvDocument(NOTE_COLUMNS.map(h), notes),
    'votes.csv': csvDocument(VOTE_COLUMNS.map(h), votes),
    'projects.csv': csvDocument(PROJECT_COLUMNS.map(h), projects),
    ...buildSharingCsvFiles(doc, t, options.timeZone),
  }
}

const NOTE_COLUMNS = ['id', 'kind', 'text', 'category', 'theme', 'author', 'role', 'session', 'created', 'updated']
const VOTE_COLUMNS = ['id', 'round', 'roundStatus', 'itemKind', 'item', 'participant', 'role', 'dots', 'created']
const PROJECT_COLUMNS = [
  'id',
  'title',
  'status',
  'goal',
  'owner',
  'members',
  'firstStep',
  'deadline',
  'resourcesNeeded',
  'resourcesOffered',
  'barriers',
  'successMeasure',
  'strategyAreas',
  'progress',
  'lastUpdate',
  'theme',
  'strengths',
  'ideas',
  'session',
  'created',
  'updated',
]
