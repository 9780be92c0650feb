// Reads a request body as JSON with a size cap, so one request cannot make the host buffer without end.
import type { IncomingMessage } from 'node:http'

export const MAX_BODY_BYTES = 1024 * 1024

export type BodyResult =
  { kind: 'json'; value: unknown } | { kind: 'too-large' } | { kind: 'not-json' } | { kind: 'wrong-type' }

export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false
  return header.split(';')[0]!.trim().toLowerCase() === 'application/json'
}

export async function readJsonBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  if (!isJsonContentType(req.headers['content-type'])) return { kind: 'wrong-type' }
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) return { kind: 'too-large' }

  const chunks: Buffer[] = []
  let received = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length
    // A chunked body has no Content-Length: stop as soon as it passes the cap.
    if (received > maxBytes) return { kind: 'too-large' }
    chunks.push(chunk)
  }
  try {
    return { kind: 'json', value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown }
  } catch {
    return { kind: 'not-json' }
  }
}
