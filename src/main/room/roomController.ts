// The facilitator's side of the room: opens and closes it (starting and stopping the room server), says what
// phones may do, and judges the inbox. One room per app at a time. Every change of the room reaches the
// facilitator's views as a `room` event (the projector gets the public part only, viewFilter.ts).
import QRCode from 'qrcode'
import type { ApiEvent } from '@shared/api/contract'
import { AppError } from '@shared/errors'
import type { WorkshopDoc } from '@shared/model/document'
import {
  JOIN_KEY_PARAM,
  type CandidateAddress,
  type JoinInfo,
  type RoomFacilitatorMethod,
  type RoomPublicStatus,
  type RoomStatus,
  ROOM_FACILITATOR_API,
} from '@shared/room/contract'
import type { z } from 'zod'
import type { Presence } from '@shared/presence/presence'
import { votingRoundFor } from '@shared/room/phoneView'
import { machineCandidates } from './addresses'
import { startRoomServer, type RunningRoomServer } from './roomServer'
import { RoomSession } from './roomSession'

export interface RoomNetworkOptions {
  /** Listen here whatever the interfaces say (`--room-host`; tests: 127.0.0.1). */
  host?: string
  /** 0 or absent = any free port. */
  port?: number
  /** The built renderer (out/renderer), where participant.html is. */
  rendererDir: string
  /** This machine's addresses phones could reach; replaced by a fake list in tests. */
  candidates?: () => Promise<CandidateAddress[]>
}

export interface RoomDeps {
  network?: RoomNetworkOptions
  /** The workshop's document now (throws not-open for an unknown handle). */
  doc(workshopId: string): WorkshopDoc
  /** Applies a command to the workshop and tells every view; `fromRoom` keeps it out of the undo history. */
  apply(workshopId: string, call: { name: string; args: unknown }, fromRoom: boolean): void
  emit(event: ApiEvent): void
  /** The room's live counts for the presence channel (phones connected, dots placed): memory only. */
  presence?(workshopId: string, live: Pick<Presence, 'phones' | 'dots'>): void
}

type In<M extends RoomFacilitatorMethod> = z.output<(typeof ROOM_FACILITATOR_API)[M]['input']>
export type RoomHandlers = {
  [M in RoomFacilitatorMethod]: (input: In<M>) => Promise<z.output<(typeof ROOM_FACILITATOR_API)[M]['output']>>
}

export interface RoomController {
  handlers: RoomHandlers
  /** The workshop changed (any view's edit): phones get their new state. */
  onWorkshopChange(workshopId: string): void
  /** The workshop was closed: its room closes with it. */
  onWorkshopClosed(workshopId: string): Promise<void>
  /** Opens the room for a workshop (the `--room` start option); answers the join link. */
  open(workshopId: string, address?: string): Promise<RoomStatus>
  close(): Promise<void>
}

interface OpenRoom {
  workshopId: string
  session: RoomSession
  server: RunningRoomServer
  join: JoinInfo
}

/** The room's status reaches the facilitator's views at most this often (see statusChanged). */
export const STATUS_EVERY_MS = 250

