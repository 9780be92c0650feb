// Adds a phase to the agenda, at the end or at a given position (the phases after it move down).
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id, PhaseKind, Text } from '../model/records'
import { defineCommand, reject } from './command'

export const addPhase = defineCommand({
  name: 'addPhase',
  args: z.object({
    id: Id,
    kind: PhaseKind.default('custom'),
    title: Text(200).trim().default(''),
    durationMinutes: z.number().int().min(1).max(600),
    position: z.number().int().min(0).optional(),
  }),
  run(doc, args) {
    if (doc.phase[args.id]) reject('duplicate-id', { id: args.id })
    const phases = recordsOf(doc, 'phase').sort((a, b) => a.position - b.position)
    const position = Math.min(args.position ?? phases.length, phases.length)
    const patch = new PatchBuilder()
    for (const phase of phases.slice(position)) patch.update('phase', phase, { ...phase, position: phase.position + 1 })
    patch.add('phase', { ...args, position, facilitatorNotes: '' })
    return patch.build()
  },
})
