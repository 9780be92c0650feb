// The workshop exchange file (docs/json-format.md): the whole workshop as one JSON object, for archives,
// other tools and moving a workshop between machines. Pure: no node:*, no DOM.
//
// What belongs in it: every record a facilitator made (workshop details, people, sessions, categories,
// themes, notes, areas, lines, voting rounds and dots, action projects, agenda phases, project updates).
// What does not:
// - the undo history: it holds deleted text (a privacy leak in a file meant to be shared) and patches that
//   only make sense replayed against the exact file they came from;
// - the live state of the room (LIVE_KINDS: current session and phase, the running timer, what the projector
//   shows and the facilitator's board view): it describes one evening on one laptop, and a timer start time
//   from another machine's clock is meaningless. An import starts as a new workshop does: the timer reset at
//   the first agenda phase, the projector on its title screen.
import { z } from 'zod'
import {
  Actor,
  Category,
  Match,
  Connector,
  Note,
  Participant,
  Phase,
  Project,
  ProjectUpdate,
  Session,
  Theme,
  Vote,
  VotingRound,
  Workshop,
  Zone,
  type RecordKind,
} from '../model/records'

export const EXCHANGE_FORMAT = 'handlekraft-workshop'
/** 5: projects' strategyAreas is a list of the workshop's areas (was strategyArea, text); follow-ups' progress
 * (issue 14).
 * 4: participants say where they came from (`source`: facilitator or phone, issue 13).
 * 3: projects' ownerName (issue 10). 2: actors, sharing links, needs and offers, matches (issue 15).
 * Older files are upgraded on import. */
export const EXCHANGE_SCHEMA_VERSION = 5
/** Bigger files are refused before they are read: the demo (50 people, 140 notes) is about 100 kB. */
export const EXCHANGE_MAX_BYTES = 20 * 1024 * 1024

/** Record kinds in the file, with their list name; every kind except the workshop is a list sorted by id. */
export const EXCHANGE_LISTS = {
  participants: 'participant',
  sessions: 'session',
  categories: 'category',
  themes: 'theme',
  actors: 'actor',
  notes: 'note',
  zones: 'zone',
  connectors: 'connector',
  votingRounds: 'votingRound',
  votes: 'vote',
  projects: 'project',
  matches: 'match',
  phases: 'phase',
  projectUpdates: 'projectUpdate',
} as const satisfies Record<string, Exclude<RecordKind, 'workshop' | 'liveState' | 'presentation'>>
export type ExchangeListName = keyof typeof EXCHANGE_LISTS
export const EXCHANGE_LIST_NAMES = Object.keys(EXCHANGE_LISTS) as ExchangeListName[]

// Strict everywhere (.strict() on every object): an unknown field is refused, not dropped, so nothing in a file is silently lost and a
// file from a newer Handlekraft with extra fields says so instead of importing half of itself.

export const ExchangeRecords = z
  .object({
    participants: z.array(Participant.strict()).max(5_000),
    sessions: z.array(Session.strict()).max(1_000),
    categories: z.array(Category.strict()).max(200),
    themes: z.array(Theme.strict()).max(2_000),
    actors: z.array(Actor.strict()).max(20_000),
    notes: z.array(Note.strict()).max(50_000),
    zones: z.array(Zone.strict()).max(5_000),
    connectors: z.array(Connector.strict()).max(50_000),
    votingRounds: z.array(VotingRound.strict()).max(1_000),
    votes: z.array(Vote.strict()).max(200_000),
    projects: z.array(Project.strict()).max(2_000),
    matches: z.array(Match.strict()).max(50_000),
    phases: z.array(Phase.strict()).max(500),
    projectUpdates: z.array(ProjectUpdate.strict()).max(20_000),
  })
  .strict()
export type ExchangeRecords = z.infer<typeof ExchangeRecords>

export const ExchangeFile = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    schemaVersion: z.literal(EXCHANGE_SCHEMA_VERSION),
    /** Which program wrote the file, for people reading it; ignored on import. */
    exportedBy: z.string().max(200),
    workshop: Workshop.strict(),
    records: ExchangeRecords,
  })
  .strict()
export type ExchangeFile = z.infer<typeof ExchangeFile>
