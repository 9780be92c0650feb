// One-time entry codes: the only secret that ever appears in an address. A browser brings one to the entry
// page (/?code=…) and gets the lasting session token back as an HttpOnly cookie; the code is then spent. The
// session token itself never goes into a URL, a command line or a child's environment, where other users
// of the computer could read it (/proc/*/cmdline is world-readable).
import { createHash } from 'node:crypto'
import { createToken } from './token'

export interface EntryCodeOptions {
  /** How long the code can be used; `null` = until it is used (only for the address printed to our own stdout). */
  lifetimeMs: number | null
  /** Called once, when the code is spent (e.g. to delete the file that handed it over). */
  onUse?: () => void
}

export interface EntryCodes {
  issue(options: EntryCodeOptions): string
  /** True exactly once for a live code; false for an unknown, spent or expired one. */
  redeem(code: string | null | undefined): boolean
}

interface Pending {
  expiresAt: number
  onUse?: () => void
}

// Codes are kept by their hash, so a lookup compares hashes, not the secret itself.
const keyOf = (code: string) => createHash('sha256').update(code).digest('base64url')

export function createEntryCodes(now: () => number = Date.now): EntryCodes {
  const pending = new Map<string, Pending>()
  const forgetExpired = () => {
    const time = now()
    for (const [key, entry] of pending) if (entry.expiresAt <= time) pending.delete(key)
  }
  return {
    issue({ lifetimeMs, onUse }) {
      forgetExpired()
      const code = createToken()
      pending.set(keyOf(code), { expiresAt: lifetimeMs === null ? Infinity : now() + lifetimeMs, onUse })
      return code
    },
    redeem(code) {
      if (typeof code !== 'string' || code.length === 0 || code.length > 200) return false
      const key = keyOf(code)
      const entry = pending.get(key)
      if (entry === undefined) return false
      pending.delete(key)
      if (entry.expiresAt <= now()) return false
      try {
        entry.onUse?.()
      } catch {
        // A clean-up that fails must not turn away the browser that brought a good code.
      }
      return true
    },
  }
}
