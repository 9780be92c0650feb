// Builds the demo workshop through a store, command by command, exactly as the UI would. The store may be
// the SQLite WorkshopStore (CLI `demo`, the UI's "Open demo workshop") or an in-memory stand-in (tests).
import type { CommandCall } from '@shared/commands'
import type { WorkshopDoc } from '@shared/model/document'
import type { Language } from '@shared/model/records'
import { demoCommands } from './demoCommands'

/** The part of WorkshopStore the demo needs. */
export interface CommandTarget {
  readonly doc: WorkshopDoc
  apply(call: CommandCall): unknown
}

/**
 * Fills a store that was just created with demoWorkshopArgs(language). Refuses a store that already has
 * people or notes in it, because the demo's fixed ids would collide with them.
 */
export function buildDemo(store: CommandTarget, language: Language): number {
  if (Object.keys(store.doc.participant).length > 0 || Object.keys(store.doc.note).length > 0) {
    throw new Error('buildDemo needs a freshly created, empty workshop')
  }
  const calls = demoCommands(store.doc, language)
  for (const command of calls) store.apply(command)
  return calls.length
}
