// Adds one note or many (a pasted list becomes one note per line). The caller places them, or asks for
// `place`: then the command puts them in the free places of an area (Quick add), growing the area when it is
// full, in the same patch.
import { z } from 'zod'
import { NOTE_COLOUR_BY_KIND, NOTE_SIZE } from '../model/defaults'
import { PatchBuilder } from '../model/patch'
import { Colour, Coord, Id, MarketCategory, NoteKind, OfferExchange, Size, Text } from '../model/records'
import { fitZones } from '../layout/fitZones'
import { LayoutDraft } from '../layout/layoutDraft'
import { placeNewNotes } from '../layout/placeNew'
import type { WorkshopDoc } from '../model/document'
import { defineCommand, reject, requireRecord } from './command'

export const NewNote = z.object({
  id: Id,
  text: Text(),
  kind: NoteKind.default('idea'),
  categoryId: Id.nullable().default(null),
  color: Colour.optional(),
  x: Coord,
  y: Coord,
  width: Size.default(NOTE_SIZE.width),
  height: Size.default(NOTE_SIZE.height),
  authorId: Id.nullable().default(null),
  sessionId: Id.nullable().default(null),
  themeId: Id.nullable().default(null),
  /** Needs and offers: the actor who says it (instead of a participant as author). */
  actorId: Id.nullable().default(null),
  marketCategory: MarketCategory.nullable().default(null),
  exchange: OfferExchange.nullable().default(null),
})

const NoteToPlace = NewNote.extend({ x: Coord.optional(), y: Coord.optional() })

export const addNotes = defineCommand({
  name: 'addNotes',
  args: z.object({
    notes: z.array(NoteToPlace).min(1).max(5000),
    /** Place the notes in this zone's free places (null: in rows below the board's content); x and y are then not needed. */
    place: z.object({ zoneId: Id.nullable() }).optional(),
  }),
  run(doc, args, ctx) {
    const patch = new PatchBuilder()
    const spots = args.place ? placeIn(doc, args.place.zoneId, args.notes, patch, ctx.now) : null
    args.notes.forEach((note, index) => {
      const spot = spots?.[index] ?? (note.x !== undefined && note.y !== undefined ? { x: note.x, y: note.y } : null)
      if (!spot) reject('missing-position', { id: note.id })
      if (doc.note[note.id]) reject('duplicate-id', { id: note.id })
      if (note.categoryId) requireRecord(doc.category, note.categoryId, 'category')
      if (note.authorId) requireRecord(doc.participant, note.authorId, 'participant')
      if (note.sessionId) requireRecord(doc.session, note.sessionId, 'session')
      if (note.themeId) requireRecord(doc.theme, note.themeId, 'theme')
      if (note.actorId) requireRecord(doc.actor, note.actorId, 'actor')
      patch.add('note', {
        ...note,
        ...spot,
        color: note.color ?? NOTE_COLOUR_BY_KIND[note.kind],
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
    })
    return patch.build()
  },
})

function placeIn(
  doc: WorkshopDoc,
  zoneId: string | null,
  notes: readonly { width: number; height: number }[],
  patch: PatchBuilder,
  now: string,
): { x: number; y: number }[] {
  const zone = zoneId === null ? null : requireRecord(doc.zone, zoneId, 'zone')
  const draft = new LayoutDraft(doc)
  const placed = placeNewNotes(draft, zone, notes).map((spot, index) => ({ ...spot, ...notes[index]! }))
  const spots = fitZones(draft, placed)
  draft.writeInto(patch, now)
  return spots.map(({ x, y }) => ({ x, y }))
}
