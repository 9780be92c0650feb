// The editable fields of an action project (DOMAIN.md), shared by "add" and "update".
import type { z } from 'zod'
import { Project } from '../model/records'

export const ProjectFields = Project.omit({ id: true, createdAt: true, updatedAt: true })
export type ProjectFields = z.infer<typeof ProjectFields>

/** The fields a person fills in; used to say how complete a project is. */
export const FILLABLE_PROJECT_FIELDS = [
  'title',
  'goal',
  'ownerId',
  'memberIds',
  'firstStep',
  'deadline',
  'resourcesNeeded',
  'resourcesOffered',
  'barriers',
  'successMeasure',
  'strategyAreas',
  'strengthIds',
  'ideaIds',
] as const satisfies readonly (keyof ProjectFields)[]
