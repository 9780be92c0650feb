// One open workshop file. The only writer of .handlekraft files: every command is applied in ONE SQLite
// transaction together with its history entry, and is on disk (WAL, synchronous=FULL) before apply returns.
import fs from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import Database from 'better-sqlite3'
import { createWorkshop, isUndoable, runCommand, type CommandContext } from '@shared/commands'
import { AppError } from '@shared/errors'
import { emptyDoc, type WorkshopDoc } from '@shared/model/document'
import { applyPatch, invertPatch, isEmptyPatch, PatchSchema, type KindDiff, type Patch } from '@shared/model/patch'
import { LIVE_KINDS, RECORD_KINDS, RECORD_SCHEMAS, type AnyRecord, type RecordKind } from '@shared/model/records'
import { backupTo } from './backupTo'
import { acquireLock, assertNotLockedByOthers, type FileLock } from './fileLock'
import { SCHEMA_VERSION } from './fileFormat'
import { fileNameOf, inspectWorkshopFile, withInspectedCopy, type FileFacts } from './inspectFile'
import { migrate } from './migrate'
import { assertNotOnNetworkShare } from './networkPath'
import { privateFolder, type PrivateFolder } from './privateCopy'
import { assertUsablePath } from './safePath'
import { moveAsideForeignSideFiles, type MovedSideFile } from './sideFiles'
import { fromRow, prepareKind, toRow, type KindStatements } from './recordTables'
import { explainWriteFailure, toAppError } from './sqliteErrors'

export type CreateWorkshopArgs = Parameters<typeof createWorkshop.args.parse>[0]

/** A read-only workshop is served from a private copy; `original` is the file the facilitator chose. */
interface ReadOnlyCopy {
  original: string
  folder: PrivateFolder
}

/**
 * Whether this user may change the workshop and make its lock and -wal beside it. A file nobody may write
 * (chmod 444: an archived copy, a colleague's file handed over) was marked read-only on purpose, and that is
 * honoured for root too, whom access() would let write anything.
 */
function canWriteBeside(target: string): boolean {
  try {
    if ((fs.statSync(target).mode & 0o222) === 0) return false
    fs.accessSync(target, fs.constants.W_OK)
    fs.accessSync(path.dirname(target), fs.constants.W_OK)
    return true
  } catch {
    return false
  }
}

export interface Change {
  patch: Patch
  revision: number
}

function now(): CommandContext {
  return { now: new Date().toISOString() }
}

/** Durability: WAL with synchronous=FULL fsyncs the log at every commit, so a returned call survives a power cut. */
function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
}

export class WorkshopStore {
  readonly path: string
  readonly fileName: string
  /** Where the pre-migration copy went, when opening upgraded the file. */
  readonly migrationBackup: string | null
  /** Side files of another database found beside the workshop and moved aside when it was opened. */
  readonly movedAside: MovedSideFile[]
  /** Opened read-only (this user may not change the file): every edit is refused, the rest works. */
  readonly readOnly: boolean
  private readonly readOnlyCopy: ReadOnlyCopy | null
  private readonly db: Database.Database
  private readonly lock: FileLock
  private document: WorkshopDoc
  private currentRevision = 0
  private closed = false
  /** Which file we opened (device + inode), so a file moved or deleted under us is noticed before a write. */
  private readonly opened: FileIdentity | null
  private walIdentity: FileIdentity | null
  /** The file SQLite has open: the workshop itself, or the private copy of a read-only one. */
  private readonly dbPath: string

  private constructor(
    filePath: string,
    db: Database.Database,
    lock: FileLock,
    migrationBackup: string | null,
    movedAside: MovedSideFile[],
    readOnlyCopy: ReadOnlyCopy | null,
  ) {
    this.path = readOnlyCopy?.original ?? filePath
    this.movedAside = movedAside
    this.readOnly = readOnlyCopy !== null
    this.readOnlyCopy = readOnlyCopy
    this.fileName = fileNameOf(filePath)
    this.db = db
    this.lock = lock
    this.migrationBackup = migrationBackup
    this.document = this.load()
    this.opened = identityOf(filePath)
    this.walIdentity = identityOf(`${filePath}-wal`)
    this.dbPath = filePath
  }

