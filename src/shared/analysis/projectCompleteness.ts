// How far an action project's sheet is filled in, so the facilitator sees which projects still need an
// owner, a first step or a success measure before the group leaves the room.
import { FILLABLE_PROJECT_FIELDS } from '../commands/projectFields'
import type { Project } from '../model/records'

export type FillableProjectField = (typeof FILLABLE_PROJECT_FIELDS)[number]

export interface ProjectCompleteness {
  filled: FillableProjectField[]
  missing: FillableProjectField[]
  /** filled / all fillable fields, between 0 and 1. */
  fraction: number
}

export function isFieldFilled(project: Project, field: FillableProjectField): boolean {
  // An owner typed by name (someone not on the participants list) is an owner too.
  if (field === 'ownerId' && project.ownerName.trim() !== '') return true
  const value = project[field]
  if (value === null) return false
  if (Array.isArray(value)) return value.length > 0
  return value.trim().length > 0
}

export function projectCompleteness(project: Project): ProjectCompleteness {
  const filled = FILLABLE_PROJECT_FIELDS.filter((field) => isFieldFilled(project, field))
  const missing = FILLABLE_PROJECT_FIELDS.filter((field) => !isFieldFilled(project, field))
  return { filled, missing, fraction: filled.length / FILLABLE_PROJECT_FIELDS.length }
}
