// Workshop document -> exchange file, in one canonical form so the same workshop always gives the same
// bytes: records sorted by id (code-unit order, not a locale's), fields in the schema's order, two-space
// indentation, a final newline. That is what makes export -> import -> export byte-identical.
import type { WorkshopDoc } from '../model/document'
import { workshopOf } from '../model/document'
import { RECORD_SCHEMAS, type AnyRecord, type RecordKind } from '../model/records'
import {
  EXCHANGE_FORMAT,
  EXCHANGE_LIST_NAMES,
  EXCHANGE_LISTS,
  EXCHANGE_SCHEMA_VERSION,
  type ExchangeFile,
  type ExchangeRecords,
} from './exchangeSchema'

/** The record with its fields in the schema's order (the order SQLite or a patch gave them may differ). */
function canonicalRecord(kind: RecordKind, record: AnyRecord): AnyRecord {
  const fields = Object.keys(RECORD_SCHEMAS[kind].shape)
  return Object.fromEntries(fields.map((field) => [field, (record as Record<string, unknown>)[field]])) as AnyRecord
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function toExchange(doc: WorkshopDoc, exportedBy: string): ExchangeFile {
  const records = Object.fromEntries(
    EXCHANGE_LIST_NAMES.map((name) => {
      const kind = EXCHANGE_LISTS[name]
      const sorted = (Object.values(doc[kind]) as AnyRecord[]).slice().sort(byId)
      return [name, sorted.map((record) => canonicalRecord(kind, record))]
    }),
  ) as ExchangeRecords
  return {
    format: EXCHANGE_FORMAT,
    schemaVersion: EXCHANGE_SCHEMA_VERSION,
    exportedBy,
    workshop: canonicalRecord('workshop', workshopOf(doc)) as ExchangeFile['workshop'],
    records,
  }
}

/** The file's text: UTF-8 JSON without a byte order mark (RFC 8259 says none), ending in a newline. */
export function exchangeText(file: ExchangeFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}
