// The room (issue 13): participants' phones on the hall's network. This file is the one contract between
//   - the ROOM SERVER (src/main/room/*, helper roomcore): a second HTTP + WebSocket server, separate from the
//     facilitator's host, listening on the address the facilitator chose, serving only the participant page and
//     the participant API below — never the facilitator API, never a file path;
//   - the PHONE PAGE (src/renderer/participant.html + src/renderer/src/participant/*, helper roomui): built by
//     electron-vite into out/renderer/participant.html. The room server serves that file at `/` and only the
//     assets it references (scripts, styles, fonts, transitively) from out/renderer;
//   - the FACILITATOR'S room panel / inbox and the PROJECTOR's join screen (helper roomui): they use the
//     facilitator API methods in ROOM_FACILITATOR_API (merged into src/shared/api/contract.ts) and the `room`
//     event of the facilitator's event stream (ApiEvent).
//
// Phone <-> room server, all same-origin on http://ADDRESS:PORT:
//   GET  /                      the participant page. The join link is `/?k=<key>` (key: 32 random bytes,
//                               base64url); the page reads `k`, drops it from the address bar
//                               (history.replaceState) and sends it in `join`. People who type the address
//                               get `/` and type the short room code instead.
//   POST /room/api/<method>     JSON body `ROOM_API[method].input`, answer `RoomResult` (always JSON, `ok` or a
//                               typed `RoomErrorCode`). Content-Type must be application/json; bodies ≤ 16 KiB.
//                               `join` sets the device token: an HttpOnly, SameSite=Strict cookie; the page never
//                               sees it and sends it by itself (fetch with the default credentials: same-origin).
//   WS   /room/events           after `join`: the server pushes `RoomPush` messages (JSON text). The phone sends
//                               nothing. On (re)connect the first message is the current state; a phone that
//                               lost the Wi-Fi reconnects (with backoff) and is still the same participant.
// A phone retries a submission with the SAME clientId until it gets an answer: the server recognises it and
// answers as the first time (never a second note or dot).
import { z } from 'zod'
import { Colour, Id, IsoDate, Language, Role, Text } from '../model/records'

// ---------------------------------------------------------------------------------------------------------------
// Shared pieces

/** Limits a phone lives by; the server enforces them, the page shows them (characters left, dots left). */
export const ROOM_LIMITS = {
  /** A note from a phone, in characters (UTF-16 code units, as a textarea's maxLength counts them). */
  noteMaxLength: 280,
  /** Notes one device may send in any 60 seconds. */
  notesPerMinute: 10,
  /** Devices in the room at once; the next join is refused with `room-full`. */
  maxDevices: 300,
  /** A name typed on a phone. */
  nameMaxLength: 60,
  /** Wrong room codes one address may try per minute (and the whole room: `codeGuessesPerMinuteRoom`). */
  codeGuessesPerMinute: 5,
  codeGuessesPerMinuteRoom: 30,
  /** Largest request body the room server reads. */
  maxBodyBytes: 16 * 1024,
} as const

/** A phone-made id for one submission (a UUID from crypto.randomUUID() fits): the key that makes retries safe. */
export const ClientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
/** A join attempt's id: at least 22 characters (a random UUID or 128 random bits in base64url), so it cannot be guessed. */
export const JoinClientId = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/)
/** The short room code people type: 6 digits, valid only while the room is open. */
export const RoomCode = z.string().regex(/^\d{6}$/)
/** The join link's key (base64url of 32 random bytes = 43 characters). */
export const JoinKey = z.string().regex(/^[A-Za-z0-9_-]{22,100}$/)

export const RoomModeKind = z.enum(['pause', 'strengths', 'ideas', 'vote', 'results', 'projects'])
export type RoomModeKind = z.infer<typeof RoomModeKind>

/** Errors of the participant API. The phone page translates each (roomui's i18n topic `room`). */
export const ROOM_ERROR_CODES = [
  /** The payload did not match the schema: nothing was written. */
  'invalid-input',
  /** No device token, or a token this room does not know (never joined, or revoked by close/remove). */
  'not-joined',
  /** The room is closed (never opened, or closed by the facilitator). */
  'room-closed',
  /** The join key or room code is wrong (or belongs to a room that has since closed). */
  'wrong-code',
  /** Too many attempts or notes; `params.retryAfterSeconds` says when to try again. */
  'rate-limited',
  /** The room already has ROOM_LIMITS.maxDevices devices. */
  'room-full',
  /** What the phone asked is not what the room does now (a note while voting, a dot after the round closed). */
  'not-now',
  /** The dot breaks a rule of the round: `params.reason` is one of 'no-dots-left', 'max-on-item', 'not-an-option'. */
  'vote-refused',
  /** The device was removed by the facilitator. */
  'removed',
  'unknown-method',
  'too-large',
  'forbidden',
  'internal',
] as const
export const RoomErrorCode = z.enum(ROOM_ERROR_CODES)
export type RoomErrorCode = z.infer<typeof RoomErrorCode>
export const RoomErrorShape = z.object({
  code: RoomErrorCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
})
export type RoomErrorShape = z.infer<typeof RoomErrorShape>

