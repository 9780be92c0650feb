// One open room: its key and code, the devices that joined (by token hash), the inbox of notes from phones,
// and what phones may do now. Every participant API method is here, without HTTP, so each rule is tested
// directly; roomServer.ts is only the transport. Writes go through the workshop's commands (one writer).
import { isAppError } from '@shared/errors'
import type { WorkshopDoc } from '@shared/model/document'
import { LIVE_STATE_ID } from '@shared/model/records'
import {
  ROOM_LIMITS,
  type InboxEntry,
  type MyNote,
  type RoomInput,
  type RoomModeKind,
  type RoomPush,
  type RoomState,
} from '@shared/room/contract'
import {
  dotsUsed,
  phoneState,
  phoneViewInputs,
  sameViewInputs,
  votingRoundFor,
  type DeviceFacts,
  type RoomSetting,
} from '@shared/room/phoneView'
import { tokensEqual } from '../host/token'
import { Gathering, scheduleTimer, WRITTEN, type Schedule } from './gathering'
import { createWindowLimiter } from './rateLimit'
import { RoomError } from './roomErrors'
import { newDeviceId, newParticipantId, newRoomCode, newSecret, noteIdFor, secretKey, voteIdFor } from './roomIds'

export interface RoomWorkshop {
  doc(): WorkshopDoc
  /** Runs a command on the workshop (durable when it returns); `fromRoom` keeps it out of the undo history. */
  apply(call: { name: string; args: unknown }, fromRoom: boolean): void
}

export interface Device extends DeviceFacts {
  deviceId: string
  joinedAt: string
  notes: MyNote[]
  dots: Map<string, string>
  /** Dots taken back: a late retry of their placeDot must not place them again. */
  takenBack: Set<string>
  subscribers: Set<(push: RoomPush) => void>
  /** Counts changes of what the device itself holds (its notes, dots, language): part of its view's inputs. */
  version: number
  /** What the last pushed state was made from (phoneViewInputs + version): unchanged inputs, no new state. */
  lastInputs: readonly unknown[]
  /** The last state pushed, to push only changes. */
  lastPushed: string
}

interface Waiting extends InboxEntry {
  device: Device
  clientId: string
}

export interface RoomSessionOptions {
  workshop: RoomWorkshop
  now?: () => number
  /** Something the facilitator sees changed (joins, connections, inbox). */
  onStatusChange(): void
  /** Starts a batch's gathering window (gathering.ts); tests flush by hand. */
  schedule?: Schedule
}

/** A dot waiting for its batch to be written. */
interface PendingDot {
  voteId: string
  roundId: string
  itemId: string
  participantId: string
}

const VOTE_REASONS: Record<string, string> = {
  'too-many-dots': 'no-dots-left',
  'too-many-on-item': 'max-on-item',
  'not-an-option': 'not-an-option',
  'role-over-budget': 'role-over-budget',
  'role-too-many-on-item': 'max-on-item',
  'round-closed': 'round-closed',
}

/** Pushes to phones are gathered for this long (see schedulePush). */
export const PUSH_EVERY_MS = 100

export class RoomSession {
  readonly key = newSecret()
  readonly code = newRoomCode()
  open = true
  mode: RoomModeKind = 'pause'
  roundId: string | null = null
  autoAccept = false
  joinOnProjector = false
  // By token hash. A device whose join was asked twice (the first answer lost) holds two tokens: either cookie
  // may be the one the phone kept, since two answers can arrive in either order.
  private readonly devices = new Map<string, Device>()
  private readonly devicesByJoinId = new Map<string, Device>()
  private readonly inbox = new Map<string, Waiting>() // by entry id (= the note id it becomes)
  private readonly now: () => number
  private readonly guessesByAddress
  private readonly guessesInRoom
  private readonly notesByDevice
  private pushScheduled = false
  /** Auto-accepted notes, accepted together (one edit per area) at the end of a short window. */
  private readonly notesToAccept: Gathering<string>
  /** Entry id -> its note's acceptance under way, so a retry waits for the same write. */
  private readonly accepting = new Map<string, Promise<void>>()
  /** Dots placed within a short window, recorded as one edit. */
  private readonly dotsToRecord: Gathering<PendingDot>
  /** Vote id -> the dot and its write under way: counted against the limits, and a retry waits for it. */
  private readonly placing = new Map<string, { dot: PendingDot; written: Promise<void> }>()
  /** Joins arriving within a short window, written as one edit. */
  private readonly joinsToWrite: Gathering<Device>
  /** Join client id -> its join's write under way, so a retry waits for the same participant. */
  private readonly joining = new Map<string, Promise<Device>>()
  private joinsWaiting = 0

