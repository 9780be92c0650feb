// Action projects as the panel lists them: how complete each one is, and the follow-up table (one status per
// project and session: day 50, day 100).
import { projectCompleteness } from '@shared/analysis/projectCompleteness'
import { FILLABLE_PROJECT_FIELDS } from '@shared/commands/projectFields'
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { Project, ProjectUpdate, Session } from '@shared/model/records'

export interface ProjectRow {
  project: Project
  filled: number
  all: number
  fraction: number
}

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

export function projectRows(doc: WorkshopDoc): ProjectRow[] {
  return recordsOf(doc, 'project')
    .sort(byCreation)
    .map((project) => {
      const { filled, fraction } = projectCompleteness(project)
      return { project, filled: filled.length, all: FILLABLE_PROJECT_FIELDS.length, fraction }
    })
}

export function sessionsInOrder(doc: WorkshopDoc): Session[] {
  return recordsOf(doc, 'session').sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
}

/** The newest update of a project for a session, if any (later updates of the same session replace earlier ones). */
export function latestUpdate(doc: WorkshopDoc, projectId: string, sessionId: string): ProjectUpdate | undefined {
  return recordsOf(doc, 'projectUpdate')
    .filter((update) => update.projectId === projectId && update.sessionId === sessionId)
    .sort(byCreation)
    .at(-1)
}

/** What a project made from a theme starts with: the theme's notes split into ideas and strengths. */
export function linksFromNotes(doc: WorkshopDoc, noteIds: readonly string[]): { ideaIds: string[]; strengthIds: string[] } {
  const notes = noteIds.map((id) => doc.note[id]).filter((note) => note !== undefined)
  return {
    ideaIds: notes.filter((note) => note.kind !== 'strength').map((note) => note.id),
    strengthIds: notes.filter((note) => note.kind === 'strength').map((note) => note.id),
  }
}
