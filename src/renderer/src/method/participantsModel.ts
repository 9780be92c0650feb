// People in the room as the panel shows them: many added at once ("35 citizens"), and a readable label for
// each one, with the name when there is one and "Citizen 12" when there is not.
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { Participant, Role } from '@shared/model/records'

export interface NewParticipant {
  id: string
  name: string | null
  role: Role
}

/** `count` people of one role, each with a fresh id; a name only makes sense for a single person. */
export function participantsBatch(count: number, role: Role, makeId: () => string, name: string | null = null): NewParticipant[] {
  const whole = Math.max(0, Math.min(1000, Math.floor(count)))
  const trimmed = name?.trim() || null
  return Array.from({ length: whole }, () => ({ id: makeId(), name: whole === 1 ? trimmed : null, role }))
}

/** Participants in the order they were added (creation time, then id, so a batch keeps a stable order). */
export function participantsInOrder(doc: Pick<WorkshopDoc, 'participant'>): Participant[] {
  return recordsOf(doc, 'participant').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

export interface ParticipantLabel {
  participant: Participant
  /** 1-based number within the role, so "Citizen 12" means the same person all evening. */
  number: number
}

export function numberedParticipants(doc: Pick<WorkshopDoc, 'participant'>): ParticipantLabel[] {
  const perRole = new Map<Role, number>()
  return participantsInOrder(doc).map((participant) => {
    const number = (perRole.get(participant.role) ?? 0) + 1
    perRole.set(participant.role, number)
    return { participant, number }
  })
}

/** "Ida Holm (Citizen)" or "Citizen 12"; `roleName` translates the role. */
export function participantLabel(entry: ParticipantLabel, roleName: (role: Role) => string): string {
  const role = roleName(entry.participant.role)
  return entry.participant.name ? `${entry.participant.name} (${role})` : `${role} ${entry.number}`
}
