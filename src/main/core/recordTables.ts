// Maps each record kind to its table: columns are the record's fields in snake_case, arrays are stored
// as JSON text. Generic, so adding a field is one migration plus one schema change, nothing else.
import type Database from 'better-sqlite3'
import { RECORD_SCHEMAS, type AnyRecord, type RecordKind } from '@shared/model/records'

const TABLE: Record<RecordKind, string> = {
  workshop: 'workshop',
  participant: 'participant',
  session: 'session',
  category: 'category',
  theme: 'theme',
  actor: 'actor',
  note: 'note',
  zone: 'zone',
  connector: 'connector',
  votingRound: 'voting_round',
  vote: 'vote',
  project: 'project',
  match: 'market_match',
  phase: 'phase',
  projectUpdate: 'project_update',
  liveState: 'live_state',
  presentation: 'presentation',
}

const JSON_FIELDS = new Set(['optionIds', 'memberIds', 'strengthIds', 'ideaIds', 'strategyAreas', 'spotlight', 'frozenView', 'facilitatorView'])
/** SQLite has no booleans: these fields are stored as INTEGER 0/1. */
const BOOLEAN_FIELDS = new Set(['presenting', 'frozen', 'highContrast', 'blanked'])
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

export function fieldsOf(kind: RecordKind): string[] {
  return Object.keys(RECORD_SCHEMAS[kind].shape)
}

/** How one field is read from and written to its column. */
interface FieldCodec {
  field: string
  column: string
  stored: 'json' | 'boolean' | 'plain'
}

/**
 * Each kind's fields with their column names, worked out once: opening a workshop reads every row through
 * these (10,000 notes are 10,000 rows), and deriving the snake_case names per row was most of that time.
 */
const CODECS = new Map<RecordKind, FieldCodec[]>()

function codecsOf(kind: RecordKind): FieldCodec[] {
  let codecs = CODECS.get(kind)
  if (!codecs) {
    codecs = fieldsOf(kind).map((field) => ({
      field,
      column: snake(field),
      stored: JSON_FIELDS.has(field) ? 'json' : BOOLEAN_FIELDS.has(field) ? 'boolean' : 'plain',
    }))
    CODECS.set(kind, codecs)
  }
  return codecs
}

export function tableOf(kind: RecordKind): string {
  return TABLE[kind]
}

export function toRow(kind: RecordKind, record: AnyRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {}
  for (const { field, stored } of codecsOf(kind)) {
    const value = (record as Record<string, unknown>)[field]
    row[field] = stored === 'json' ? JSON.stringify(value) : stored === 'boolean' ? (value ? 1 : 0) : value
  }
  return row
}

export function fromRow(kind: RecordKind, row: Record<string, unknown>): unknown {
  const record: Record<string, unknown> = {}
  for (const { field, column, stored } of codecsOf(kind)) {
    const value = row[column]
    if (stored === 'boolean') record[field] = value === 1 ? true : value === 0 ? false : value
    else record[field] = stored === 'json' && typeof value === 'string' ? JSON.parse(value) : value
  }
  return record
}

/** Prepared insert/update/delete/select statements for one kind, made once per open file. */
export interface KindStatements {
  insert: Database.Statement
  update: Database.Statement
  remove: Database.Statement
  all: Database.Statement
}

export function prepareKind(db: Database.Database, kind: RecordKind): KindStatements {
  const fields = fieldsOf(kind)
  const table = TABLE[kind]
  const columns = fields.map(snake)
  return {
    insert: db.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${fields.map((f) => `@${f}`).join(', ')})`,
    ),
    update: db.prepare(
      `UPDATE ${table} SET ${fields
        .filter((f) => f !== 'id')
        .map((f) => `${snake(f)} = @${f}`)
        .join(', ')} WHERE id = @id`,
    ),
    remove: db.prepare(`DELETE FROM ${table} WHERE id = ?`),
    all: db.prepare(`SELECT * FROM ${table}`),
  }
}
