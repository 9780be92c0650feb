// The facilitator's room methods (src/shared/room/contract.ts, ROOM_FACILITATOR_API) as the renderer calls them,
// through the same HandlekraftApi as everything else, and the room's status as it changes (the `room` event).
import { useEffect, useState } from 'react'
import type { ApiEvent, HandlekraftApi } from '@shared/api/contract'
import type { AppErrorShape } from '@shared/errors'
import type { ROOM_FACILITATOR_API, RoomFacilitatorMethod, RoomStatus } from '@shared/room/contract'
import type { z } from 'zod'

type Api = typeof ROOM_FACILITATOR_API
export type RoomCall = <M extends RoomFacilitatorMethod>(
  method: M,
  input: z.input<Api[M]['input']>,
) => Promise<{ ok: true; value: z.output<Api[M]['output']> } | { ok: false; error: AppErrorShape }>

/** Calls a room method through the app's API (the room methods are part of the one contract). */
export function roomCaller(api: HandlekraftApi): RoomCall {
  const methods = api as unknown as Record<string, (input: unknown) => Promise<never>>
  return (method, input) => {
    const call = methods[method]
    if (!call) return Promise.resolve({ ok: false, error: { code: 'unknown-method', params: {} } })
    return call(input)
  }
}

/** The room event as the renderer sees it, whatever else the event union holds. */
function roomStatusOf(event: ApiEvent, workshopId: string): RoomStatus | null {
  const room = event as unknown as { type: string; workshopId?: string; status?: RoomStatus }
  return room.type === 'room' && room.workshopId === workshopId && room.status ? room.status : null
}

/**
 * The room's status for this workshop: asked once (`method`: room.status for the facilitator, room.publicStatus for
 * the projector), then kept current by the `room` events main pushes; no polling.
 */
export function useRoomStatus(
  api: HandlekraftApi,
  workshopId: string,
  method: 'room.status' | 'room.publicStatus' = 'room.status',
): [RoomStatus | null, (status: RoomStatus) => void] {
  const [status, setStatus] = useState<RoomStatus | null>(null)
  useEffect(() => {
    let alive = true
    const off = api.onEvent((event) => {
      const next = roomStatusOf(event, workshopId)
      if (next) setStatus(next)
    })
    void roomCaller(api)(method, { workshopId }).then((answer) => {
      if (alive && answer.ok) setStatus((now) => now ?? fullStatus(answer.value))
    })
    return () => {
      alive = false
      off()
    }
  }, [api, workshopId, method])
  return [status, setStatus]
}

/** room.publicStatus leaves out what a projector may not know; the join screen reads the same shape. */
function fullStatus(
  status: RoomStatus | Omit<RoomStatus, 'inbox' | 'devices' | 'addresses' | 'address' | 'autoAccept'>,
): RoomStatus {
  return { inbox: [], devices: [], addresses: [], address: null, autoAccept: false, ...status }
}

/** Is the join screen on the projector now? (Never while the room is closed.) */
export function joinOnProjector(status: RoomStatus | null): boolean {
  return Boolean(status?.open && status.joinOnProjector)
}
