// A command is a pure function from (document, arguments, context) to a patch. Main runs it, stores the
// patch in one transaction and keeps its inverse for undo; the renderer may run it too, optimistically.
import type { z } from 'zod'
import { AppError } from '../errors'
import type { WorkshopDoc } from '../model/document'
import type { Patch } from '../model/patch'

export interface CommandContext {
  /** ISO timestamp of the moment the command is applied; passed in so commands stay pure. */
  now: string
}

export interface CommandDefinition<A extends z.ZodType = z.ZodType> {
  name: string
  args: A
  run(doc: WorkshopDoc, args: z.infer<A>, ctx: CommandContext): Patch
  /**
   * false for commands that change only the live state of the room (timer, current phase): they are stored
   * but kept out of the undo history, so Ctrl+Z undoes the facilitator's last edit, not a timer click.
   */
  undoable?: false
}

export function defineCommand<A extends z.ZodType>(definition: CommandDefinition<A>): CommandDefinition<A> {
  return definition
}

/** Refuses a command whose arguments are well-formed but do not fit the document (unknown id, too many dots). */
export function reject(reason: string, params: Record<string, string | number> = {}): never {
  throw new AppError('command-rejected', { reason, ...params }, reason)
}

export function requireRecord<T>(records: Record<string, T>, id: string, what: string): T {
  const record = records[id]
  if (!record) reject('unknown-record', { what, id })
  return record
}
