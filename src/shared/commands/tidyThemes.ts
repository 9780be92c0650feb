// "Tidy themes": every theme re-flowed into its own block in free space, so no outline or label covers
// another. One command, so one undo step puts everything back where it was.
import { z } from 'zod'
import { fitZones } from '../layout/fitZones'
import { LayoutDraft } from '../layout/layoutDraft'
import { tidyThemes as reflow } from '../layout/themeBlocks'
import { PatchBuilder } from '../model/patch'
import { defineCommand } from './command'

export const tidyThemes = defineCommand({
  name: 'tidyThemes',
  args: z.object({}),
  run(doc, _args, ctx) {
    const draft = new LayoutDraft(doc)
    reflow(draft)
    fitZones(draft)
    const patch = new PatchBuilder()
    draft.writeInto(patch, ctx.now)
    return patch.build()
  },
})
