// Test documents built through the real commands, as the app builds them: a new workshop (blank or from a
// template), and one command applied to a document. Shared by the command, layout, analysis and board tests.
import { emptyDoc, type WorkshopDoc } from '../../model/document'
import { applyPatch, type Patch } from '../../model/patch'
import { createWorkshop, runCommand, type CommandContext } from '../index'

/** The clock the tests run commands at (a fixed time, so timestamps compare). */
export const TEST_CONTEXT: CommandContext = { now: '2026-01-01T10:00:00.000Z' }

/** A new workshop, as New workshop makes it: blank unless a template is named. */
export function newWorkshop(
  options: { title?: string; language?: 'da' | 'en'; template?: string } = {},
  ctx: CommandContext = TEST_CONTEXT,
): WorkshopDoc {
  const args = createWorkshop.args.parse({ title: 'T', language: 'en', ...options })
  return applyPatch(emptyDoc(), createWorkshop.run(emptyDoc(), args, ctx))
}

/** The patch of one command on `doc`. */
export const patchOf = (doc: WorkshopDoc, name: string, args: unknown, ctx: CommandContext = TEST_CONTEXT): Patch =>
  runCommand(doc, { name, args }, ctx)

/** `doc` after one command. */
export const runOn = (doc: WorkshopDoc, name: string, args: unknown, ctx: CommandContext = TEST_CONTEXT): WorkshopDoc =>
  applyPatch(doc, patchOf(doc, name, args, ctx))