// ---------------------------------------------------------------------------------------------------------------
// What a phone sees: the room's state for ONE device. Never: private facilitator notes, tallies before Reveal,
// other participants' names, anything of another workshop.

export const MyNoteStatus = z.enum(['waiting', 'accepted', 'rejected'])
export const MyNote = z.object({
  clientId: ClientId,
  text: z.string(),
  kind: z.enum(['strength', 'idea']),
  categoryId: Id.nullable(),
  status: MyNoteStatus,
})
export type MyNote = z.infer<typeof MyNote>

/** A category a strength can be written for. `name` null: the built-in category `id`, translated by the page. */
export const RoomCategory = z.object({ id: Id, name: z.string().nullable(), color: Colour })
export type RoomCategory = z.infer<typeof RoomCategory>

/** Something to vote on: a theme (its name) or a note (its text, shortened). */
export const VoteItem = z.object({ id: Id, label: z.string(), color: Colour })
export type VoteItem = z.infer<typeof VoteItem>

export const ResultItem = VoteItem.extend({
  total: z.number().int().min(0),
  byRole: z.record(Role, z.number().int().min(0)),
  /** Of `total`: dots placed from phones, paper dots counted by the facilitator, dots the facilitator recorded per person. */
  phone: z.number().int().min(0),
  paper: z.number().int().min(0),
  recorded: z.number().int().min(0),
})
export type ResultItem = z.infer<typeof ResultItem>

export const RoomProject = z.object({
  id: Id,
  title: z.string(),
  goal: z.string(),
  firstStep: z.string(),
  deadline: IsoDate.nullable(),
  /** How many people are in the group (no names). */
  members: z.number().int().min(0),
  /** This participant said "I want to help". */
  helping: z.boolean(),
})
export type RoomProject = z.infer<typeof RoomProject>

export const RoomMode = z.discriminatedUnion('kind', [
  /** "Look up at the screen". */
  z.object({ kind: z.literal('pause') }),
  z.object({ kind: z.literal('strengths'), categories: z.array(RoomCategory) }),
  z.object({ kind: z.literal('ideas') }),
  z.object({
    kind: z.literal('vote'),
    round: z.object({ id: Id, title: z.string() }),
    items: z.array(VoteItem),
    dotsPerParticipant: z.number().int().min(1),
    maxPerItem: z.number().int().min(1),
    dotsLeft: z.number().int().min(0),
    /** This participant's dots, one entry per dot: take one back by its clientId. */
    myDots: z.array(z.object({ clientId: ClientId, itemId: Id })),
  }),
  /** After Reveal only; `round` null: nothing revealed yet ("results come soon"). Items sorted by total. */
  z.object({
    kind: z.literal('results'),
    round: z.object({ id: Id, title: z.string() }).nullable(),
    items: z.array(ResultItem),
  }),
  z.object({ kind: z.literal('projects'), projects: z.array(RoomProject) }),
])
export type RoomMode = z.infer<typeof RoomMode>

export const RoomState = z.object({
  room: z.enum(['open', 'closed']),
  workshopTitle: z.string(),
  /** The workshop's language: the page starts in it unless the person chose another. */
  workshopLanguage: Language,
  me: z.object({ participantId: Id, role: Role, name: z.string().nullable(), language: Language }),
  mode: RoomMode,
  myNotes: z.array(MyNote),
  limits: z.object({ noteMaxLength: z.number().int(), notesPerMinute: z.number().int() }),
})
export type RoomState = z.infer<typeof RoomState>

// ---------------------------------------------------------------------------------------------------------------
// The participant API: POST /room/api/<method>

const NoFields = z.object({}).strict()

