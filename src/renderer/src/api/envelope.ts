// Recognises the ApiResult envelope in whatever came over the wire, and makes the error envelope a
// transport failure turns into, so callers only ever see {ok:true,value} or {ok:false,error}.
import { ERROR_CODES, type AppErrorShape, type ErrorCode } from '@shared/errors'

export type Envelope = { ok: true; value: unknown } | { ok: false; error: AppErrorShape }

export function failure(code: ErrorCode, detail?: string): { ok: false; error: AppErrorShape } {
  return { ok: false, error: { code, params: {}, ...(detail ? { detail } : {}) } }
}

export function isEnvelope(body: unknown): body is Envelope {
  if (body === null || typeof body !== 'object') return false
  const candidate = body as { ok?: unknown; value?: unknown; error?: { code?: unknown; params?: unknown } }
  if (candidate.ok === true) return 'value' in candidate
  if (candidate.ok !== false || !candidate.error || typeof candidate.error !== 'object') return false
  const { code, params } = candidate.error
  return (
    typeof code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(code) &&
    (params === undefined || (params !== null && typeof params === 'object'))
  )
}

/** Error envelopes may omit params; the UI's messages expect an object. */
export function normalise(envelope: Envelope): Envelope {
  if (envelope.ok) return envelope
  return { ok: false, error: { ...envelope.error, params: envelope.error.params ?? {} } }
}

/** When the host refused a request before the API saw it and sent no envelope. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'unknown-method'
  if (status === 413) return 'too-large'
  if (status === 400 || status === 415) return 'invalid-input'
  return 'internal'
}
