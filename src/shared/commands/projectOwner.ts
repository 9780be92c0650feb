// A project has one owner: a participant from the room's list (ownerId) or, for someone who is not on the
// list, the name as typed (ownerName). Setting one clears the other, so the two never disagree.
import type { Project } from '../model/records'

type Owner = Pick<Project, 'ownerId' | 'ownerName'>

/** The owner after `changes` (fields left out keep their value in `before`). */
export function oneOwner(before: Owner, changes: Partial<Owner>): Owner {
  if (changes.ownerId) return { ownerId: changes.ownerId, ownerName: '' }
  const typed = changes.ownerName?.trim()
  if (typed) return { ownerId: null, ownerName: typed }
  return {
    ownerId: changes.ownerId === null ? null : before.ownerId,
    ownerName: changes.ownerName !== undefined ? '' : before.ownerName,
  }
}

/** What to call the owner: the participant's label, else the typed name; null when there is none. */
export function ownerLabel(project: Owner, participantLabel: (id: string) => string | null): string | null {
  if (project.ownerId) return participantLabel(project.ownerId)
  return project.ownerName === '' ? null : project.ownerName
}
