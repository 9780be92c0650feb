// POST /api/<method>: the HTTP face of api.call. The host only checks the transport (verb, size, JSON);
// the Api validates the input itself and always answers with the result envelope.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { VIEW_HEADER } from '@shared/api/httpHeaders'
import { API_METHOD_NAMES, type ApiMethodName } from '@shared/api/methodNames'
import type { Api } from '../api/types'
import { viewRoleOf } from '../api/viewFilter'
import { readJsonBody } from './readJsonBody'
import { sendApiError, sendJson } from './respond'

export const API_PREFIX = '/api/'

export function apiMethodFromPath(pathname: string): ApiMethodName | null {
  if (!pathname.startsWith(API_PREFIX)) return null
  const name = pathname.slice(API_PREFIX.length)
  return (API_METHOD_NAMES as readonly string[]).includes(name) ? (name as ApiMethodName) : null
}

export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  api: Api,
): Promise<void> {
  const method = apiMethodFromPath(pathname)
  if (method === null) return sendApiError(res, 404, 'unknown-method')
  if (req.method !== 'POST') return sendApiError(res, 405, 'invalid-input', { Allow: 'POST' })

  const body = await readJsonBody(req)
  switch (body.kind) {
    case 'too-large':
      // Close the connection rather than read the rest of an oversized upload.
      return sendApiError(res, 413, 'too-large', { Connection: 'close' })
    case 'wrong-type':
      return sendApiError(res, 415, 'invalid-input')
    case 'not-json':
      return sendApiError(res, 400, 'invalid-input')
    case 'json':
      return sendJson(res, 200, await api.call(method, body.value, viewRoleOf(String(req.headers[VIEW_HEADER.toLowerCase()] ?? ''))))
  }
}
