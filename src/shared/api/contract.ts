// The one API contract: method name -> input and output schema. Main registers a handler per method,
// the Electron preload and the browser shell's web bridge are generated from the same table.
import { z } from 'zod'
import { CommandCall } from '../commands'
import { AppErrorShape } from '../errors'
import { WorkshopDocSchema } from '../model/document'
import { PatchSchema } from '../model/patch'
import { IsoDate, Language, Template, Text } from '../model/records'
import { OverviewEntrySchema } from '../overview/overviewSchema'
import { PngOptions, ReportOptions } from '../report/reportOptions'
import { PRESENCE_API, PresenceEvent } from '../presence/presence'
import { ROOM_FACILITATOR_API, RoomEvent } from '../room/contract'
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type ApiMethodName } from './methodNames'

/** A path on the machine running main. Long enough for real paths, short enough to refuse garbage. */
export const FilePath = z.string().min(1).max(4096)
const WorkshopHandle = z.string().min(1).max(64)

export const WorkshopSnapshot = z.object({
  /** The handle every later call names; the same file open twice in one process gives the same handle. */
  workshopId: WorkshopHandle,
  path: FilePath,
  revision: z.number().int().min(0),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  doc: WorkshopDocSchema,
  /** This user may not change the file (a read-only file, share or CD): view, present, export, save a copy. */
  readOnly: z.boolean().default(false),
  /** Side files of another database that were found beside the workshop and moved aside (their new names). */
  movedAside: z.array(z.object({ file: z.string(), movedTo: z.string() })).default([]),
})
export type WorkshopSnapshot = z.infer<typeof WorkshopSnapshot>

export const RecentEntry = z.object({
  path: FilePath,
  title: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
})
export type RecentEntry = z.infer<typeof RecentEntry>

/**
 * What apply, undo and redo answer: the change itself and the revision it made, so the calling view shows it
 * at once instead of waiting for the broadcast (which still tells every other view). An empty patch means
 * nothing changed and the revision stayed.
 */
export const Applied = z.object({
  revision: z.number().int().min(0),
  patch: PatchSchema,
  canUndo: z.boolean(),
  canRedo: z.boolean(),
})
export type Applied = z.infer<typeof Applied>
const Nothing = z.object({}).strict()

