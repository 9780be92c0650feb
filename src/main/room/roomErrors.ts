// The participant API's typed refusals, and the HTTP status each one travels with.
import type { RoomErrorCode } from '@shared/room/contract'

export class RoomError extends Error {
  constructor(
    readonly code: RoomErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code)
    this.name = 'RoomError'
  }
}

export const STATUS_OF: Record<RoomErrorCode, number> = {
  'invalid-input': 400,
  'not-joined': 401,
  removed: 401,
  'room-closed': 403,
  'wrong-code': 403,
  forbidden: 403,
  'unknown-method': 404,
  'not-now': 409,
  'vote-refused': 409,
  'too-large': 413,
  'rate-limited': 429,
  'room-full': 503,
  internal: 500,
}
