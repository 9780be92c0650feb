// The 50 people in the room, with stable ids: named people first within their role, then the anonymous ones,
// the way a facilitator types in a sign-up sheet and then "plus 26 more citizens".
import { NAMED_PARTICIPANTS, ROOM, type ParticipantKey, type RoomRole } from './structure'

export interface RosterEntry {
  id: string
  name: string | null
  role: RoomRole
  key: ParticipantKey | null
}

export function demoRoster(): RosterEntry[] {
  const roster: RosterEntry[] = []
  for (const role of ['citizen', 'politician', 'staff'] as const) {
    const named = (Object.entries(NAMED_PARTICIPANTS) as [ParticipantKey, { name: string; role: RoomRole }][]).filter(
      ([, person]) => person.role === role,
    )
    for (let index = 0; index < ROOM[role]; index += 1) {
      const person = named[index]
      roster.push({
        id: `p${String(roster.length + 1).padStart(2, '0')}`,
        name: person ? person[1].name : null,
        role,
        key: person ? person[0] : null,
      })
    }
  }
  return roster
}