  constructor(private readonly options: RoomSessionOptions) {
    this.now = options.now ?? Date.now
    const schedule = options.schedule ?? scheduleTimer
    this.notesToAccept = new Gathering((entryIds) => {
      this.accept(entryIds)
      return []
    }, schedule)
    this.dotsToRecord = new Gathering((dots) => this.recordDots(dots), schedule)
    this.joinsToWrite = new Gathering((devices) => this.recordJoins(devices), schedule)
    this.guessesByAddress = createWindowLimiter(ROOM_LIMITS.codeGuessesPerMinute, 60_000, this.now)
    this.guessesInRoom = createWindowLimiter(ROOM_LIMITS.codeGuessesPerMinuteRoom, 60_000, this.now)
    this.notesByDevice = createWindowLimiter(ROOM_LIMITS.notesPerMinute, 60_000, this.now)
  }

  get setting(): RoomSetting {
    return { open: this.open, mode: this.mode, roundId: this.roundId }
  }

  // ---- devices and tokens

  /** The device holding this token, or a `not-joined` refusal (unknown, revoked, or the room closed). */
  deviceFor(token: string | undefined): Device {
    if (!this.open) throw new RoomError('room-closed')
    const device = token ? this.devices.get(secretKey(token)) : undefined
    if (!device) throw new RoomError('not-joined')
    return device
  }

  deviceList(): Device[] {
    return [...new Set(this.devices.values())]
  }

  /**
   * Joins with the link's key or the typed code; answers the new device's token (for the cookie) and state once
   * its participant is in the workshop file. Joins arriving within a short window are written as one edit
   * (gathering.ts): 200 phones scanning the QR code at once are a few writes, not 200.
   */
  async join(input: RoomInput<'join'>, fromAddress: string): Promise<{ token: string; state: RoomState }> {
    if (!this.open) throw new RoomError('room-closed')
    if (input.key !== undefined) {
      // A wrong key is a guess too: limited like codes, so the link's key cannot be searched either.
      if (!tokensEqual(this.key, input.key)) this.refuseGuess(fromAddress)
    } else {
      const byAddress = this.guessesByAddress.wouldAllow(fromAddress) && this.guessesInRoom.wouldAllow('room')
      if (!byAddress) this.refuseGuess(fromAddress)
      if (!tokensEqual(this.code, input.code)) this.refuseGuess(fromAddress)
    }
    const clientId = input.clientId
    // The same join asked again (its answer lost): the same participant, also while its write is under way.
    const known = clientId === undefined ? undefined : this.devicesByJoinId.get(clientId)
    if (known) return this.withToken(known)
    const underWay = clientId === undefined ? undefined : this.joining.get(clientId)
    if (underWay) return this.withToken(await underWay)
    // Joins still being written count: a burst must not get past the cap between two writes.
    if (this.deviceList().length + this.joinsWaiting >= ROOM_LIMITS.maxDevices) throw new RoomError('room-full')
    const name = input.name || null
    const device: Device = {
      deviceId: newDeviceId(),
      participantId: newParticipantId(),
      role: input.role,
      name,
      language: input.language ?? 'da',
      joinedAt: new Date(this.now()).toISOString(),
      notes: [],
      dots: new Map(),
      takenBack: new Set(),
      subscribers: new Set(),
      version: 0,
      lastInputs: [],
      lastPushed: '',
    }
    const written = this.writeJoin(device)
    if (clientId !== undefined) this.joining.set(clientId, written)
    try {
      await written
    } finally {
      if (clientId !== undefined) this.joining.delete(clientId)
    }
    if (clientId !== undefined) this.devicesByJoinId.set(clientId, device)
    return this.withToken(device)
  }

  /** Resolves with the device once its participant is written; closing the room meanwhile refuses it. */
  private async writeJoin(device: Device): Promise<Device> {
    this.joinsWaiting += 1
    try {
      await this.joinsToWrite.add(device)
    } finally {
      this.joinsWaiting -= 1
    }
    if (!this.open) throw new RoomError('room-closed')
    return device
  }

