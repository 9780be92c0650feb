// Stable fingerprints of records and documents, so two processes can agree on "the same state" without
// shipping the state itself: JSON with sorted keys, then SHA-256.
import { createHash } from 'node:crypto'
import type { WorkshopDoc } from '@shared/model/document'

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function hashOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 32)
}

export function docHash(doc: WorkshopDoc): string {
  return hashOf(doc)
}
