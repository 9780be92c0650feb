// Adds notes, zones and connectors together, so paste and duplicate are one undo step and a pasted
// connector can point at a note pasted in the same call.
import { z } from 'zod'
import { NOTE_COLOUR_BY_KIND } from '../model/defaults'
import { PatchBuilder } from '../model/patch'
import { Colour, Coord, FlowDirection, FlowType, Id, Size, Text } from '../model/records'
import { NewNote } from './addNotes'
import { defineCommand, reject } from './command'

const NewZone = z.object({
  id: Id,
  title: Text(200),
  categoryId: Id.nullable().default(null),
  color: Colour.default('#d9d9d9'),
  x: Coord,
  y: Coord,
  width: Size,
  height: Size,
})
const NewConnector = z.object({
  id: Id,
  fromId: Id,
  toId: Id,
  label: Text(200).default(''),
  flow: FlowType.nullable().default(null),
  direction: FlowDirection.default('gives'),
})

export const addItems = defineCommand({
  name: 'addItems',
  args: z.object({
    notes: z.array(NewNote).max(5000).default([]),
    zones: z.array(NewZone).max(500).default([]),
    connectors: z.array(NewConnector).max(5000).default([]),
  }),
  run(doc, args, ctx) {
    if (args.notes.length + args.zones.length + args.connectors.length === 0) reject('nothing-to-add')
    const patch = new PatchBuilder()
    const ends = new Set<string>()
    for (const zone of args.zones) {
      if (doc.zone[zone.id] || doc.note[zone.id] || ends.has(zone.id)) reject('duplicate-id', { id: zone.id })
      // A category may be missing in the workshop pasted into; the zone then simply has none.
      const categoryId = zone.categoryId && doc.category[zone.categoryId] ? zone.categoryId : null
      patch.add('zone', { ...zone, categoryId })
      ends.add(zone.id)
    }
    for (const note of args.notes) {
      if (doc.note[note.id] || doc.zone[note.id] || ends.has(note.id)) reject('duplicate-id', { id: note.id })
      const categoryId = note.categoryId && doc.category[note.categoryId] ? note.categoryId : null
      // Authors, sessions and themes belong to one workshop; pasted elsewhere they are dropped, not refused.
      patch.add('note', {
        ...note,
        categoryId,
        authorId: note.authorId && doc.participant[note.authorId] ? note.authorId : null,
        sessionId: note.sessionId && doc.session[note.sessionId] ? note.sessionId : null,
        themeId: note.themeId && doc.theme[note.themeId] ? note.themeId : null,
        actorId: note.actorId && doc.actor[note.actorId] ? note.actorId : null,
        color: note.color ?? NOTE_COLOUR_BY_KIND[note.kind],
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      ends.add(note.id)
    }
    for (const connector of args.connectors) {
      if (doc.connector[connector.id]) reject('duplicate-id', { id: connector.id })
      if (connector.fromId === connector.toId) reject('connector-to-itself')
      for (const end of [connector.fromId, connector.toId]) {
        if (!ends.has(end) && !doc.note[end] && !doc.zone[end] && !doc.actor[end]) reject('unknown-record', { what: 'note', id: end })
      }
      patch.add('connector', connector)
    }
    return patch.build()
  },
})