  /**
   * Writes a batch of joins as one edit. When the workshop refuses the batch as a whole, each join is tried on
   * its own, so one refused join does not refuse the others.
   */
  private recordJoins(devices: Device[]): unknown[] {
    const write = (some: Device[]) =>
      this.options.workshop.apply(
        {
          name: 'addParticipants',
          args: {
            participants: some.map(({ participantId, name, role }) => ({
              id: participantId,
              name,
              role,
              source: 'phone',
            })),
          },
        },
        true,
      )
    try {
      write(devices)
      return devices.map(() => WRITTEN)
    } catch (error) {
      if (devices.length === 1) return [asJoinRefusal(error)]
    }
    return devices.map((device) => {
      try {
        write([device])
        return WRITTEN
      } catch (error) {
        return asJoinRefusal(error)
      }
    })
  }

  /** A new token for a device whose participant is written: a first join, or the same join asked again. */
  private withToken(device: Device): { token: string; state: RoomState } {
    if (!this.open) throw new RoomError('room-closed')
    const token = newSecret()
    this.devices.set(secretKey(token), device)
    this.options.onStatusChange()
    return { token, state: this.stateOf(device) }
  }

  private refuseGuess(fromAddress: string): never {
    const byAddress = this.guessesByAddress.take(fromAddress)
    const inRoom = this.guessesInRoom.take('room')
    if (!byAddress.ok) throw new RoomError('rate-limited', { retryAfterSeconds: byAddress.retryAfterSeconds })
    if (!inRoom.ok) throw new RoomError('rate-limited', { retryAfterSeconds: inRoom.retryAfterSeconds })
    throw new RoomError('wrong-code')
  }

  /** Revokes one device: its token stops working, its waiting notes are dropped, its phone is told. */
  removeDevice(deviceId: string): boolean {
    const device = this.deviceList().find((each) => each.deviceId === deviceId)
    if (!device) return false
    for (const [key, holder] of this.devices) if (holder === device) this.devices.delete(key)
    for (const [joinId, holder] of this.devicesByJoinId) if (holder === device) this.devicesByJoinId.delete(joinId)
    for (const [entryId, entry] of this.inbox) if (entry.device === device) this.inbox.delete(entryId)
    this.tell(device, { type: 'removed' })
    this.options.onStatusChange()
    return true
  }

  /** Closes the room: every phone is told, every token revoked. Waiting notes stay for the facilitator to judge. */
  close(): void {
    if (!this.open) return
    this.open = false
    this.joinOnProjector = false
    for (const device of this.deviceList()) this.tell(device, { type: 'closed' })
    this.devices.clear()
    this.devicesByJoinId.clear()
    this.options.onStatusChange()
  }

  private tell(device: Device, push: RoomPush): void {
    for (const send of [...device.subscribers]) send(push)
    device.subscribers.clear()
  }

  // ---- what phones see

  stateOf(device: Device): RoomState {
    return phoneState(this.options.workshop.doc(), this.setting, device)
  }

  /** Subscribes a phone's live connection; it gets the current state at once and every change after. */
  subscribe(device: Device, send: (push: RoomPush) => void): () => void {
    device.subscribers.add(send)
    device.lastInputs = this.viewInputs(device)
    const state = this.stateOf(device)
    device.lastPushed = JSON.stringify(state)
    send({ type: 'state', state })
    this.options.onStatusChange()
    return () => {
      if (device.subscribers.delete(send)) this.options.onStatusChange()
    }
  }

  /**
   * The workshop or the room changed: push each connected phone its new state, at most once per PUSH_EVERY_MS.
   * Every push computes one state per phone, so pushing after each of a burst's edits costs phones × edits
   * (200 phones sending 1,000 notes: 200,000 states, and the room server falls minutes behind); a phone's own
   * submission is answered with its state at once anyway, so others' changes can wait a tenth of a second.
   */
  schedulePush(): void {
    if (this.pushScheduled) return
    this.pushScheduled = true
    setTimeout(() => {
      this.pushScheduled = false
      this.pushNow()
    }, PUSH_EVERY_MS)
  }

  pushNow(): void {
    if (!this.open) return
    for (const device of this.deviceList()) {
      if (device.subscribers.size === 0) continue
      const inputs = this.viewInputs(device)
      if (sameViewInputs(inputs, device.lastInputs)) continue // nothing it sees changed: no state to make
      device.lastInputs = inputs
      const state = this.stateOf(device)
      const text = JSON.stringify(state)
      if (text === device.lastPushed) continue
      device.lastPushed = text
      for (const send of device.subscribers) send({ type: 'state', state })
    }
  }

