// Counts events per key in a sliding window: room-code guesses per address, notes per device.
export interface WindowLimiter {
  /** Records one event for `key` if the limit allows it; otherwise says how long to wait. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number }
  /** Whether one more event would be allowed, without recording it. */
  wouldAllow(key: string): boolean
}

export function createWindowLimiter(limit: number, windowMs: number, now: () => number = Date.now): WindowLimiter {
  const events = new Map<string, number[]>()
  const recent = (key: string): number[] => {
    const since = now() - windowMs
    const kept = (events.get(key) ?? []).filter((time) => time > since)
    if (kept.length === 0) events.delete(key)
    else events.set(key, kept)
    return kept
  }
  return {
    take(key) {
      const times = recent(key)
      if (times.length >= limit) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0]! + windowMs - now()) / 1000)) }
      }
      events.set(key, [...times, now()])
      return { ok: true }
    },
    wouldAllow(key) {
      return recent(key).length < limit
    },
  }
}
