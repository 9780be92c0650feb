import { z } from 'zod'
import { workshopOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Language, Text } from '../model/records'
import { defineCommand } from './command'
import { checkStrategyAreasKept } from './strategyAreas'

export const updateWorkshop = defineCommand({
  name: 'updateWorkshop',
  args: z.object({
    title: Text(200).trim().min(1).optional(),
    place: Text(200).optional(),
    facilitator: Text(200).optional(),
    language: Language.optional(),
    strategyAreas: z.array(Text(200).trim().min(1)).max(50).optional(),
  }),
  run(doc, args, ctx) {
    const before = workshopOf(doc)
    if (args.strategyAreas) checkStrategyAreasKept(doc, args.strategyAreas)
    const after = { ...before, ...definedOnly(args), updatedAt: ctx.now }
    return new PatchBuilder().update('workshop', before, after).build()
  },
})

/** Keeps only the fields the caller actually set, so `undefined` never overwrites a value. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
