// Runs one API call at a time for a panel: knows whether it is busy and keeps the last error (as a code
// and parameters, so the message follows a language switch).
import { useCallback, useState } from 'react'
import type { AppErrorShape } from '@shared/errors'

type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

export interface CallState {
  busy: boolean
  error: AppErrorShape | null
  setError: (error: AppErrorShape | null) => void
  /** Runs the call; answers the value, or null after recording the error. */
  run: <T>(call: () => Promise<Result<T>>) => Promise<T | null>
}

export function useCall(): CallState {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const run = useCallback(async <T,>(call: () => Promise<Result<T>>): Promise<T | null> => {
    setBusy(true)
    setError(null)
    try {
      const result = await call()
      if (result.ok) return result.value
      setError(result.error)
      return null
    } catch (thrown) {
      // The transports never reject, but a bug must still end as a message, not a silent broken button.
      setError({ code: 'internal', params: {}, detail: String(thrown) })
      return null
    } finally {
      setBusy(false)
    }
  }, [])
  return { busy, error, setError, run }
}
