// The per-launch secret that proves a request comes from the page we opened, not from another site or
// another local user's program.
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto'

export const TOKEN_COOKIE = 'hk_token'

export function createToken(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * Constant-time comparison. Both sides are hashed first so that the comparison takes the same time
 * whatever the length of the guess (timingSafeEqual itself throws on different lengths).
 */
export function tokensEqual(expected: string, given: string | undefined | null): boolean {
  if (typeof given !== 'string' || given.length === 0) return false
  const a = createHash('sha256').update(expected).digest()
  const b = createHash('sha256').update(given).digest()
  return timingSafeEqual(a, b)
}