export const API = {
  'app.info': {
    input: Nothing,
    output: z.object({
      version: z.string(),
      shell: z.enum(['electron', 'browser']),
      /** The OS locale, so the UI can start in Danish on a Danish machine. */
      locale: z.string(),
      workshopsFolder: FilePath,
      /** Electron has native file dialogs; the browser shell asks for a path instead. */
      nativeDialogs: z.boolean(),
    }),
  },
  'workshop.create': {
    input: z
      .object({
        title: Text(200).trim().min(1),
        language: Language,
        template: Template.default('blank'),
        place: Text(200).default(''),
        facilitator: Text(200).default(''),
        /** Where to save; without it a new file is made in the workshops folder, named after the title. */
        path: FilePath.optional(),
        /** A folder to make the new file in, named after the title (the New workshop dialog's choice); it must exist. */
        folder: FilePath.optional(),
      })
      .strict(),
    output: WorkshopSnapshot,
  },
  'workshop.open': { input: z.object({ path: FilePath }).strict(), output: WorkshopSnapshot },
  'workshop.openDemo': { input: z.object({ language: Language }).strict(), output: WorkshopSnapshot },
  'workshop.snapshot': { input: z.object({ workshopId: WorkshopHandle }).strict(), output: WorkshopSnapshot },
  'workshop.close': { input: z.object({ workshopId: WorkshopHandle }).strict(), output: Nothing },
  'workshop.recent': { input: Nothing, output: z.array(RecentEntry) },
  'workshop.saveCopy': {
    input: z
      .object({
        workshopId: WorkshopHandle,
        path: FilePath,
        /** Replace an existing file at `path`: only after the facilitator confirmed it (the system dialog asks). */
        replace: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ path: FilePath }),
  },
  'workshop.apply': {
    input: z.object({ workshopId: WorkshopHandle, command: CommandCall }).strict(),
    output: Applied,
  },
  'workshop.undo': { input: z.object({ workshopId: WorkshopHandle }).strict(), output: Applied },
  'workshop.redo': { input: z.object({ workshopId: WorkshopHandle }).strict(), output: Applied },
  /** Present: Electron opens the projector window itself (external display, full screen); the browser shell cannot and says so. */
  'presentation.openProjector': {
    input: z.object({ workshopId: WorkshopHandle }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
  /**
   * Browser shell: an address that opens this workshop's projector in any browser on this computer (typed or
   * pasted, not only the window the button opens). It carries a fresh one-time entry code that expires after
   * `expiresInMs`, never the session token. Null in Electron, where the projector is a window of the app.
   */
  'presentation.projectorAddress': {
    input: z.object({ workshopId: WorkshopHandle }).strict(),
    output: z.object({ address: z.string().nullable(), expiresInMs: z.number().int().min(0).nullable() }),
  },
  /** Data exports and import (issue 5, docs/json-format.md); export files are written aside, then renamed. */
  'workshop.exportJson': {
    input: z.object({ workshopId: WorkshopHandle, path: FilePath, replace: z.boolean().default(false) }).strict(),
    output: z.object({ path: FilePath, bytes: z.number().int().min(0) }),
  },
  'workshop.exportCsv': {
    input: z.object({ workshopId: WorkshopHandle, folder: FilePath, replace: z.boolean().default(false) }).strict(),
    output: z.object({ folder: FilePath, files: z.array(FilePath) }),
  },
  /** A NEW workshop file from a JSON export (never over an existing file), opened; `target` defaults to the workshops folder. */
  'workshop.importJson': {
    input: z.object({ path: FilePath, target: FilePath.optional() }).strict(),
    output: WorkshopSnapshot,
  },
  'dialog.chooseExchangeFile': {
    input: z
      .object({
        purpose: z.enum(['export-json', 'export-csv', 'import-json']),
        suggestedName: z.string().max(200).optional(),
      })
      .strict(),
    output: z.object({ path: FilePath.nullable() }),
  },
  /** The PDF report and the board picture (issue 5), made by the shell's printer; written aside, then renamed. */
  'workshop.exportPdf': {
    input: z
      .object({
        workshopId: WorkshopHandle,
        path: FilePath,
        options: ReportOptions,
        replace: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ path: FilePath, pages: z.number().int().min(0), bytes: z.number().int().min(0) }),
  },
  'workshop.exportPng': {
    input: z
      .object({ workshopId: WorkshopHandle, path: FilePath, options: PngOptions, replace: z.boolean().default(false) })
      .strict(),
    output: z.object({
      path: FilePath,
      width: z.number().int().min(0),
      height: z.number().int().min(0),
      bytes: z.number().int().min(0),
    }),
  },
  'dialog.chooseWorkshop': {
    /** 'folder': where a new workshop goes (the New workshop dialog); answers the chosen folder. */
    input: z
      .object({ purpose: z.enum(['open', 'save', 'folder']), suggestedName: z.string().max(200).optional() })
      .strict(),
    output: z.object({ path: FilePath.nullable() }),
  },
  /** The room: participants' phones (issue 13, src/shared/room/contract.ts). */
  ...ROOM_FACILITATOR_API,
  /** Presence: the facilitator's moving view and the room's live counts, memory only (src/shared/presence). */
  ...PRESENCE_API,
  /** Overview of many workshops (issue 14): folders become their workshop files, then files are read in batches
   * (so the screen can show progress), each from a private copy; a file that cannot be read comes back with its
   * reason in `language`. The exports read the files again, so they show what is on disk now. */
  'overview.list': {
    input: z.object({ paths: z.array(FilePath).min(1).max(500), recursive: z.boolean().default(false) }).strict(),
    output: z.object({ files: z.array(FilePath) }),
  },
  'overview.read': {
    input: z.object({ files: z.array(FilePath).min(1).max(50), today: IsoDate, language: Language }).strict(),
    output: z.object({ entries: z.array(OverviewEntrySchema) }),
  },
  'overview.exportPdf': {
    input: z
      .object({
        files: z.array(FilePath).min(1).max(2000),
        today: IsoDate,
        language: Language,
        path: FilePath,
        replace: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ path: FilePath, pages: z.number().int().min(0), bytes: z.number().int().min(0) }),
  },
  'overview.exportCsv': {
    input: z
      .object({
        files: z.array(FilePath).min(1).max(2000),
        today: IsoDate,
        language: Language,
        folder: FilePath,
        replace: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ folder: FilePath, files: z.array(FilePath) }),
  },
} as const

export type ApiMethod = keyof typeof API
export type ApiInput<M extends ApiMethod> = z.input<(typeof API)[M]['input']>
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof API)[M]['input']>
export type ApiOutput<M extends ApiMethod> = z.output<(typeof API)[M]['output']>

/** What main pushes to every open view. A view that sees a gap in revisions asks for a snapshot. */
export const ApiEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('patch'),
    workshopId: WorkshopHandle,
    revision: z.number().int(),
    patch: PatchSchema,
    canUndo: z.boolean(),
    canRedo: z.boolean(),
  }),
  z.object({ type: z.literal('closed'), workshopId: WorkshopHandle }),
  /** A facilitator's window opened (or created) a workshop: a projector left on "closed" comes back to it. */
  z.object({ type: z.literal('opened'), workshopId: WorkshopHandle, path: FilePath }),
  /** The room changed (joins, connections, inbox); a projector gets it without people or inbox. */
  RoomEvent,
  /** Presence changed (the facilitator's view moved, phones came or went): memory only, never a revision. */
  PresenceEvent,
])
export type ApiEvent = z.infer<typeof ApiEvent>

/** Every call answers with either a result or a typed error; transports carry this envelope as is. */
export type ApiResult<M extends ApiMethod> = { ok: true; value: ApiOutput<M> } | { ok: false; error: AppErrorShape }

/** The object both shells give the renderer: one async function per method, plus event subscription. */
export type HandlekraftApi = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<M>>
} & {
  onEvent(listener: (event: ApiEvent) => void): () => void
}

// Compile-time check that the preload's name list and this contract name the same methods.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const CONTRACT_MATCHES_NAMES: SameKeys<ApiMethod, ApiMethodName> = true

export { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL }
