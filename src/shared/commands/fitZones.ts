// Fits the method template's areas to what they hold, with room to add (layout/fitZones.ts), in one undo
// step. The placement commands do it as they place; this is for boards laid out by other means (the demo
// places its notes itself, on the areas at their full wall size, then fits them).
import { z } from 'zod'
import { fitZones as fit } from '../layout/fitZones'
import { LayoutDraft } from '../layout/layoutDraft'
import { PatchBuilder } from '../model/patch'
import { defineCommand } from './command'

export const fitZones = defineCommand({
  name: 'fitZones',
  args: z.object({}),
  run(doc, _args, ctx) {
    const draft = new LayoutDraft(doc)
    fit(draft)
    const patch = new PatchBuilder()
    draft.writeInto(patch, ctx.now)
    return patch.build()
  },
})
