// Renames a theme; the name is tidied (invariants/names.ts) so "Trafik" and "Trafik " stay one theme.
import { z } from 'zod'
import { tidyName } from '../invariants/names'
import { PatchBuilder } from '../model/patch'
import { Id, Text } from '../model/records'
import { defineCommand, requireRecord } from './command'

export const renameTheme = defineCommand({
  name: 'renameTheme',
  args: z.object({ id: Id, name: Text(200).overwrite(tidyName) }),
  run(doc, args) {
    const before = requireRecord(doc.theme, args.id, 'theme')
    return new PatchBuilder().update('theme', before, { ...before, name: args.name }).build()
  },
})
