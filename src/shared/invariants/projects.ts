// An action project's status follows its newest follow-up (addProjectUpdate sets both): a project whose status
// says "done" while its newest follow-up says "paused" would report two different truths on one page.
import type { Project, ProjectUpdate } from '../model/records'

/**
 * The newest follow-ups of a project (several when they share the newest time: the order they were made in is
 * then not known, so the status may be any of theirs); empty when it has none.
 */
export function newestUpdatesOf(projectId: string, updates: readonly ProjectUpdate[]): ProjectUpdate[] {
  let newest: ProjectUpdate[] = []
  for (const update of updates) {
    if (update.projectId !== projectId) continue
    const time = newest[0]?.createdAt
    if (time === undefined || update.createdAt > time) newest = [update]
    else if (update.createdAt === time) newest.push(update)
  }
  return newest
}

/** Whether `status` agrees with the project's follow-ups: any status without one, else a newest one's. */
export function statusAgrees(projectId: string, status: Project['status'], updates: readonly ProjectUpdate[]): boolean {
  const newest = newestUpdatesOf(projectId, updates)
  return newest.length === 0 || newest.some((update) => update.status === status)
}

export interface ProjectStatusProblem {
  project: Project
  latest: ProjectUpdate
}

export function projectStatusProblems(
  projects: readonly Project[],
  updates: readonly ProjectUpdate[],
): ProjectStatusProblem[] {
  return projects.flatMap((project) =>
    statusAgrees(project.id, project.status, updates)
      ? []
      : [{ project, latest: newestUpdatesOf(project.id, updates)[0]! }],
  )
}
