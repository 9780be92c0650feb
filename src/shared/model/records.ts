// The records a workshop is made of. Each kind is one SQLite table on the main side and one map in the
// renderer's mirror; a patch speaks about records of these kinds only.
import { z } from 'zod'

/** Ids are made by whoever issues a command (renderer, CLI), so commands stay pure and replayable. */
export const Id = z.string().min(1).max(64)
/** Board coordinates: finite and within a generous board, so a hostile payload cannot poison the file. */
export const Coord = z.number().finite().min(-1_000_000).max(1_000_000)
export const Size = z.number().finite().min(1).max(100_000)
/**
 * Free text typed by people in the room; long notes are allowed, absurd ones are not. Text is kept as typed
 * (any script, emoji, combining marks, zero-width joiners, right-to-left marks), with three exceptions that
 * nobody types on purpose and that break what reads the text later (the PDF, CSV, a terminal running the
 * CLI: ESC starts terminal control sequences): line endings become \n; control characters other than tab
 * and newline (C0, DEL, C1) are removed; a lone UTF-16 surrogate becomes U+FFFD, as SQLite's UTF-8 would
 * make it anyway, so memory and file always agree.
 */
export const Text = (max = 10_000) => z.string().max(max).overwrite(cleanText)

// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').replace(LONE_SURROGATES, '\uFFFD')
}
export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/)
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
export const Timestamp = z.string().max(40)

export const Language = z.enum(['da', 'en'])
export type Language = z.infer<typeof Language>
export const Template = z.enum(['blank', 'strengths-map', 'action-projects', 'symbiosis-map', 'needs-offers'])
export type Template = z.infer<typeof Template>
export const Role = z.enum(['citizen', 'politician', 'staff', 'other'])
export type Role = z.infer<typeof Role>
export const ROLES = Role.options
/** need/offer: the needs-and-offers market (issue 15); a need meets an offer in a Match. */
export const NoteKind = z.enum(['strength', 'idea', 'other', 'need', 'offer'])
export type NoteKind = z.infer<typeof NoteKind>
export const ProjectStatus = z.enum(['idea', 'running', 'done', 'paused'])
export type ProjectStatus = z.infer<typeof ProjectStatus>
/** Who an actor on the symbiosis map is (issue 15). */
export const ActorType = z.enum(['institution', 'education', 'firm', 'association', 'citizen-group', 'authority', 'other'])
export type ActorType = z.infer<typeof ActorType>
export const ACTOR_TYPES = ActorType.options
/** What flows along a sharing link. */
export const FlowType = z.enum(['premises', 'labour', 'knowledge', 'materials', 'energy', 'equipment', 'money', 'other'])
export type FlowType = z.infer<typeof FlowType>
export const FLOW_TYPES = FlowType.options
/** gives: from gives to receives; both: each gives the other. */
export const FlowDirection = z.enum(['gives', 'both'])
export type FlowDirection = z.infer<typeof FlowDirection>
/** What a need asks for or an offer gives. */
export const MarketCategory = z.enum(['skills', 'contacts', 'premises', 'funding', 'mentoring', 'materials', 'other'])
export type MarketCategory = z.infer<typeof MarketCategory>
export const MARKET_CATEGORIES = MarketCategory.options
/** How an offer is exchanged. */
export const OfferExchange = z.enum(['given', 'swapped', 'paid'])
export type OfferExchange = z.infer<typeof OfferExchange>
export const MatchStatus = z.enum(['proposed', 'agreed', 'done'])
export type MatchStatus = z.infer<typeof MatchStatus>
export const MATCH_STATUSES = MatchStatus.options
export const RoundTarget = z.enum(['themes', 'notes'])
export const RoundStatus = z.enum(['open', 'revealed', 'closed'])
export type RoundStatus = z.infer<typeof RoundStatus>

