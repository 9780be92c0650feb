// Decides whether a file may be opened as a workshop, WITHOUT writing to it: the checks run on the raw
// header bytes and through a read-only connection. Every refusal is a typed, translatable AppError.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '@shared/errors'
import { APPLICATION_ID, SCHEMA_VERSION, SQLITE_MAGIC } from './fileFormat'

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

function readHeader(filePath: string): Buffer {
  const fd = fs.openSync(filePath, 'r')
  try {
    const header = Buffer.alloc(HEADER_SIZE)
    const read = fs.readSync(fd, header, 0, HEADER_SIZE, 0)
    return header.subarray(0, read)
  } finally {
    fs.closeSync(fd)
  }
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

  const header = readHeader(filePath)
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) throw new AppError('not-sqlite', { file })
  if (header.length < HEADER_SIZE) throw new AppError('corrupt', { file }, 'truncated header')

  let db: Database.Database | undefined
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true })
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
  }
}
