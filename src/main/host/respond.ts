// Small helpers for writing answers; the security headers are already set on `res` by the server.
import type { ServerResponse } from 'node:http'
import type { ErrorCode } from '@shared/errors'

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  })
  res.end(text)
}

/** The same envelope the API uses, so the web bridge can treat a refusal by the host like any other error. */
export function sendApiError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  extraHeaders: Record<string, string> = {},
): void {
  sendJson(res, status, { ok: false, error: { code, params: {} } }, extraHeaders)
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  extraHeaders: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  })
  res.end(text)
}