export function createRoomController(deps: RoomDeps): RoomController {
  let room: OpenRoom | null = null
  /** The last room's settings per workshop, so the panel still shows the inbox after a close. */
  let last: { workshopId: string; session: RoomSession } | null = null
  let statusScheduled = false
  let lastStatusAt = 0

  const candidates = async (): Promise<CandidateAddress[]> => {
    // No network options (the CLI, unit tests of other parts): the room is not offered, no interface is read.
    if (!deps.network) return []
    if (deps.network.candidates) return deps.network.candidates()
    // `--room-host`: the room listens there and nowhere else, so that is the one address to offer (an empty list
    // would tell the facilitator to turn on a hotspot, and no interface need be read).
    const forced = deps.network.host
    return forced ? [{ address: forced, interface: '--room-host', defaultRoute: true }] : machineCandidates()
  }

  const sessionOf = (workshopId: string): RoomSession | null =>
    room?.workshopId === workshopId ? room.session : last?.workshopId === workshopId ? last.session : null

  const emptyCounts = () => ({ citizen: 0, politician: 0, staff: 0, other: 0 })

  async function status(workshopId: string): Promise<RoomStatus> {
    deps.doc(workshopId) // an unknown workshop is refused (not-open)
    const session = sessionOf(workshopId)
    const devices = session?.deviceList() ?? []
    const joined = emptyCounts()
    for (const device of devices) joined[device.role] += 1
    const isOpen = room?.workshopId === workshopId
    return {
      workshopId,
      open: isOpen,
      mode: session?.mode ?? 'pause',
      roundId: session?.roundId ?? null,
      join: isOpen ? room!.join : null,
      joined,
      connected: devices.filter((device) => device.subscribers.size > 0).length,
      joinOnProjector: isOpen && (session?.joinOnProjector ?? false),
      autoAccept: session?.autoAccept ?? false,
      inbox: session?.inboxEntries() ?? [],
      devices: devices.map((device) => ({
        deviceId: device.deviceId,
        participantId: device.participantId,
        name: device.name,
        role: device.role,
        connected: device.subscribers.size > 0,
        waiting: session!.waitingOf(device),
        joinedAt: device.joinedAt,
      })),
      addresses: await candidates(),
      address: isOpen ? room!.server.address : null,
    }
  }

  /** The room's part of presence: counts only (phones, dots placed from phones in the round they vote in). */
  function livePresence(workshopId: string): Pick<Presence, 'phones' | 'dots'> {
    const session = room?.workshopId === workshopId ? room.session : null
    if (!session) return { phones: null, dots: null }
    const devices = session.deviceList()
    const phones = {
      joined: devices.length,
      connected: devices.filter((device) => device.subscribers.size > 0).length,
    }
    const doc = deps.doc(workshopId)
    const round = session.mode === 'vote' ? votingRoundFor(doc, session.setting) : null
    if (!round) return { phones, dots: null }
    let placed = 0
    const voters = new Set<string>()
    for (const vote of Object.values(doc.vote)) {
      const voter = vote.participantId
      if (vote.roundId !== round.id || voter === null || doc.participant[voter]?.source !== 'phone') continue
      placed += vote.count
      voters.add(voter)
    }
    return { phones, dots: { roundId: round.id, placed, voters: voters.size } }
  }

  let presenceScheduled = false
  /** Presence follows every room change and every dot, once per turn of the event loop. */
  function presenceChanged(workshopId: string): void {
    if (!deps.presence || presenceScheduled) return
    presenceScheduled = true
    setImmediate(() => {
      presenceScheduled = false
      try {
        deps.presence?.(workshopId, livePresence(workshopId))
      } catch {
        // the workshop closed meanwhile: its presence went with it
      }
    })
  }

  /**
   * Tells the facilitator's views, at most once per STATUS_EVERY_MS: the status carries every device and the
   * whole inbox, and each one re-renders the Room tab, so a burst of 200 phones joining and sending is a few
   * events, not hundreds. The first change after a quiet spell goes out on the next turn of the event loop.
   */
  function statusChanged(workshopId: string): void {
    presenceChanged(workshopId)
    if (statusScheduled) return
    statusScheduled = true
    const send = () => {
      statusScheduled = false
      lastStatusAt = Date.now()
      status(workshopId)
        .then((current) => deps.emit({ type: 'room', workshopId, status: current }))
        .catch(() => undefined) // the workshop closed meanwhile
    }
    const wait = lastStatusAt + STATUS_EVERY_MS - Date.now()
    if (wait > 0) setTimeout(send, wait)
    else setImmediate(send)
  }

  function requireSession(workshopId: string): RoomSession {
    deps.doc(workshopId)
    const session = sessionOf(workshopId)
    if (!session) throw new AppError('command-rejected', { reason: 'room-not-open' })
    return session
  }

  async function open(workshopId: string, wanted?: string): Promise<RoomStatus> {
    deps.doc(workshopId)
    if (room?.workshopId === workshopId) return status(workshopId)
    if (room) throw new AppError('command-rejected', { reason: 'room-open-elsewhere' })
    if (!deps.network) throw new AppError('command-rejected', { reason: 'room-unavailable' })
    const choices = await candidates()
    const forced = deps.network?.host
    const address =
      forced ?? (wanted ? choices.find((choice) => choice.address === wanted)?.address : choices[0]?.address)
    if (!address) throw new AppError('command-rejected', { reason: wanted ? 'unknown-address' : 'no-network' })
    const session = new RoomSession({
      workshop: {
        doc: () => deps.doc(workshopId),
        apply: (call, fromRoom) => deps.apply(workshopId, call, fromRoom),
      },
      onStatusChange: () => statusChanged(workshopId),
    })
    const server = await startRoomServer({
      address,
      port: deps.network?.port ?? 0,
      rendererDir: deps.network?.rendererDir ?? '',
      session: () => (room?.session === session && session.open ? session : null),
    })
    const typedUrl = server.origin
    const url = `${typedUrl}/?${JOIN_KEY_PARAM}=${session.key}`
    const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
    room = { workshopId, session, server, join: { url, typedUrl, code: session.code, qrSvg } }
    last = { workshopId, session }
    statusChanged(workshopId)
    return status(workshopId)
  }

  async function close(): Promise<void> {
    const current = room
    if (!current) return
    room = null
    current.session.close()
    await current.server.close()
    statusChanged(current.workshopId)
  }

  const handlers: RoomHandlers = {
    'room.open': ({ workshopId, address }) => open(workshopId, address),
    'room.close': async ({ workshopId }) => {
      deps.doc(workshopId)
      if (room?.workshopId === workshopId) await close()
      return status(workshopId)
    },
    'room.status': ({ workshopId }) => status(workshopId),
    'room.setMode': async ({ workshopId, mode, roundId }) => {
      const session = requireSession(workshopId)
      if (roundId !== null && !deps.doc(workshopId).votingRound[roundId]) {
        throw new AppError('command-rejected', { reason: 'unknown-record', what: 'votingRound', id: roundId })
      }
      session.setMode(mode, roundId)
      statusChanged(workshopId)
      return status(workshopId)
    },
    'room.accept': async ({ workshopId, entryIds }) => {
      requireSession(workshopId).accept(entryIds)
      return status(workshopId)
    },
    'room.acceptAll': async ({ workshopId }) => {
      requireSession(workshopId).acceptAll()
      return status(workshopId)
    },
    'room.editEntry': async ({ workshopId, entryId, ...change }) => {
      requireSession(workshopId).editEntry(entryId, change)
      return status(workshopId)
    },
    'room.reject': async ({ workshopId, entryIds }) => {
      requireSession(workshopId).reject(entryIds)
      return status(workshopId)
    },
    'room.setAutoAccept': async ({ workshopId, autoAccept }) => {
      requireSession(workshopId).setAutoAccept(autoAccept)
      return status(workshopId)
    },
    'room.removeDevice': async ({ workshopId, deviceId }) => {
      requireSession(workshopId).removeDevice(deviceId)
      return status(workshopId)
    },
    'room.showJoinScreen': async ({ workshopId, show }) => {
      if (room?.workshopId !== workshopId) throw new AppError('command-rejected', { reason: 'room-not-open' })
      room.session.joinOnProjector = show
      statusChanged(workshopId)
      return status(workshopId)
    },
    'room.publicStatus': async ({ workshopId }): Promise<RoomPublicStatus> => {
      const {
        workshopId: id,
        open: isOpen,
        mode,
        roundId,
        join,
        joined,
        connected,
        joinOnProjector,
      } = await status(workshopId)
      return { workshopId: id, open: isOpen, mode, roundId, join, joined, connected, joinOnProjector }
    },
  }

  return {
    handlers,
    onWorkshopChange(workshopId) {
      if (room?.workshopId !== workshopId) return
      room.session.schedulePush()
      presenceChanged(workshopId)
    },
    async onWorkshopClosed(workshopId) {
      if (room?.workshopId === workshopId) await close()
      if (last?.workshopId === workshopId) last = null
    },
    open,
    close,
  }
}
