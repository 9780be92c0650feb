// How an action project is going, from its follow-ups: a dated timeline (one entry per follow-up, by the date
// of its session) and the progress the latest of them reported. Shared by the workshop report, the Method
// panel and the overview of many areas, so all three say the same.
import { recordsOf, type WorkshopDoc } from '../model/document'
import type { Project, ProjectStatus, ProjectUpdate } from '../model/records'

export interface TimelineEntry {
  /** The follow-up's session date, else the day it was written. */
  date: string
  status: ProjectStatus
  /** 0–100 when the update set it; null when it did not. */
  progress: number | null
  text: string
  /** The session's title, '' when the update belongs to no session. */
  session: string
}

function updateDate(update: ProjectUpdate, doc: WorkshopDoc): string {
  const session = update.sessionId ? doc.session[update.sessionId] : undefined
  return session?.date ?? update.createdAt.slice(0, 10)
}

/** The project's follow-ups, oldest first. */
export function projectTimeline(doc: WorkshopDoc, projectId: string): TimelineEntry[] {
  return recordsOf(doc, 'projectUpdate')
    .filter((update) => update.projectId === projectId)
    .map((update) => ({ update, date: updateDate(update, doc) }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.update.createdAt.localeCompare(b.update.createdAt))
    .map(({ update, date }) => ({
      date,
      status: update.status,
      progress: update.progress,
      text: update.text,
      session: update.sessionId ? (doc.session[update.sessionId]?.title ?? '') : '',
    }))
}

/**
 * The latest progress reported on the timeline; a project done without any reported progress is at 100 %,
 * and one never reported on has no progress (null), which the report shows as "not reported yet".
 */
export function projectProgress(project: Pick<Project, 'status'>, timeline: readonly TimelineEntry[]): number | null {
  const reported = timeline.filter((entry) => entry.progress !== null).at(-1)?.progress ?? null
  return reported ?? (project.status === 'done' ? 100 : null)
}
