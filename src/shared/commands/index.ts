// The command table: name -> definition. Main looks commands up here; the API accepts only these names.
import { z } from 'zod'
import { addConnector } from './addConnector'
import { addItems } from './addItems'
import { addNotes } from './addNotes'
import { addParticipants } from './addParticipants'
import { addProject } from './addProject'
import { addSession } from './addSession'
import type { CommandContext, CommandDefinition } from './command'
import { createTheme } from './createTheme'
import { createWorkshop } from './createWorkshop'
import { deleteItems } from './deleteItems'
import { moveItems } from './moveItems'
import { recordVotes } from './recordVotes'
import { recordPaperDots } from './recordPaperDots'
import { takeBackVotes } from './takeBackVotes'
import { renameParticipant } from './renameParticipant'
import { removeParticipant } from './removeParticipant'
import { renameTheme } from './renameTheme'
import { setRoundStatus } from './setRoundStatus'
import { startVotingRound } from './startVotingRound'
import { updateConnector } from './updateConnector'
import { updateNotes } from './updateNotes'
import { updateProject } from './updateProject'
import { updateWorkshop } from './updateWorkshop'
import { updateZones } from './updateZones'
import { addPhase } from './addPhase'
import { updatePhase } from './updatePhase'
import { deletePhase } from './deletePhase'
import { setCurrentPhase } from './setCurrentPhase'
import { setCurrentSession } from './setCurrentSession'
import { controlTimer } from './controlTimer'
import { setPresentation } from './setPresentation'
import { publishViewport } from './publishViewport'
import { addProjectUpdate } from './addProjectUpdate'
import { addCategory } from './addCategory'
import { updateCategory } from './updateCategory'
import { deleteTheme } from './deleteTheme'
import { updateSession } from './updateSession'
import { tidyThemes } from './tidyThemes'
import { fitZones } from './fitZones'
import { addToTheme } from './addToTheme'
import { addActors } from './addActors'
import { updateActors } from './updateActors'
import { addMatch } from './addMatch'
import { setMatchStatus } from './setMatchStatus'
import { removeMatch } from './removeMatch'
import { makeProjectFromMatch } from './makeProjectFromMatch'
import { AppError } from '../errors'
import type { WorkshopDoc } from '../model/document'
import type { Patch } from '../model/patch'

/** Commands a user may issue; createWorkshop is not among them, it only runs when a file is made. */
export const COMMANDS = {
  updateWorkshop,
  addParticipants,
  renameParticipant,
  removeParticipant,
  addSession,
  addNotes,
  updateNotes,
  addConnector,
  createTheme,
  renameTheme,
  startVotingRound,
  recordVotes,
  recordPaperDots,
  takeBackVotes,
  setRoundStatus,
  addProject,
  updateProject,
  addItems,
  moveItems,
  updateZones,
  deleteItems,
  updateConnector,
  addPhase,
  updatePhase,
  deletePhase,
  setCurrentPhase,
  setCurrentSession,
  controlTimer,
  setPresentation,
  publishViewport,
  addProjectUpdate,
  addCategory,
  updateCategory,
  deleteTheme,
  updateSession,
  tidyThemes,
  fitZones,
  addToTheme,
  addActors,
  updateActors,
  addMatch,
  setMatchStatus,
  removeMatch,
  makeProjectFromMatch,
} as const satisfies Record<string, CommandDefinition>

export type CommandName = keyof typeof COMMANDS
export type CommandArgs<N extends CommandName> = z.input<(typeof COMMANDS)[N]['args']>
export const CommandNameSchema = z.enum(Object.keys(COMMANDS) as [CommandName, ...CommandName[]])

/** A command as it travels over the API: its name and its (not yet validated) arguments. */
export const CommandCall = z.object({ name: CommandNameSchema, args: z.unknown() })
export type CommandCall = { [N in CommandName]: { name: N; args: CommandArgs<N> } }[CommandName]

/** Validates the arguments and runs the command; bad arguments become a typed error, never a patch. */
export function runCommand(doc: WorkshopDoc, call: { name: string; args: unknown }, ctx: CommandContext): Patch {
  const definition = (COMMANDS as Record<string, CommandDefinition>)[call.name]
  if (!definition) throw new AppError('invalid-input', { field: 'name' }, `unknown command ${call.name}`)
  const unknownFields = unknownTopLevelFields(definition.args, call.args)
  if (unknownFields.length > 0) {
    throw new AppError('invalid-input', {}, `unknown field(s) for ${call.name}: ${unknownFields.join(', ')}`)
  }
  const parsed = definition.args.safeParse(call.args)
  if (!parsed.success) throw new AppError('invalid-input', {}, z.prettifyError(parsed.error))
  return definition.run(doc, parsed.data, ctx)
}

/**
 * Fields a command does not know are refused rather than silently dropped: a misspelt field ("fromId" sent to
 * createTheme) must not turn into a different, valid command.
 */
function unknownTopLevelFields(schema: z.ZodType, args: unknown): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape
  if (!shape || typeof args !== 'object' || args === null || Array.isArray(args)) return []
  return Object.keys(args).filter((key) => !Object.prototype.hasOwnProperty.call(shape, key))
}

/** Whether a command goes into the undo history (live-state commands such as the timer do not). */
export function isUndoable(name: string): boolean {
  return (COMMANDS as Record<string, CommandDefinition>)[name]?.undoable !== false
}

export { createWorkshop }
export type { CommandContext }
