// The facilitator steers the projector: present or stop, follow the laptop's view or spotlight one thing,
// freeze, high contrast, blank (B). Live state: stays out of the undo history (Ctrl+Z must not unfreeze the
// projector).
import { z } from 'zod'
import { SpotlightTarget, type Presentation } from '../model/records'
import { defineCommand, requireRecord } from './command'
import { changePresentation } from './presentationState'

export const setPresentation = defineCommand({
  name: 'setPresentation',
  undoable: false,
  args: z
    .object({
      presenting: z.boolean().optional(),
      mode: z.enum(['follow', 'spotlight']).optional(),
      spotlight: SpotlightTarget.nullable().optional(),
      frozen: z.boolean().optional(),
      highContrast: z.boolean().optional(),
      blanked: z.boolean().optional(),
    })
    .strict(),
  run(doc, args) {
    if (args.spotlight) {
      const { kind, id } = args.spotlight
      if (kind === 'zone') requireRecord(doc.zone, id, 'zone')
      else if (kind === 'theme') requireRecord(doc.theme, id, 'theme')
      else if (kind === 'project') requireRecord(doc.project, id, 'project')
      else requireRecord(doc.votingRound, id, 'votingRound')
    }
    return changePresentation(doc, (current) => {
      const { frozen, ...rest } = args
      const change: Record<string, unknown> = Object.fromEntries(
        Object.entries(rest).filter(([, v]) => v !== undefined),
      )
      // Freezing keeps the view the projector follows at this moment; unfreezing lets it follow again.
      if (frozen === true && !current.frozen)
        Object.assign(change, { frozen: true, frozenView: current.facilitatorView })
      if (frozen === false) Object.assign(change, { frozen: false, frozenView: null })
      return change as Partial<Presentation>
    })
  },
})
