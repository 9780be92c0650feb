// Removes a phase from the agenda and closes the gap in the positions.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import { defineCommand, requireRecord } from './command'

export const deletePhase = defineCommand({
  name: 'deletePhase',
  args: z.object({ id: Id }),
  run(doc, { id }) {
    const removed = requireRecord(doc.phase, id, 'phase')
    const patch = new PatchBuilder().remove('phase', removed)
    for (const phase of recordsOf(doc, 'phase')) {
      if (phase.position > removed.position) patch.update('phase', phase, { ...phase, position: phase.position - 1 })
    }
    return patch.build()
  },
})