  private viewInputs(device: Device): unknown[] {
    return [...phoneViewInputs(this.options.workshop.doc(), this.setting, device), device.version]
  }

  setMode(mode: RoomModeKind, roundId: string | null): void {
    this.mode = mode
    this.roundId = roundId
    this.schedulePush()
  }

  setLanguage(device: Device, language: 'da' | 'en'): RoomState {
    device.language = language
    device.version += 1
    return this.stateOf(device)
  }

  // ---- notes and the inbox

  /**
   * A note from a phone: into the inbox, or with auto-accept onto the board. An auto-accepted note is answered
   * once the batch that holds it is written (durable), with its status "accepted".
   */
  async submitNote(
    device: Device,
    input: RoomInput<'submitNote'> & { categoryId: string | null },
  ): Promise<{ note: MyNote; state: RoomState }> {
    const entryId = noteIdFor(device.participantId, input.clientId)
    const known = device.notes.find((note) => note.clientId === input.clientId)
    if (known) {
      // A retry: the first answer again, once the first submission's write (if one is under way) is done.
      await (this.accepting.get(entryId) ?? (known.status === 'waiting' && this.autoAccept && this.acceptSoon(entryId)))
      return { note: this.noteOf(device, input.clientId), state: this.stateOf(device) }
    }
    const doc = this.options.workshop.doc()
    const allowed =
      (this.mode === 'strengths' && input.kind === 'strength') || (this.mode === 'ideas' && input.kind === 'idea')
    if (!allowed) throw new RoomError('not-now')
    const categoryId =
      input.kind === 'strength' && input.categoryId && doc.category[input.categoryId] ? input.categoryId : null
    if (input.kind === 'strength' && input.categoryId && !categoryId)
      throw new RoomError('invalid-input', { field: 'categoryId' })
    const limit = this.notesByDevice.take(device.deviceId)
    if (!limit.ok) throw new RoomError('rate-limited', { retryAfterSeconds: limit.retryAfterSeconds })
    const note: MyNote = { clientId: input.clientId, text: input.text, kind: input.kind, categoryId, status: 'waiting' }
    device.notes.push(note)
    device.version += 1
    this.inbox.set(entryId, {
      entryId,
      deviceId: device.deviceId,
      participantId: device.participantId,
      name: device.name,
      role: device.role,
      text: input.text,
      kind: input.kind,
      categoryId,
      receivedAt: new Date(this.now()).toISOString(),
      device,
      clientId: input.clientId,
    })
    if (this.autoAccept) await this.acceptSoon(entryId)
    else this.options.onStatusChange()
    return { note: this.noteOf(device, input.clientId), state: this.stateOf(device) }
  }

  /** Accepts a waiting entry with the next batch; resolves once it is on the board and in the file. */
  private acceptSoon(entryId: string): Promise<void> {
    const written = this.notesToAccept.add(entryId).finally(() => this.accepting.delete(entryId))
    this.accepting.set(entryId, written)
    return written
  }

  private noteOf(device: Device, clientId: string): MyNote {
    return device.notes.find((note) => note.clientId === clientId)!
  }

  inboxEntries(): InboxEntry[] {
    return [...this.inbox.values()].map(({ device: _device, clientId: _clientId, ...entry }) => entry)
  }

  waitingOf(device: Device): number {
    return device.notes.filter((note) => note.status === 'waiting').length
  }

  /**
   * Accepts waiting notes: each becomes an ordinary note with its author and the current session, placed in the
   * free places of its category's area (strengths) or the ideas area, one undoable edit per area.
   */
  accept(entryIds: readonly string[]): number {
    const doc = this.options.workshop.doc()
    const chosen = [...new Set(entryIds)].map((id) => this.inbox.get(id)).filter((entry) => entry !== undefined)
    const byZone = new Map<string | null, Waiting[]>()
    for (const entry of chosen) {
      if (doc.note[entry.entryId]) {
        this.settle(entry, 'accepted') // already on the board (accepted before): nothing to add twice
        continue
      }
      const zone = zoneFor(doc, entry)
      byZone.set(zone, [...(byZone.get(zone) ?? []), entry])
    }
    const sessionId = doc.liveState[LIVE_STATE_ID]?.currentSessionId ?? null
    let accepted = 0
    for (const [zoneId, entries] of byZone) {
      const notes = entries.map((entry) => ({
        id: entry.entryId,
        text: entry.text,
        kind: entry.kind,
        categoryId: entry.categoryId,
        ...(entry.categoryId && doc.category[entry.categoryId] ? { color: doc.category[entry.categoryId]!.color } : {}),
        authorId: doc.participant[entry.participantId] ? entry.participantId : null,
        sessionId: sessionId && doc.session[sessionId] ? sessionId : null,
      }))
      this.options.workshop.apply({ name: 'addNotes', args: { notes, place: { zoneId } } }, false)
      for (const entry of entries) this.settle(entry, 'accepted')
      accepted += entries.length
    }
    this.options.onStatusChange()
    this.schedulePush()
    return accepted
  }