  /** Makes a new workshop file. The file appears complete or not at all (built aside, then renamed). */
  static create(filePath: string, args: CreateWorkshopArgs): WorkshopStore {
    assertUsablePath(filePath)
    const target = path.resolve(filePath)
    const file = fileNameOf(target)
    if (fs.existsSync(target)) throw new AppError('file-exists', { file })
    assertNotOnNetworkShare(target)
    if (!fs.existsSync(path.dirname(target))) throw new AppError('not-found', { file: path.basename(path.dirname(target)) })
    const parsed = createWorkshop.args.safeParse(args)
    if (!parsed.success) throw new AppError('invalid-input', {}, parsed.error.message)
    const temporary = path.join(path.dirname(target), `.${file}.${randomUUID()}.tmp`)
    try {
      const db = new Database(temporary)
      try {
        configure(db)
        migrate(db, temporary, 0)
        const patch = createWorkshop.run(emptyDoc(), parsed.data, now())
        db.transaction(() => writePatch(db, patch))()
        db.pragma('wal_checkpoint(TRUNCATE)')
      } finally {
        db.close()
      }
      fs.renameSync(temporary, target)
    } catch (error) {
      fs.rmSync(temporary, { force: true })
      fs.rmSync(`${temporary}-wal`, { force: true })
      fs.rmSync(`${temporary}-shm`, { force: true })
      throw explainWriteFailure(toAppError(error, file), target)
    }
    return WorkshopStore.open(target)
  }

  /**
   * Opens a workshop, refusing (without writing a byte) anything that is not one of ours in good health.
   * A workshop this user may not change (a read-only file or folder: a colleague's share, a CD, an archive)
   * opens read-only: the store works on the inspection's private copy, refuses every edit with
   * `read-only`, and can still be viewed, presented, exported and saved as a copy to edit.
   */
  static open(filePath: string): WorkshopStore {
    assertUsablePath(filePath)
    const target = path.resolve(filePath)
    assertNotOnNetworkShare(target)
    if (!canWriteBeside(target)) return WorkshopStore.openReadOnly(target)
    return WorkshopStore.openInspected(target, inspectWorkshopFile(target))
  }

  /** Opens a private copy that withInspectedCopy has just checked (check, info, export): no second check. */
  static openPrivateCopy(copy: string, facts: FileFacts): WorkshopStore {
    return WorkshopStore.openInspected(copy, { ...facts, foreignSideFiles: [] })
  }

  private static openReadOnly(original: string): WorkshopStore {
    const folder = privateFolder('handlekraft-read-only-')
    try {
      const { copy, facts } = withInspectedCopy(original, (checked, facts) => {
        const kept = path.join(folder.dir, path.basename(checked))
        fs.renameSync(checked, kept) // both in the temporary folder: keep the checked copy itself
        return { copy: kept, facts }
      })
      // Side files of another database stay where they are: nothing beside a read-only file is changed.
      return WorkshopStore.openInspected(copy, { ...facts, foreignSideFiles: [] }, { original, folder })
    } catch (error) {
      folder.remove()
      throw error
    }
  }

  private static openInspected(target: string, facts: FileFacts, readOnly?: ReadOnlyCopy): WorkshopStore {
    const file = fileNameOf(target)
    const lock = acquireLock(target, file)
    let db: Database.Database | undefined
    try {
      const movedAside = moveAsideForeignSideFiles(facts.foreignSideFiles)
      db = new Database(target, { fileMustExist: true })
      configure(db)
      const backup = migrate(db, target, facts.schemaVersion)
      return new WorkshopStore(target, db, lock, readOnly ? null : backup, movedAside, readOnly ?? null)
    } catch (error) {
      db?.close()
      lock.release()
      throw toAppError(error, file)
    }
  }

  get doc(): WorkshopDoc {
    return this.document
  }

  get revision(): number {
    return this.currentRevision
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number
  }

  // The history is always [done …][undone …] (a new command drops the undone tail), so its first and last
  // rows answer these by primary key: no scan of a long history on every edit.
  canUndo(): boolean {
    const first = this.db.prepare('SELECT undone FROM history ORDER BY seq ASC LIMIT 1').get() as
      | { undone: number }
      | undefined
    return !this.readOnly && first?.undone === 0
  }

  canRedo(): boolean {
    const last = this.db.prepare('SELECT undone FROM history ORDER BY seq DESC LIMIT 1').get() as
      | { undone: number }
      | undefined
    return !this.readOnly && last?.undone === 1
  }