export const ROOM_API = {
  /** Join with the link's key or the typed room code; answers the state and sets the device token cookie. */
  join: {
    input: z
      .object({
        key: JoinKey.optional(),
        code: RoomCode.optional(),
        role: Role,
        name: Text(ROOM_LIMITS.nameMaxLength).trim().nullable().default(null),
        language: Language,
        // Names this join attempt. A phone whose join answer was lost (the Wi-Fi dropped) asks again with the same
        // id and is the same participant, not a second one. Long and random (it gets this device a token).
        clientId: JoinClientId.optional(),
      })
      .strict()
      .refine((input) => (input.key === undefined) !== (input.code === undefined), {
        message: 'give exactly one of key and code',
      }),
    output: RoomState,
  },
  /** The state now (the page calls it on load: a phone with a live device token needs no new join). */
  state: { input: NoFields, output: RoomState },
  /** The page's language changed (it is remembered for this device only). */
  setLanguage: { input: z.object({ language: Language }).strict(), output: RoomState },
  /** A note for the facilitator's inbox. Resending the same clientId answers the same note, never a second one. */
  submitNote: {
    input: z
      .object({
        clientId: ClientId,
        text: Text(ROOM_LIMITS.noteMaxLength).trim().min(1),
        kind: z.enum(['strength', 'idea']),
        categoryId: Id.nullable().default(null),
      })
      .strict(),
    output: z.object({ note: MyNote, state: RoomState }),
  },
  /** One dot on one item of the open round; `clientId` names this dot (to take it back, and for retries). */
  placeDot: { input: z.object({ clientId: ClientId, itemId: Id }).strict(), output: RoomState },
  /** Takes back this participant's dot `clientId` while the round is open; an unknown or gone dot is no error. */
  takeBackDot: { input: z.object({ clientId: ClientId }).strict(), output: RoomState },
  /** "I want to help" (or not any more) on an action project: the participant joins (leaves) its group. */
  helpProject: { input: z.object({ projectId: Id, helping: z.boolean() }).strict(), output: RoomState },
} as const

export type RoomMethod = keyof typeof ROOM_API
export const ROOM_METHODS = Object.keys(ROOM_API) as RoomMethod[]
export type RoomInput<M extends RoomMethod> = z.input<(typeof ROOM_API)[M]['input']>
export type RoomOutput<M extends RoomMethod> = z.output<(typeof ROOM_API)[M]['output']>
export type RoomResult<M extends RoomMethod> = { ok: true; value: RoomOutput<M> } | { ok: false; error: RoomErrorShape }

export const ROOM_API_PREFIX = '/room/api/'
export const ROOM_EVENTS_PATH = '/room/events'
/** The query parameter of the join link that carries the key. */
export const JOIN_KEY_PARAM = 'k'

/** What the room server pushes to a phone over /room/events. */
export const RoomPush = z.discriminatedUnion('type', [
  /** The whole state of this device, after anything that changes it (small: one device's view). */
  z.object({ type: z.literal('state'), state: RoomState }),
  /** The facilitator closed the room: the device token is revoked, the page shows "the room is closed". */
  z.object({ type: z.literal('closed') }),
  /** The facilitator removed this device: its token is revoked. */
  z.object({ type: z.literal('removed') }),
])
export type RoomPush = z.infer<typeof RoomPush>

// ---------------------------------------------------------------------------------------------------------------
// The facilitator's side: methods of the facilitator API. src/shared/api/contract.ts spreads ROOM_FACILITATOR_API
// into API (and methodNames.ts lists the names); main's handlers are in src/main/room/roomController.ts.

const WorkshopHandle = z.string().min(1).max(64)

/** An IPv4 address of this computer the room could listen on. */
export const CandidateAddress = z.object({
  address: z.string(),
  /** The network interface's name (e.g. "Wi-Fi", "en0", "wlan0"). */
  interface: z.string(),
  /** The interface with the default route: what the other devices of the hall most likely reach. */
  defaultRoute: z.boolean(),
})
export type CandidateAddress = z.infer<typeof CandidateAddress>

export const RoleCounts = z.object({
  citizen: z.number().int().min(0),
  politician: z.number().int().min(0),
  staff: z.number().int().min(0),
  other: z.number().int().min(0),
})
export type RoleCounts = z.infer<typeof RoleCounts>

/** How to join: what the projector's join screen shows. Only while the room is open. */
export const JoinInfo = z.object({
  /** The join link with its key (what the QR code holds). */
  url: z.string(),
  /** The address to type, without the key: `http://192.168.1.23:8080` */
  typedUrl: z.string(),
  code: RoomCode,
  /** The QR code of `url`, an SVG document made locally (qrcode), safe to put in an <img src="data:..."> */
  qrSvg: z.string(),
})
export type JoinInfo = z.infer<typeof JoinInfo>

/** What the projector may know of the room (no inbox, no devices, no names). */
export const RoomPublicStatus = z.object({
  workshopId: WorkshopHandle,
  open: z.boolean(),
  mode: RoomModeKind,
  /** The voting round phones vote in (or see the results of); null: the latest open (revealed) round. */
  roundId: Id.nullable(),
  join: JoinInfo.nullable(),
  /** Devices joined in this room, by the role they chose. */
  joined: RoleCounts,
  /** Devices with a live connection now. */
  connected: z.number().int().min(0),
  /** The presenter controls put the join screen on the projector (memory only; closing the room takes it away). */
  joinOnProjector: z.boolean(),
})
export type RoomPublicStatus = z.infer<typeof RoomPublicStatus>

