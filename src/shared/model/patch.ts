// A patch says what a command changed, per record kind (tldraw's RecordsDiff): records added, records
// updated as [before, after], records removed. Because it carries "before", it can be inverted for undo.
import { z } from 'zod'
import type { WorkshopDoc } from './document'
import { RECORD_KINDS, RECORD_SCHEMAS, type AnyRecord, type RecordKind, type RecordOf } from './records'

export interface KindDiff<R> {
  added: R[]
  updated: [before: R, after: R][]
  removed: R[]
}
export type Patch = { [K in RecordKind]?: KindDiff<RecordOf<K>> }

export const PatchSchema = z.object(
  Object.fromEntries(
    RECORD_KINDS.map((kind) => {
      const record = RECORD_SCHEMAS[kind]
      return [
        kind,
        z
          .object({
            added: z.array(record),
            updated: z.array(z.tuple([record, record])),
            removed: z.array(record),
          })
          .optional(),
      ]
    }),
  ),
) as unknown as z.ZodType<Patch>

export function isEmptyPatch(patch: Patch): boolean {
  return RECORD_KINDS.every((kind) => {
    const diff = patch[kind]
    return !diff || (diff.added.length === 0 && diff.updated.length === 0 && diff.removed.length === 0)
  })
}

export function invertPatch(patch: Patch): Patch {
  const inverse: Patch = {}
  for (const kind of RECORD_KINDS) {
    const diff = patch[kind] as KindDiff<AnyRecord> | undefined
    if (!diff) continue
    ;(inverse as Record<string, KindDiff<AnyRecord>>)[kind] = {
      added: [...diff.removed],
      updated: diff.updated.map(([before, after]) => [after, before]),
      removed: [...diff.added],
    }
  }
  return inverse
}

/** Applies a patch to a document and returns the new document; the input is not changed. */
export function applyPatch(doc: WorkshopDoc, patch: Patch): WorkshopDoc {
  const next = { ...doc }
  for (const kind of RECORD_KINDS) {
    const diff = patch[kind] as KindDiff<AnyRecord> | undefined
    if (!diff) continue
    const records = { ...(doc[kind] as Record<string, AnyRecord>) }
    for (const record of diff.removed) delete records[record.id]
    for (const [, after] of diff.updated) records[after.id] = after
    for (const record of diff.added) records[record.id] = record
    ;(next as Record<string, Record<string, AnyRecord>>)[kind] = records
  }
  return next
}

/** Builds patches without repeating the bookkeeping in every command. */
export class PatchBuilder {
  private readonly patch: Patch = {}

  private diff<K extends RecordKind>(kind: K): KindDiff<RecordOf<K>> {
    const existing = this.patch[kind]
    if (existing) return existing as KindDiff<RecordOf<K>>
    const created: KindDiff<RecordOf<K>> = { added: [], updated: [], removed: [] }
    ;(this.patch as Record<string, unknown>)[kind] = created
    return created
  }

  add<K extends RecordKind>(kind: K, record: RecordOf<K>): this {
    this.diff(kind).added.push(record)
    return this
  }

  update<K extends RecordKind>(kind: K, before: RecordOf<K>, after: RecordOf<K>): this {
    this.diff(kind).updated.push([before, after])
    return this
  }

  remove<K extends RecordKind>(kind: K, record: RecordOf<K>): this {
    this.diff(kind).removed.push(record)
    return this
  }

  build(): Patch {
    return this.patch
  }
}
