// Decides whether a file may be opened as a workshop, WITHOUT writing to it or beside it: the checks run
// on the raw header bytes and on an in-memory copy of the file (a read-only connection to a WAL file
// would still create -wal and -shm files next to it). Every refusal is a typed, translatable AppError.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '@shared/errors'
import { APPLICATION_ID, SCHEMA_VERSION, SQLITE_MAGIC } from './fileFormat'
import { assertNotLockedByOthers } from './fileLock'

export interface FileFacts {
  schemaVersion: number
}

const HEADER_SIZE = 100

export function fileNameOf(filePath: string): string {
  return path.basename(filePath)
}

function statOrRefuse(filePath: string): fs.Stats {
  const file = fileNameOf(filePath)
  try {
    return fs.statSync(filePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AppError('not-found', { file })
    if (code === 'EACCES' || code === 'EPERM') throw new AppError('read-only', { file })
    throw error
  }
}

/** The file's bytes as an image SQLite can open in memory: WAL mode (header bytes 18-19 = 2) cannot be
 * deserialized, so the copy is marked as a rollback-journal database. The file itself is not touched. */
function inMemoryImage(bytes: Buffer): Buffer {
  const image = Buffer.from(bytes)
  if (image[18] === 2) image[18] = 1
  if (image[19] === 2) image[19] = 1
  return image
}

/** SQLite errors that mean "these bytes are not a sound database". */
function isCorruption(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? ''
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'
}

export function inspectWorkshopFile(filePath: string): FileFacts {
  const file = fileNameOf(filePath)
  const stats = statOrRefuse(filePath)
  if (stats.isDirectory()) throw new AppError('is-directory', { file })
  if (!stats.isFile()) throw new AppError('not-sqlite', { file })
  if (stats.size === 0) throw new AppError('empty-file', { file })

  const bytes = fs.readFileSync(filePath)
  if (bytes.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) throw new AppError('not-sqlite', { file })
  if (bytes.length < HEADER_SIZE) throw new AppError('corrupt', { file }, 'truncated header')
  assertNotLockedByOthers(filePath, file)

  const wal = `${filePath}-wal`
  const hasWal = fs.existsSync(wal) && fs.statSync(wal).size > 0
  let db: Database.Database | undefined
  let scratch: string | null = null
  try {
    if (hasWal) {
      // A -wal with content (the last session ended without a full checkpoint: a crash, a full disk) is part
      // of the workshop: the main file alone may be half-checkpointed and look damaged. Check the pair as
      // SQLite will see it, on a private copy, so nothing is written beside the original.
      scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-inspect-'))
      const copy = path.join(scratch, 'inspect.db')
      fs.writeFileSync(copy, bytes)
      fs.copyFileSync(wal, `${copy}-wal`)
      db = new Database(copy, { fileMustExist: true })
    } else {
      db = new Database(inMemoryImage(bytes), { readonly: true })
    }
    const applicationId = db.pragma('application_id', { simple: true }) as number
    const userVersion = db.pragma('user_version', { simple: true }) as number
    if (applicationId !== APPLICATION_ID) throw new AppError('foreign-file', { file })
    if (userVersion > SCHEMA_VERSION) {
      throw new AppError('newer-version', { file, found: userVersion, supported: SCHEMA_VERSION })
    }
    const check = db.pragma('quick_check', { simple: true }) as string
    if (check !== 'ok') throw new AppError('corrupt', { file }, check)
    return { schemaVersion: userVersion }
  } catch (error) {
    if (error instanceof AppError) throw error
    if (isCorruption(error)) throw new AppError('corrupt', { file }, String((error as Error).message))
    const code = (error as { code?: string }).code ?? ''
    if (code === 'SQLITE_BUSY') throw new AppError('already-open', { file })
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') throw new AppError('read-only', { file })
    throw error
  } finally {
    db?.close()
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true })
  }
}