/** The singleton record describing the workshop itself; its id is always WORKSHOP_ID. */
export const WORKSHOP_ID = 'workshop'
export const Workshop = z.object({
  id: z.literal(WORKSHOP_ID),
  title: Text(200).min(1),
  place: Text(200),
  facilitator: Text(200),
  language: Language,
  template: Template,
  /** The strategy areas action projects can belong to; the facilitator edits the list per workshop. */
  strategyAreas: z.array(Text(200)).max(50),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Workshop = z.infer<typeof Workshop>

/** How a participant came into the workshop: added by the facilitator, or joined from their own phone (the room). */
export const ParticipantSource = z.enum(['facilitator', 'phone'])
export type ParticipantSource = z.infer<typeof ParticipantSource>

export const Participant = z.object({
  id: Id,
  name: Text(200).nullable(),
  role: Role,
  createdAt: Timestamp,
  /** Older files (migration 0006) and exports (schema version 3) say `facilitator`: all were added by hand. */
  source: ParticipantSource,
})
export type Participant = z.infer<typeof Participant>

/** A gathering of the group: kick-off, day-50 refresh, day-100 landing. */
export const Session = z.object({
  id: Id,
  title: Text(200),
  date: IsoDate,
  position: z.number().int().min(0),
})
export type Session = z.infer<typeof Session>

/** An asset category (ABCD). `name` null means "use the built-in translated name for this id". */
export const Category = z.object({
  id: Id,
  name: Text(100).nullable(),
  color: Colour,
  position: z.number().int().min(0),
})
export type Category = z.infer<typeof Category>

export const Note = z.object({
  id: Id,
  text: Text(),
  kind: NoteKind,
  categoryId: Id.nullable(),
  color: Colour,
  x: Coord,
  y: Coord,
  width: Size,
  height: Size,
  authorId: Id.nullable(),
  sessionId: Id.nullable(),
  themeId: Id.nullable(),
  /** Needs and offers: who says it when it is an actor rather than a participant (authorId). */
  actorId: Id.nullable(),
  /** Needs and offers: what is asked for or given. */
  marketCategory: MarketCategory.nullable(),
  /** Offers: how it is exchanged. */
  exchange: OfferExchange.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Note = z.infer<typeof Note>

/** An organisation or a person on the symbiosis map, drawn as a card distinct from a sticky note. */
export const Actor = z.object({
  id: Id,
  name: Text(200),
  type: ActorType,
  contact: Text(500),
  x: Coord,
  y: Coord,
  width: Size,
  height: Size,
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Actor = z.infer<typeof Actor>

export const Zone = z.object({
  id: Id,
  title: Text(200),
  categoryId: Id.nullable(),
  color: Colour,
  x: Coord,
  y: Coord,
  width: Size,
  height: Size,
})
export type Zone = z.infer<typeof Zone>

/**
 * An arrow between two notes, zones or actors ("shares rooms with"). A sharing link says what flows along
 * it (flow; null: a plain line as before) and whether it goes one way (from gives, to receives) or both.
 */
export const Connector = z.object({
  id: Id,
  fromId: Id,
  toId: Id,
  label: Text(200),
  flow: FlowType.nullable(),
  direction: FlowDirection,
})
export type Connector = z.infer<typeof Connector>

/** A named group of notes; the name may stay empty until sorting is done. */
export const Theme = z.object({
  id: Id,
  name: Text(200),
  color: Colour,
  createdAt: Timestamp,
})
export type Theme = z.infer<typeof Theme>

export const VotingRound = z.object({
  id: Id,
  title: Text(200),
  target: RoundTarget,
  optionIds: z.array(Id).max(1000),
  dotsPerParticipant: z.number().int().min(1).max(50),
  maxPerItem: z.number().int().min(1).max(50),
  status: RoundStatus,
  sessionId: Id.nullable(),
  createdAt: Timestamp,
})
export type VotingRound = z.infer<typeof VotingRound>

/** Dots on one item: from one participant, or paper dots counted for a whole role. */
export const Vote = z.object({
  id: Id,
  roundId: Id,
  itemId: Id,
  participantId: Id.nullable(),
  role: Role,
  count: z.number().int().min(1).max(10_000),
  createdAt: Timestamp,
})
export type Vote = z.infer<typeof Vote>

export const Project = z.object({
  id: Id,
  title: Text(200),
  goal: Text(2000),
  ownerId: Id.nullable(),
  /** The owner's name as typed, for someone not in the participants list; '' when the owner is ownerId (or none). */
  ownerName: Text(200),
  memberIds: z.array(Id).max(500),
  firstStep: Text(2000),
  deadline: IsoDate.nullable(),
  resourcesNeeded: Text(2000),
  resourcesOffered: Text(2000),
  barriers: Text(2000),
  successMeasure: Text(2000),
  /** The workshop's strategy areas (Workshop.strategyAreas) this project belongs to, in the workshop's order. */
  strategyAreas: z.array(Text(200)).max(50),
  status: ProjectStatus,
  strengthIds: z.array(Id).max(1000),
  ideaIds: z.array(Id).max(1000),
  themeId: Id.nullable(),
  sessionId: Id.nullable(),
  x: Coord,
  y: Coord,
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Project = z.infer<typeof Project>

/** An offer linked to a need by the facilitator; it may become an action project. */
export const Match = z.object({
  id: Id,
  offerId: Id,
  needId: Id,
  status: MatchStatus,
  projectId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Match = z.infer<typeof Match>

export const PhaseKind = z.enum(['map', 'dream', 'group', 'prioritise', 'plan', 'roundup', 'custom'])
export type PhaseKind = z.infer<typeof PhaseKind>

/** One step of the evening's agenda. `title` '' means "the built-in, translated name of this kind". */
export const Phase = z.object({
  id: Id,
  kind: PhaseKind,
  title: Text(200),
  durationMinutes: z.number().int().min(1).max(600),
  position: z.number().int().min(0),
  /** Private notes for the facilitator: shown only in the facilitator's window, never on the projector. */
  facilitatorNotes: Text(5000),
})
export type Phase = z.infer<typeof Phase>

/** A project's progress in per cent, as a follow-up reports it. */
export const Progress = z.number().int().min(0).max(100)

/** How an action project is doing at a later gathering (day 50, day 100). */
export const ProjectUpdate = z.object({
  id: Id,
  projectId: Id,
  sessionId: Id.nullable(),
  status: ProjectStatus,
  text: Text(5000),
  /** How far the project has come (0–100 %), when the update says; null when it did not. */
  progress: Progress.nullable(),
  createdAt: Timestamp,
})
export type ProjectUpdate = z.infer<typeof ProjectUpdate>

/**
 * What is happening in the room right now: the current session and phase and the facilitator's timer.
 * Live state, not an edit: changed by commands that stay out of the undo history (Ctrl+Z must not pause
 * the timer), and never touched by undoable commands.
 */
export const LIVE_STATE_ID = 'live'
export const LiveState = z.object({
  id: z.literal(LIVE_STATE_ID),
  currentSessionId: Id.nullable(),
  currentPhaseId: Id.nullable(),
  timerDurationMs: z.number().int().min(0).max(24 * 3600_000),
  /** When the running timer was (re)started; null while paused or reset. */
  timerStartedAt: Timestamp.nullable(),
  /** Time left when the timer was last started or paused. */
  timerRemainingMs: z.number().int().min(-24 * 3600_000).max(24 * 3600_000),
})
export type LiveState = z.infer<typeof LiveState>

/**
 * What the projector shows (issue 6, Present): live state like the timer, kept out of the undo history and
 * in the file, so a reopened projector window resumes where it was. A singleton with id PRESENTATION_ID.
 */
export const PRESENTATION_ID = 'presentation'
/** A board view as the facilitator sees it: the stage offset and zoom plus the visible size in screen pixels. */
export const BoardView = z.object({
  x: z.number().finite().min(-1e9).max(1e9),
  y: z.number().finite().min(-1e9).max(1e9),
  scale: z.number().finite().min(0.001).max(100),
  width: Size,
  height: Size,
})
export type BoardView = z.infer<typeof BoardView>
/** One thing the projector shows alone: a zone, a theme, an action project, or the results of a voting round. */
export const SpotlightTarget = z.object({ kind: z.enum(['zone', 'theme', 'project', 'results']), id: Id })
export type SpotlightTarget = z.infer<typeof SpotlightTarget>
export const Presentation = z.object({
  id: z.literal(PRESENTATION_ID),
  /** false: the projector shows a calm title screen (the facilitator pressed Escape). */
  presenting: z.boolean(),
  mode: z.enum(['follow', 'spotlight']),
  spotlight: SpotlightTarget.nullable(),
  /** While frozen the projector keeps showing what it showed; frozenView is the followed view at that moment. */
  frozen: z.boolean(),
  frozenView: BoardView.nullable(),
  /** The facilitator's board view, published a few times a second at most, for the projector to follow. */
  facilitatorView: BoardView.nullable(),
  highContrast: z.boolean(),
  /** The facilitator pressed B: the projector shows black until B is pressed again (presenting stays on). */
  blanked: z.boolean(),
})
export type Presentation = z.infer<typeof Presentation>

/** Every record kind, in an order where a record only refers to kinds listed before it. */
export const RECORD_SCHEMAS = {
  workshop: Workshop,
  participant: Participant,
  session: Session,
  category: Category,
  theme: Theme,
  actor: Actor,
  note: Note,
  zone: Zone,
  connector: Connector,
  votingRound: VotingRound,
  vote: Vote,
  project: Project,
  match: Match,
  phase: Phase,
  projectUpdate: ProjectUpdate,
  liveState: LiveState,
  presentation: Presentation,
} as const

/** Kinds that hold live state: only non-undoable commands touch them, and undoable commands never do. */
export const LIVE_KINDS: readonly RecordKind[] = ['liveState', 'presentation']

export type RecordKind = keyof typeof RECORD_SCHEMAS
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[]
export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORD_SCHEMAS)[K]>
export type AnyRecord = RecordOf<RecordKind>