  /**
   * Runs a command, stores its patch and its history entry in one transaction, and returns the patch.
   * `fromRoom`: a participant's own act on their phone (joining, a dot, "I want to help"): stored like any edit
   * but kept out of the facilitator's undo history — Ctrl+Z must never take back someone else's dot.
   */
  apply(call: { name: string; args: unknown }, options: { fromRoom?: boolean } = {}): Change {
    this.assertOpen()
    const undoable = isUndoable(call.name) && !options.fromRoom
    // A read-only workshop can still be presented: the room's live state (timer, projector) changes the
    // private copy only; every edit of the workshop itself is refused.
    if (isUndoable(call.name)) this.assertWritable()
    const patch = runCommand(this.document, call, now())
    if (isEmptyPatch(patch)) return { patch, revision: this.currentRevision }
    assertKeepsLiveStateApart(call.name, patch, isUndoable(call.name))
    this.write(() => {
      writePatch(this.db, patch)
      if (!undoable) return
      this.db.prepare('DELETE FROM history WHERE undone = 1').run()
      this.db
        .prepare('INSERT INTO history (command, patch, created_at) VALUES (?, ?, ?)')
        .run(call.name, JSON.stringify(patch), now().now)
    })
    return this.advance(patch)
  }

  undo(): Change {
    return this.replay('undo')
  }

  redo(): Change {
    return this.replay('redo')
  }

  /** Undo applies the newest done entry's inverse; redo re-applies the oldest undone entry (the redo tail). */
  private replay(direction: 'undo' | 'redo'): Change {
    this.assertOpen()
    this.assertWritable()
    const undo = direction === 'undo'
    const entry = this.db
      .prepare(`SELECT seq, patch FROM history WHERE undone = ? ORDER BY seq ${undo ? 'DESC' : 'ASC'} LIMIT 1`)
      .get(undo ? 0 : 1) as { seq: number; patch: string } | undefined
    if (!entry) throw new AppError('nothing-to-undo')
    const stored = this.storedPatch(entry.patch)
    const patch = undo ? invertPatch(stored) : stored
    this.write(() => {
      writePatch(this.db, patch)
      this.db.prepare('UPDATE history SET undone = ? WHERE seq = ?').run(undo ? 1 : 0, entry.seq)
    })
    return this.advance(patch)
  }

  /** A consistent copy of the workshop at `destination` (VACUUM INTO), including its undo history. */
  saveCopy(destination: string, options: { replace?: boolean } = {}): string {
    this.assertOpen()
    assertUsablePath(destination)
    const target = path.resolve(destination)
    const file = fileNameOf(target)
    if (target === this.path) throw new AppError('file-exists', { file })
    if (fs.existsSync(target)) {
      // Replace only when the facilitator confirmed it (the system save dialog asks), and only an ordinary
      // file that no one has open: never a folder, a device (root could replace /dev/null) or a live workshop.
      if (!options.replace || !fs.lstatSync(target).isFile()) throw new AppError('file-exists', { file })
      assertNotLockedByOthers(target, file)
    }
    try {
      backupTo(this.db, target)
      // A -wal or -shm left beside a replaced workshop belongs to the old file and would corrupt the copy.
      for (const sidecar of [`${target}-wal`, `${target}-shm`]) fs.rmSync(sidecar, { force: true })
    } catch (error) {
      throw explainWriteFailure(toAppError(error, file), target)
    }
    return target
  }