  acceptAll(): number {
    return this.accept([...this.inbox.keys()])
  }

  reject(entryIds: readonly string[]): void {
    for (const id of entryIds) {
      const entry = this.inbox.get(id)
      if (entry) this.settle(entry, 'rejected')
    }
    this.options.onStatusChange()
    this.schedulePush()
  }

  editEntry(entryId: string, change: { text: string; kind: 'strength' | 'idea'; categoryId: string | null }): void {
    const entry = this.inbox.get(entryId)
    if (!entry) return
    const doc = this.options.workshop.doc()
    const categoryId =
      change.kind === 'strength' && change.categoryId && doc.category[change.categoryId] ? change.categoryId : null
    Object.assign(entry, { text: change.text, kind: change.kind, categoryId })
    this.options.onStatusChange()
  }

  setAutoAccept(on: boolean): void {
    this.autoAccept = on
    if (on && this.inbox.size > 0) this.acceptAll()
    else this.options.onStatusChange()
  }

  private settle(entry: Waiting, status: 'accepted' | 'rejected'): void {
    this.inbox.delete(entry.entryId)
    const index = entry.device.notes.findIndex((note) => note.clientId === entry.clientId)
    if (index >= 0) {
      const mine = entry.device.notes[index]!
      // The phone sees its note as accepted, with the facilitator's edits if any.
      entry.device.notes[index] = {
        ...mine,
        status,
        ...(status === 'accepted' ? { text: entry.text, kind: entry.kind, categoryId: entry.categoryId } : {}),
      }
      entry.device.version += 1
    }
  }

  // ---- dots

  /** A dot from a phone; answered once the batch that holds it is written (durable), so it is counted. */
  async placeDot(device: Device, input: RoomInput<'placeDot'>): Promise<RoomState> {
    const voteId = voteIdFor(device.participantId, input.clientId)
    const underWay = this.placing.get(voteId)
    if (underWay) {
      await underWay.written // a retry while the first is being written: the first one's verdict
      return this.stateOf(device)
    }
    const doc = this.options.workshop.doc()
    if (doc.vote[voteId] || device.takenBack.has(voteId)) return this.stateOf(device) // a retry
    if (this.mode !== 'vote') throw new RoomError('not-now')
    const round = votingRoundFor(doc, this.setting)
    if (!round) throw new RoomError('not-now')
    if (!round.optionIds.includes(input.itemId)) throw new RoomError('vote-refused', { reason: 'not-an-option' })
    // Dots still being written count as placed: a fast phone must not get past its limits between two writes.
    const waiting = [...this.placing.values()]
      .map(({ dot }) => dot)
      .filter((dot) => dot.roundId === round.id && dot.participantId === device.participantId)
    if (dotsUsed(doc, round, device.participantId) + waiting.length >= round.dotsPerParticipant)
      throw new RoomError('vote-refused', { reason: 'no-dots-left' })
    const onItem =
      Object.values(doc.vote)
        .filter(
          (vote) =>
            vote.roundId === round.id && vote.participantId === device.participantId && vote.itemId === input.itemId,
        )
        .reduce((sum, vote) => sum + vote.count, 0) + waiting.filter((dot) => dot.itemId === input.itemId).length
    if (onItem >= round.maxPerItem) throw new RoomError('vote-refused', { reason: 'max-on-item' })
    const dot: PendingDot = { voteId, roundId: round.id, itemId: input.itemId, participantId: device.participantId }
    const written = this.dotsToRecord.add(dot)
    this.placing.set(voteId, { dot, written })
    try {
      await written
    } finally {
      this.placing.delete(voteId)
    }
    device.dots.set(voteId, input.clientId)
    device.version += 1
    return this.stateOf(device)
  }

