// The editable fields of an action project (DOMAIN.md), shared by "add" and "update".
import { z } from 'zod'
import { Coord, Id, IsoDate, ProjectStatus, Text } from '../model/records'

export const ProjectFields = z.object({
  title: Text(200).trim(),
  goal: Text(2000),
  ownerId: Id.nullable(),
  memberIds: z.array(Id).max(500),
  firstStep: Text(2000),
  deadline: IsoDate.nullable(),
  resourcesNeeded: Text(2000),
  resourcesOffered: Text(2000),
  barriers: Text(2000),
  successMeasure: Text(2000),
  strategyArea: Text(200),
  status: ProjectStatus,
  strengthIds: z.array(Id).max(1000),
  ideaIds: z.array(Id).max(1000),
  themeId: Id.nullable(),
  sessionId: Id.nullable(),
  x: Coord,
  y: Coord,
})
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
  'strategyArea',
  'strengthIds',
  'ideaIds',
] as const satisfies readonly (keyof ProjectFields)[]
