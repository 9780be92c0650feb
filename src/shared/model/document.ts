// The whole workshop in memory: one map per record kind, keyed by id. Main loads it from SQLite; the
// renderer mirrors it and keeps it current with patches.
import { z } from 'zod'
import { RECORD_KINDS, RECORD_SCHEMAS, WORKSHOP_ID, type RecordKind, type RecordOf, type Workshop } from './records'

export type WorkshopDoc = { [K in RecordKind]: Record<string, RecordOf<K>> }

export function emptyDoc(): WorkshopDoc {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, {}])) as unknown as WorkshopDoc
}

export function workshopOf(doc: WorkshopDoc): Workshop {
  const workshop = doc.workshop[WORKSHOP_ID]
  if (!workshop) throw new Error('document has no workshop record')
  return workshop
}

export function recordsOf<K extends RecordKind>(doc: Pick<WorkshopDoc, K>, kind: K): RecordOf<K>[] {
  return Object.values(doc[kind]) as RecordOf<K>[]
}

export const WorkshopDocSchema = z.object(
  Object.fromEntries(RECORD_KINDS.map((kind) => [kind, z.record(z.string(), RECORD_SCHEMAS[kind])])) as {
    [K in RecordKind]: z.ZodRecord<z.ZodString, (typeof RECORD_SCHEMAS)[K]>
  },
)
