// One local area's workshop, summed up for the overview of many areas: what `info --json` says about it
// (summarizeWorkshop) plus what a coordinator follows across areas: the last gathering, follow-ups due,
// overdue projects, each project's strategy areas, progress and dated timeline. Pure: built from the document
// and "today", so main, the CLI and tests all get the same answer.
import { summarizeWorkshop, type WorkshopSummary } from '../analysis/workshopSummary'
import { categoriesInOrder } from '../analysis/recordCounts'
import type { RoleCounts } from '../analysis/voteTallies'
import { workshopOf, type WorkshopDoc } from '../model/document'
import { ProjectStatus, type Language } from '../model/records'
import { projectProgress, projectTimeline, type TimelineEntry } from '../analysis/projectProgress'

export type { TimelineEntry }

/** A project not done whose deadline falls within this many days counts as "follow-up due". */
export const FOLLOW_UP_WINDOW_DAYS = 30

export type StatusCounts = Record<ProjectStatus, number>

export interface AreaProject {
  id: string
  title: string
  owner: string | null
  status: ProjectStatus
  /** The latest progress an update gave (0–100), or null when none did. */
  progress: number | null
  deadline: string | null
  /** The date of the latest follow-up update, or null before the first one. */
  lastUpdate: string | null
  strategyAreas: string[]
  /** The theme the project grew from (its name), '' when none. */
  theme: string
  overdue: boolean
  followUpDue: boolean
  timeline: TimelineEntry[]
}

export interface AreaCategory {
  id: string
  /** null: the built-in category, named by the reader's translation of `categories.<id>`. */
  name: string | null
  color: string
}

export interface AreaSummary {
  title: string
  place: string
  language: Language
  facilitator: string
  /** The date of the latest session held by "today"; null when none was. */
  lastSession: string | null
  nextSession: string | null
  participants: { total: number; byRole: RoleCounts }
  notes: { total: number; strengths: number; ideas: number }
  categories: AreaCategory[]
  /** Notes per asset category id, as `info --json` counts them. */
  byCategory: Record<string, number>
  themes: { name: string; notes: number; dots: number }[]
  projects: AreaProject[]
  projectsByStatus: StatusCounts
  followUpsDue: number
  overdue: number
  /** The workshop's list of strategy areas (what its projects choose from). */
  strategyAreas: string[]
}

export function zeroStatusCounts(): StatusCounts {
  return Object.fromEntries(ProjectStatus.options.map((status) => [status, 0])) as StatusCounts
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

function projectOf(doc: WorkshopDoc, summary: WorkshopSummary['projects'][number], today: string): AreaProject {
  const project = doc.project[summary.id]!
  const timeline = projectTimeline(doc, project.id)
  const open = project.status !== 'done'
  const deadline = project.deadline
  return {
    id: project.id,
    title: project.title,
    owner: summary.owner,
    status: project.status,
    progress: projectProgress(project, timeline),
    deadline,
    lastUpdate: timeline.at(-1)?.date ?? null,
    strategyAreas: [...project.strategyAreas],
    theme: project.themeId ? (doc.theme[project.themeId]?.name ?? '') : '',
    overdue: open && deadline !== null && deadline < today,
    followUpDue: open && deadline !== null && deadline >= today && deadline <= addDays(today, FOLLOW_UP_WINDOW_DAYS),
    timeline,
  }
}

/** `today` is an ISO date (YYYY-MM-DD): overdue and due are judged against it. */
export function summarizeArea(doc: WorkshopDoc, today: string): AreaSummary {
  const summary = summarizeWorkshop(doc)
  const workshop = workshopOf(doc)
  const dates = summary.sessions.map((session) => session.date).sort()
  const projects = summary.projects.map((project) => projectOf(doc, project, today))
  const projectsByStatus = zeroStatusCounts()
  for (const project of projects) projectsByStatus[project.status] += 1
  return {
    title: summary.title,
    place: summary.place,
    language: summary.language,
    facilitator: summary.facilitator,
    lastSession: dates.filter((date) => date <= today).at(-1) ?? null,
    nextSession: dates.find((date) => date > today) ?? null,
    participants: { total: summary.participants.total, byRole: summary.participants.byRole },
    notes: {
      total: summary.notes.total,
      strengths: summary.notes.byKind.strength,
      ideas: summary.notes.byKind.idea,
    },
    categories: categoriesInOrder(doc).map(({ id, name, color }) => ({ id, name, color })),
    byCategory: summary.notes.byCategory,
    themes: summary.themes.map((theme) => ({ name: theme.name, notes: theme.notes, dots: theme.votes?.total ?? 0 })),
    projects,
    projectsByStatus,
    followUpsDue: projects.filter((project) => project.followUpDue).length,
    overdue: projects.filter((project) => project.overdue).length,
    strategyAreas: [...workshop.strategyAreas],
  }
}
