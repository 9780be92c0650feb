// The references an imported workshop must keep: exactly the ones the workshop file itself enforces with
// foreign keys (a test compares this table with the SQLite schema). A reference inside a list — a dot on
// a note deleted later, a voting round's options, a project's linked ideas — may point at a record the
// facilitator has since deleted, in the app as in an export, so those are kept as they are, not refused.
import type { ExchangeFile, ExchangeListName } from './exchangeSchema'
import { importRefused } from './exchangeProblem'

/** list -> field -> the list its value must name a record of (null is always allowed). */
export const REQUIRED_REFERENCES: Partial<Record<ExchangeListName, Record<string, ExchangeListName>>> = {
  notes: { categoryId: 'categories', authorId: 'participants', sessionId: 'sessions', themeId: 'themes', actorId: 'actors' },
  zones: { categoryId: 'categories' },
  votingRounds: { sessionId: 'sessions' },
  votes: { roundId: 'votingRounds', participantId: 'participants' },
  projects: { ownerId: 'participants', themeId: 'themes', sessionId: 'sessions' },
  projectUpdates: { projectId: 'projects', sessionId: 'sessions' },
  matches: { offerId: 'notes', needId: 'notes', projectId: 'projects' },
}

/** Refuses the first record that names an id its list does not have, saying where. */
export function assertReferencesResolve(file: ExchangeFile): void {
  const ids = new Map<ExchangeListName, Set<string>>()
  const idsOf = (name: ExchangeListName) => {
    let set = ids.get(name)
    if (!set) ids.set(name, (set = new Set(file.records[name].map((record) => record.id))))
    return set
  }
  for (const [list, fields] of Object.entries(REQUIRED_REFERENCES) as [
    ExchangeListName,
    Record<string, ExchangeListName>,
  ][]) {
    file.records[list].forEach((record, index) => {
      for (const [field, target] of Object.entries(fields)) {
        const value = (record as Record<string, unknown>)[field]
        if (typeof value === 'string' && !idsOf(target).has(value)) {
          throw importRefused('dangling-reference', { where: `records.${list}[${index}].${field}`, id: value })
        }
      }
    })
  }
}

/** Refuses a list holding the same id twice (one of them would silently replace the other). */
export function assertUniqueIds(file: ExchangeFile): void {
  for (const [list, records] of Object.entries(file.records) as [ExchangeListName, { id: string }[]][]) {
    const seen = new Set<string>()
    records.forEach((record, index) => {
      if (seen.has(record.id))
        throw importRefused('duplicate-id', { where: `records.${list}[${index}].id`, id: record.id })
      seen.add(record.id)
    })
  }
}
