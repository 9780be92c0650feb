// The per-launch session secret that proves a request comes from the page we opened (or a script the user
// gave it to), not from another site or another local user's program. It travels only in an HttpOnly cookie
// or a header, never in an address (entryCodes.ts hands out the one-time codes that addresses carry).
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto'


/**
 * The session cookie's name carries the port: cookies ignore ports, so two Handlekraft hosts open in one
 * browser would otherwise overwrite each other's cookie on 127.0.0.1.
 */
export function tokenCookieName(port: number): string {
  return `hk_token_${port}`
}

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