export const InboxEntry = z.object({
  entryId: Id,
  deviceId: Id,
  participantId: Id,
  /** The name the person typed, for the facilitator only; null when they gave none. */
  name: z.string().nullable(),
  role: Role,
  text: z.string(),
  kind: z.enum(['strength', 'idea']),
  categoryId: Id.nullable(),
  receivedAt: z.string(),
})
export type InboxEntry = z.infer<typeof InboxEntry>

export const RoomDevice = z.object({
  deviceId: Id,
  participantId: Id,
  name: z.string().nullable(),
  role: Role,
  connected: z.boolean(),
  waiting: z.number().int().min(0),
  joinedAt: z.string(),
})
export type RoomDevice = z.infer<typeof RoomDevice>

export const RoomStatus = RoomPublicStatus.extend({
  autoAccept: z.boolean(),
  inbox: z.array(InboxEntry),
  devices: z.array(RoomDevice),
  /** Where the room listens or could listen; empty: no network — tell the facilitator how to turn on a hotspot. */
  addresses: z.array(CandidateAddress),
  /** The address the room listens on while open (one of `addresses`, or the --room-host given at start). */
  address: z.string().nullable(),
})
export type RoomStatus = z.infer<typeof RoomStatus>

const InWorkshop = z.object({ workshopId: WorkshopHandle })
const EntryIds = z.array(Id).min(1).max(1000)

export const ROOM_FACILITATOR_API = {
  /** Opens the room for this workshop (one room per app); `address` one of status.addresses (default: the first). */
  'room.open': { input: InWorkshop.extend({ address: z.string().max(64).optional() }).strict(), output: RoomStatus },
  /**
   * Closes the room: phones are told, every device token is revoked and the room server stops listening;
   * participants, accepted notes and dots stay. Waiting notes stay in the inbox to be judged.
   */
  'room.close': { input: InWorkshop.strict(), output: RoomStatus },
  'room.status': { input: InWorkshop.strict(), output: RoomStatus },
  /** What phones may do now; `roundId` for vote/results (default: the newest open / revealed round). */
  'room.setMode': {
    input: InWorkshop.extend({ mode: RoomModeKind, roundId: Id.nullable().default(null) }).strict(),
    output: RoomStatus,
  },
  /** Accepts waiting notes: each becomes an ordinary note (author, session) placed tidily; one undoable edit. */
  'room.accept': { input: InWorkshop.extend({ entryIds: EntryIds }).strict(), output: RoomStatus },
  'room.acceptAll': { input: InWorkshop.strict(), output: RoomStatus },
  /** Changes a waiting note before accepting it. */
  'room.editEntry': {
    input: InWorkshop.extend({
      entryId: Id,
      text: Text(ROOM_LIMITS.noteMaxLength).trim().min(1),
      kind: z.enum(['strength', 'idea']),
      categoryId: Id.nullable(),
    }).strict(),
    output: RoomStatus,
  },
  'room.reject': { input: InWorkshop.extend({ entryIds: EntryIds }).strict(), output: RoomStatus },
  /** Accept every note as it arrives (the waiting ones too). */
  'room.setAutoAccept': { input: InWorkshop.extend({ autoAccept: z.boolean() }).strict(), output: RoomStatus },
  /** Removes a device: its token is revoked, its waiting notes are dropped; its accepted notes and dots stay. */
  'room.removeDevice': { input: InWorkshop.extend({ deviceId: Id }).strict(), output: RoomStatus },
  /** Puts the join screen on the projector (true) or takes it away (false); only while the room is open. */
  'room.showJoinScreen': { input: InWorkshop.extend({ show: z.boolean() }).strict(), output: RoomStatus },
  /** The projector's join screen: allowed for the projector view (no inbox, no devices). */
  'room.publicStatus': { input: InWorkshop.strict(), output: RoomPublicStatus },
} as const

export type RoomFacilitatorMethod = keyof typeof ROOM_FACILITATOR_API
export const ROOM_FACILITATOR_METHOD_NAMES = Object.keys(ROOM_FACILITATOR_API) as RoomFacilitatorMethod[]

/**
 * The event the facilitator's views get (ApiEvent `room`) whenever the room changes: joins, connections, inbox.
 * A projector view receives it with `inbox`, `devices` and `addresses` empty and `address` null (publicRoomStatus).
 */
export const RoomEvent = z.object({ type: z.literal('room'), workshopId: WorkshopHandle, status: RoomStatus })

/** The status as a projector may receive it: the join screen's facts, nothing about people or the inbox. */
export function publicRoomStatus(status: RoomStatus): RoomStatus {
  return { ...status, inbox: [], devices: [], addresses: [], address: null }
}
