// Import of an exchange file into a NEW workshop file. Two steps, so the caller can pick the file name from
// the workshop's title: readImport checks everything and writes nothing; writeImportedWorkshop builds the
// file beside its target under a temporary name, opens it once through the store (which validates every
// record and the foreign keys), and only then renames it into place. A failure anywhere leaves no file.
import fs from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import Database from 'better-sqlite3'
import { AppError, isAppError } from '@shared/errors'
import { importRefused } from '@shared/exchange/exchangeProblem'
import { documentProblems } from '@shared/invariants'
import { exchangeToDoc } from '@shared/exchange/fromExchange'
import { parseExchangeText } from '@shared/exchange/parseExchange'
import { workshopOf, type WorkshopDoc } from '@shared/model/document'
import { RECORD_KINDS, type AnyRecord } from '@shared/model/records'
import { fileNameOf } from '../core/inspectFile'
import { migrate } from '../core/migrate'
import { assertNotOnNetworkShare } from '../core/networkPath'
import { prepareKind, toRow } from '../core/recordTables'
import { assertUsablePath } from '../core/safePath'
import { explainWriteFailure, toAppError } from '../core/sqliteErrors'
import { WorkshopStore } from '../core/workshopStore'
import { readExchangeFile } from './readExchangeFile'

export interface ReadImport {
  doc: WorkshopDoc
  title: string
}

/** Reads and checks an exchange file; a refusal names the file. Writes nothing. */
export function readImport(source: string, maxBytes?: number): ReadImport {
  const file = path.basename(source)
  try {
    const doc = exchangeToDoc(parseExchangeText(readExchangeFile(source, maxBytes)))
    assertKeepsRules(doc)
    return { doc, title: workshopOf(doc).title }
  } catch (error) {
    if (isAppError(error) && error.code === 'bad-import' && error.params.file === undefined) {
      throw new AppError(error.code, { ...error.params, file }, error.detail)
    }
    throw error
  }
}

/**
 * The rules every command keeps (src/shared/invariants) hold for an import too: a file the app would never have
 * written (more dots than a round allows, a status its follow-ups contradict, a theme named " Trafik") is
 * refused naming the first record that breaks one, before anything is written.
 */
function assertKeepsRules(doc: WorkshopDoc): void {
  const problem = documentProblems(doc)[0]
  if (!problem) return
  const { rule, kind, id, params } = problem
  throw importRefused('breaks-rule', { ...params, rule, kind, id }, `${rule} at ${kind} ${id}`)
}

/** Writes `doc` as a new workshop file at `target`, never over an existing file. Returns the full path. */
export function writeImportedWorkshop(doc: WorkshopDoc, target: string): string {
  assertUsablePath(target)
  const destination = path.resolve(target)
  const file = fileNameOf(destination)
  if (fs.existsSync(destination)) throw new AppError('file-exists', { file })
  assertNotOnNetworkShare(destination)
  if (!fs.existsSync(path.dirname(destination))) {
    throw new AppError('not-found', { file: path.basename(path.dirname(destination)) })
  }
  const temporary = path.join(path.dirname(destination), `.${file}.${randomUUID()}.tmp`)
  try {
    writeRecords(temporary, doc)
    // The store's own open is the check: every record against its schema, integrity and foreign keys.
    const store = WorkshopStore.open(temporary)
    try {
      const problems = store.integrityProblems()
      if (problems.length > 0) throw importRefused('invalid-value', { where: 'records', file }, problems.join('; '))
    } finally {
      store.close()
    }
    if (fs.existsSync(destination)) throw new AppError('file-exists', { file })
    fs.renameSync(temporary, destination)
    return destination
  } catch (error) {
    for (const leftover of [temporary, `${temporary}-wal`, `${temporary}-shm`, `${temporary}.lock`]) {
      fs.rmSync(leftover, { force: true })
    }
    const code = (error as { code?: string }).code ?? ''
    // The schema's CHECK constraints agree with the zod schemas, so this means a bug; still, refuse clearly.
    if (code.startsWith('SQLITE_CONSTRAINT')) throw importRefused('invalid-value', { where: 'records', file }, code)
    throw explainWriteFailure(toAppError(error, file), destination)
  }
}

/** A fresh file with the current schema and every record, in one transaction; no undo history. */
function writeRecords(filePath: string, doc: WorkshopDoc): void {
  const db = new Database(filePath)
  try {
    db.pragma('foreign_keys = ON')
    migrate(db, filePath, 0)
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON')
      for (const kind of RECORD_KINDS) {
        const insert = prepareKind(db, kind).insert
        for (const record of Object.values(doc[kind]) as AnyRecord[]) insert.run(toRow(kind, record))
      }
    })()
  } finally {
    db.close()
  }
}