  /**
   * Records a batch of dots as one edit per round. When the round refuses the batch as a whole (a role's budget,
   * the round closed meanwhile), each dot is tried on its own, so each phone gets its own dot's verdict.
   */
  private recordDots(dots: PendingDot[]): unknown[] {
    const verdicts = new Map<PendingDot, unknown>()
    const byRound = new Map<string, PendingDot[]>()
    for (const dot of dots) byRound.set(dot.roundId, [...(byRound.get(dot.roundId) ?? []), dot])
    const record = (roundId: string, some: PendingDot[]) =>
      this.options.workshop.apply(
        {
          name: 'recordVotes',
          args: {
            roundId,
            votes: some.map((dot) => ({
              id: dot.voteId,
              itemId: dot.itemId,
              participantId: dot.participantId,
              count: 1,
            })),
          },
        },
        true,
      )
    for (const [roundId, some] of byRound) {
      try {
        record(roundId, some)
        continue
      } catch (error) {
        if (some.length === 1) {
          verdicts.set(some[0]!, asVoteRefusal(error))
          continue
        }
      }
      for (const dot of some) {
        try {
          record(roundId, [dot])
        } catch (error) {
          verdicts.set(dot, asVoteRefusal(error))
        }
      }
    }
    return dots.map((dot) => (verdicts.has(dot) ? verdicts.get(dot) : WRITTEN))
  }

  async takeBackDot(device: Device, input: RoomInput<'takeBackDot'>): Promise<RoomState> {
    const voteId = voteIdFor(device.participantId, input.clientId)
    // Placed a moment ago and still being written: take it back once it is in.
    await this.placing.get(voteId)?.written.catch(() => undefined)
    const doc = this.options.workshop.doc()
    device.takenBack.add(voteId)
    const vote = doc.vote[voteId]
    if (!vote) return this.stateOf(device) // never placed, or already taken back
    if (doc.votingRound[vote.roundId]?.status !== 'open') throw new RoomError('not-now')
    try {
      this.options.workshop.apply({ name: 'takeBackVotes', args: { voteIds: [voteId] } }, true)
    } catch (error) {
      throw asVoteRefusal(error)
    }
    device.dots.delete(voteId)
    device.version += 1
    return this.stateOf(device)
  }

  // ---- projects

  helpProject(device: Device, input: RoomInput<'helpProject'>): RoomState {
    if (this.mode !== 'projects') throw new RoomError('not-now')
    const project = this.options.workshop.doc().project[input.projectId]
    if (!project) throw new RoomError('invalid-input', { field: 'projectId' })
    const member = project.memberIds.includes(device.participantId)
    if (member === input.helping) return this.stateOf(device) // already so: a retry, or a double tap
    const memberIds = input.helping
      ? [...project.memberIds, device.participantId]
      : project.memberIds.filter((id) => id !== device.participantId)
    this.options.workshop.apply({ name: 'updateProject', args: { id: project.id, memberIds } }, true)
    return this.stateOf(device)
  }
}

/** The area an accepted note goes to: its category's zone (strengths) or the ideas area; null = below the board. */
function zoneFor(doc: WorkshopDoc, entry: { kind: string; categoryId: string | null }): string | null {
  const zones = Object.values(doc.zone)
  if (entry.kind === 'strength' && entry.categoryId) {
    return zones.find((zone) => zone.categoryId === entry.categoryId)?.id ?? null
  }
  if (entry.kind === 'idea') return doc.zone['zone-ideas'] ? 'zone-ideas' : null
  return null
}

/** A join the workshop refused (a name it does not take, say) is that phone's bad input, not the room's fault. */
function asJoinRefusal(error: unknown): Error {
  if (isAppError(error) && (error.code === 'invalid-input' || error.code === 'command-rejected'))
    return new RoomError('invalid-input')
  return error instanceof Error ? error : new Error(String(error))
}

function asVoteRefusal(error: unknown): Error {
  if (isAppError(error) && error.code === 'command-rejected') {
    const reason = VOTE_REASONS[String(error.params.reason)]
    if (reason === 'round-closed') return new RoomError('not-now')
    return new RoomError('vote-refused', { reason: reason ?? String(error.params.reason) })
  }
  return error instanceof Error ? error : new Error(String(error))
}
