// Moves notes, zones, actors and action projects in ONE command, so a drag of a mixed selection (or a zone with
// the notes it carries) is one undo step. A strength that lands in a zone with a category takes that category
// in the same step: that is how people sort strengths into asset categories by dragging. Ideas (and other
// notes) keep theirs: asset categories sort strengths, and an idea carried across the Mennesker area on its
// way to a theme must not quietly turn orange. A note may also
// join or leave a theme in the same step (`themeId`), so dragging a note into or out of a theme's outline,
// or stacking duplicates onto a themed note, is one undo step too.
import { z } from 'zod'
import { applyPatch, PatchBuilder } from '../model/patch'
import { recordsOf } from '../model/document'
import { Coord, Id } from '../model/records'
import { defineCommand, reject, requireRecord } from './command'
import { categoryZoneAt } from './zoneContaining'

export const moveItems = defineCommand({
  name: 'moveItems',
  args: z.object({
    items: z
      .array(
        z.object({
          id: Id,
          x: Coord,
          y: Coord,
          /** Notes only: the theme the note belongs to after the move (null: none); left out, unchanged. */
          themeId: Id.nullable().optional(),
        }),
      )
      .min(1)
      .max(10_000),
    /** Strengths dropped into a category zone take its category (default). Off for nudges that should not re-sort. */
    adoptZoneCategory: z.boolean().default(true),
  }),
  run(doc, args, ctx) {
    const patch = new PatchBuilder()
    const seen = new Set<string>()
    for (const { id, x, y, themeId } of args.items) {
      if (seen.has(id)) reject('duplicate-id', { id })
      seen.add(id)
      const note = doc.note[id]
      const zone = doc.zone[id]
      const project = doc.project[id]
      const actor = doc.actor[id]
      if (themeId) requireRecord(doc.theme, themeId, 'theme')
      if (note) {
        const theme = themeId === undefined ? {} : { themeId }
        patch.update('note', note, { ...note, x, y, ...theme, updatedAt: ctx.now })
      } else if (zone) patch.update('zone', zone, { ...zone, x, y })
      else if (project) patch.update('project', project, { ...project, x, y, updatedAt: ctx.now })
      else if (actor) patch.update('actor', actor, { ...actor, x, y, updatedAt: ctx.now })
      else reject('unknown-record', { what: 'note', id })
    }
    if (!args.adoptZoneCategory) return patch.build()
    // Look at the zones where they will be after this move, then re-sort the moved notes.
    const moved = applyPatch(doc, patch.build())
    const zones = recordsOf(moved, 'zone')
    const built = patch.build()
    for (const entry of built.note?.updated ?? []) {
      const after = entry[1]
      if (after.kind !== 'strength') continue
      const zone = categoryZoneAt(moved, after, zones)
      if (zone && zone.categoryId !== after.categoryId) entry[1] = { ...after, categoryId: zone.categoryId }
    }
    return built
  },
})