  /** Full integrity check plus our own invariants; an empty list means the file is healthy. */
  integrityProblems(): string[] {
    const problems: string[] = []
    const integrity = this.db.pragma('integrity_check') as { integrity_check: string }[]
    for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(row.integrity_check)
    const foreignKeys = this.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]
    for (const row of foreignKeys) problems.push(`foreign key: ${row.table} row ${row.rowid} -> ${row.parent}`)
    if (this.schemaVersion !== SCHEMA_VERSION) problems.push(`schema version ${this.schemaVersion} != ${SCHEMA_VERSION}`)
    return problems
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    try {
      this.db.close() // the last connection checkpoints the WAL into the file
    } finally {
      this.lock.release()
      this.readOnlyCopy?.folder.remove()
    }
  }

  private write(work: () => void): void {
    try {
      this.ensureFilesInPlace()
      this.db.transaction(work)()
    } catch (error) {
      throw explainWriteFailure(toAppError(error, this.fileName), this.path)
    }
  }

  /**
   * SQLite keeps writing through its open file handles even when the files are gone from the folder, so a
   * command would be acknowledged and then lost: a deleted or moved workshop takes every later change with
   * it, and a deleted -wal loses everything since the last checkpoint at the next crash. So before each
   * write: a workshop no longer at its path refuses the write (the UI can still "Save a copy", which reads
   * through the open connection); a missing or replaced -wal is healed by checkpointing everything into the
   * workshop file and starting a fresh -wal at the right path.
   */
  private ensureFilesInPlace(): void {
    const now = identityOf(this.dbPath)
    if (!now || !sameFile(now, this.opened)) {
      throw new AppError('not-found', { file: this.fileName }, 'the workshop file was moved or deleted while open')
    }
    if (this.walIdentity && sameFile(identityOf(`${this.dbPath}-wal`), this.walIdentity)) return
    this.db.pragma('wal_checkpoint(TRUNCATE)')
    this.db.pragma('journal_mode = DELETE') // closes and removes whatever -wal is at the path now
    this.db.pragma('journal_mode = WAL')
    this.db.prepare('SELECT 1 FROM workshop LIMIT 1').get() // a read opens the new -wal
    this.walIdentity = identityOf(`${this.dbPath}-wal`)
  }

  private advance(patch: Patch): Change {
    this.document = applyPatch(this.document, patch)
    this.currentRevision += 1
    return { patch, revision: this.currentRevision }
  }

  private storedPatch(json: string): Patch {
    const parsed = PatchSchema.safeParse(JSON.parse(json))
    if (!parsed.success) throw new AppError('corrupt', { file: this.fileName }, 'unreadable history entry')
    return parsed.data
  }

  private assertWritable(): void {
    if (this.readOnly) throw new AppError('read-only', { file: this.fileName })
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('not-open', { file: this.fileName })
  }

  /** Reads every table into memory, validating each record so a damaged file is refused, not half-shown. */
  private load(): WorkshopDoc {
    const doc = emptyDoc() as Record<RecordKind, Record<string, AnyRecord>>
    for (const kind of RECORD_KINDS) {
      for (const row of statementsFor(this.db, kind).all.all() as Record<string, unknown>[]) {
        const parsed = RECORD_SCHEMAS[kind].safeParse(fromRow(kind, row))
        if (!parsed.success) throw new AppError('corrupt', { file: this.fileName }, `bad ${kind} record`)
        doc[kind][parsed.data.id] = parsed.data
      }
    }
    if (!doc.workshop.workshop) throw new AppError('corrupt', { file: this.fileName }, 'no workshop record')
    return doc as WorkshopDoc
  }
}

interface FileIdentity {
  dev: number
  ino: number
}

function identityOf(filePath: string): FileIdentity | null {
  try {
    const stats = fs.statSync(filePath)
    return { dev: stats.dev, ino: stats.ino }
  } catch {
    return null
  }
}

function sameFile(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino
}

/**
 * Undo replays stored patches, so it is only sound if undoable commands never touch live state (the timer)
 * and live-state commands touch nothing else. A command breaking that is a programming error: refuse it.
 */
function assertKeepsLiveStateApart(name: string, patch: Patch, undoable: boolean): void {
  for (const kind of Object.keys(patch) as RecordKind[]) {
    if (LIVE_KINDS.includes(kind) === undoable) {
      throw new AppError('internal', {}, `command ${name} (undoable: ${undoable}) may not change ${kind}`)
    }
  }
}

/** Writes a patch's rows. Foreign keys are checked at commit, so the order of kinds does not matter. */
function writePatch(db: Database.Database, patch: Patch): void {
  db.pragma('defer_foreign_keys = ON')
  for (const kind of RECORD_KINDS) {
    const diff = patch[kind] as KindDiff<AnyRecord> | undefined
    if (!diff) continue
    const statements = statementsFor(db, kind)
    for (const record of diff.removed) statements.remove.run(record.id)
    for (const [, after] of diff.updated) statements.update.run(toRow(kind, after))
    for (const record of diff.added) statements.insert.run(toRow(kind, record))
  }
}

const statementCache = new WeakMap<Database.Database, Partial<Record<RecordKind, KindStatements>>>()
function statementsFor(db: Database.Database, kind: RecordKind): KindStatements {
  let cache = statementCache.get(db)
  if (!cache) statementCache.set(db, (cache = {}))
  return (cache[kind] ??= prepareKind(db, kind))
}
