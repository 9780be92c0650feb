// Renames a phase, changes its duration, its private facilitator notes, or its place in the agenda.
import { z } from 'zod'
import { recordsOf } from '../model/document'
import { PatchBuilder } from '../model/patch'
import { Id, Text } from '../model/records'
import { defineCommand, requireRecord } from './command'
import { definedOnly } from './updateWorkshop'

export const updatePhase = defineCommand({
  name: 'updatePhase',
  args: z.object({
    id: Id,
    title: Text(200).trim().optional(),
    durationMinutes: z.number().int().min(1).max(600).optional(),
    facilitatorNotes: Text(5000).optional(),
    position: z.number().int().min(0).optional(),
  }),
  run(doc, { id, position, ...changes }) {
    const before = requireRecord(doc.phase, id, 'phase')
    const patch = new PatchBuilder()
    if (position === undefined || position === before.position) {
      return patch.update('phase', before, { ...before, ...definedOnly(changes) }).build()
    }
    // Reorder: take the phase out and put it back at its new place, renumbering all positions 0..n-1.
    const others = recordsOf(doc, 'phase')
      .filter((phase) => phase.id !== id)
      .sort((a, b) => a.position - b.position)
    const target = Math.min(position, others.length)
    const ordered = [...others.slice(0, target), { ...before, ...definedOnly(changes) }, ...others.slice(target)]
    ordered.forEach((phase, index) => {
      const original = doc.phase[phase.id]!
      const after = { ...phase, position: index }
      if (JSON.stringify(original) !== JSON.stringify(after)) patch.update('phase', original, after)
    })
    return patch.build()
  },
})
