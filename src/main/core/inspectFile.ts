// Decides whether a file may be opened as a workshop, WITHOUT writing to it or beside it. Memory stays
// bounded whatever the file's size: only the 100-byte header is read into memory; SQLite then checks a
// private copy made by streaming (privateCopy.ts), together with copies of the side files SQLite would use
// (-wal: commits of a session that ended without a checkpoint; -journal: a write that was interrupted).
// On the copy SQLite may recover: roll a hot journal back, replay a -wal. The original is untouched until
// the copy proves it sound. Every refusal is a typed, translatable AppError that names the file.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '@shared/errors'
import { APPLICATION_ID, SCHEMA_VERSION, SQLITE_MAGIC } from './fileFormat'
import { assertNotLockedByOthers } from './fileLock'
import { privateFolder, streamCopy } from './privateCopy'
import { openRegularFile, statRegularFileIfAny, type OpenedFile } from './regularFile'
import { toAppError } from './sqliteErrors'

export interface FileFacts {
  schemaVersion: number
  /**
   * Side files beside the workshop that are not part of it (e.g. a -wal of another database copied next to
   * it): with them SQLite saw something unsound, without them the workshop is healthy. Opening moves them
   * aside (sideFiles.ts); check and info only report them.
   */
  foreignSideFiles: string[]
}

const HEADER_SIZE = 100
/** Far beyond any workshop (the demo with 50 people is ~1 MB; 10,000 notes ~20 MB), and the open
 * workshop is held in memory, so a bigger file is refused before a byte of it is copied. */
export const MAX_WORKSHOP_BYTES = 1024 * 1024 * 1024
/** The side files that hold part of a workshop's content, in the order SQLite reads them. */
export const CONTENT_SIDE_FILES = ['-journal', '-wal'] as const
/** The WAL index: no content, rebuilt by SQLite, but it must be an ordinary file. */
const INDEX_SIDE_FILE = '-shm'

export function fileNameOf(filePath: string): string {
  return path.basename(filePath)
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024))

function checkHeader(main: OpenedFile, file: string): void {
  if (main.stats.size === 0) throw new AppError('empty-file', { file })
  const header = Buffer.alloc(HEADER_SIZE)
  const length = fs.readSync(main.fd, header, 0, HEADER_SIZE, 0)
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) throw new AppError('not-sqlite', { file })
  if (length < HEADER_SIZE) throw new AppError('corrupt', { file }, 'truncated header')
  if (main.stats.size > MAX_WORKSHOP_BYTES) {
    throw new AppError('workshop-too-large', {
      file,
      size: megabytes(main.stats.size),
      limit: megabytes(MAX_WORKSHOP_BYTES),
    })
  }
}

/** The content side files present (non-empty), each refused by type unless an ordinary file. */
function sideFilesOf(filePath: string): string[] {
  statRegularFileIfAny(`${filePath}${INDEX_SIDE_FILE}`)
  return CONTENT_SIDE_FILES.map((suffix) => `${filePath}${suffix}`).filter(
    (side) => (statRegularFileIfAny(side)?.size ?? 0) > 0,
  )
}

/** SQLite errors that mean "these bytes are not a sound database". */
function isCorruption(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? ''
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'
}

/**
 * Refusals that a wrong side file can cause on its own. Not "newer version": a -wal that makes the workshop
 * newer is its own, left by a newer Handlekraft that has it open (or crashed) before its migration reached
 * the file. Reading the older main file alone would show stale content, and opening would move that -wal
 * aside and lose the newer version's last commits; refusing it as newer writes nothing.
 */
function isUnsound(error: unknown): boolean {
  const code = (error as AppError).code
  return code === 'corrupt' || code === 'foreign-file' || code === 'not-sqlite'
}

/** Copies the workshop (and the given side files) to `copy` and lets SQLite check it there. */
function checkCopy(main: OpenedFile, sides: string[], mainPath: string, copy: string, file: string): number {
  for (const suffix of [...CONTENT_SIDE_FILES, INDEX_SIDE_FILE, '']) fs.rmSync(`${copy}${suffix}`, { force: true })
  try {
    streamCopy(main, copy)
    for (const side of sides) {
      const opened = openRegularFile(side)
      try {
        streamCopy(opened, `${copy}${side.slice(mainPath.length)}`)
      } finally {
        opened.close()
      }
    }
  } catch (error) {
    throw toAppError(error, file)
  }
  let db: Database.Database | undefined
  try {
    db = new Database(copy, { fileMustExist: true })
    const applicationId = db.pragma('application_id', { simple: true }) as number
    const userVersion = db.pragma('user_version', { simple: true }) as number
    if (applicationId !== APPLICATION_ID) throw new AppError('foreign-file', { file })
    if (userVersion > SCHEMA_VERSION) {
      throw new AppError('newer-version', { file, found: userVersion, supported: SCHEMA_VERSION })
    }
    const check = db.pragma('quick_check', { simple: true }) as string
    if (check !== 'ok') throw new AppError('corrupt', { file }, check)
    return userVersion
  } catch (error) {
    if (error instanceof AppError) throw error
    if (isCorruption(error)) throw new AppError('corrupt', { file }, String((error as Error).message))
    throw toAppError(error, file)
  } finally {
    db?.close() // checkpoints a replayed -wal into the copy, so the copy is one self-contained file
  }
}

export interface InspectOptions {
  /**
   * Read a workshop that is open (locked) elsewhere too, as the overview of many areas does: the copy is a
   * snapshot of the file and its -wal as they are now, and a copy caught mid-write fails the check as
   * damaged rather than being trusted.
   */
  evenIfOpen?: boolean
}

/**
 * Inspects the workshop at `filePath` on a private copy and hands that checked copy (one closed,
 * self-contained file named like the original) to `use`; the copy is removed afterwards.
 */
export function withInspectedCopy<T>(
  filePath: string,
  use: (copy: string, facts: FileFacts) => T,
  options: InspectOptions = {},
): T {
  const file = fileNameOf(filePath)
  const main = openRegularFile(filePath, file)
  try {
    checkHeader(main, file)
    if (!options.evenIfOpen) assertNotLockedByOthers(filePath, file)
    const sides = sideFilesOf(filePath)
    const folder = privateFolder('handlekraft-inspect-')
    try {
      const copy = path.join(folder.dir, file)
      let facts: FileFacts
      try {
        facts = { schemaVersion: checkCopy(main, sides, filePath, copy, file), foreignSideFiles: [] }
      } catch (error) {
        if (sides.length === 0 || !isUnsound(error)) throw error
        // Unsound together with its side files: is the workshop itself healthy, and only a side file wrong?
        let schemaVersion: number
        try {
          schemaVersion = checkCopy(main, [], filePath, copy, file)
        } catch {
          throw error
        }
        facts = { schemaVersion, foreignSideFiles: sides }
      }
      return use(copy, facts)
    } finally {
      folder.remove()
    }
  } finally {
    main.close()
  }
}

export function inspectWorkshopFile(filePath: string): FileFacts {
  return withInspectedCopy(filePath, (_copy, facts) => facts)
}
