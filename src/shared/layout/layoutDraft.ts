// A working copy of the board for placement: moves and resizes are made on it one after another (each sees
// the ones before), and at the end it writes them all into ONE patch, so a placement that moves many notes
// and grows a zone is still one command and one undo step.
import type { WorkshopDoc } from '../model/document'
import type { PatchBuilder } from '../model/patch'
import type { Note, Project, Zone } from '../model/records'
import { centreOf, holds, type Box } from './box'
import { PROJECT_CARD } from './sizes'

type Movable = 'note' | 'project' | 'zone'

export class LayoutDraft {
  private readonly changed = { note: new Set<string>(), project: new Set<string>(), zone: new Set<string>() }
  doc: WorkshopDoc

  constructor(private readonly original: WorkshopDoc) {
    this.doc = { ...original, note: { ...original.note }, project: { ...original.project }, zone: { ...original.zone } }
  }

  moveTo(kind: Movable, id: string, x: number, y: number): void {
    const record = this.doc[kind][id]
    if (!record || (record.x === x && record.y === y)) return
    ;(this.doc[kind] as Record<string, Note | Project | Zone>)[id] = { ...record, x, y }
    this.changed[kind].add(id)
  }

  /** A note joins a theme (or leaves one) as part of the same placement. */
  setTheme(noteId: string, themeId: string | null): void {
    const note = this.doc.note[noteId]
    if (!note || note.themeId === themeId) return
    this.doc.note[noteId] = { ...note, themeId }
    this.changed.note.add(noteId)
  }

  /** Makes a zone at least this big (never smaller), pushing what lies below it down by as much as it grows. */
  growZone(id: string, minWidth: number, minHeight: number): void {
    const zone = this.doc.zone[id]
    if (!zone) return
    const width = Math.max(zone.width, Math.ceil(minWidth))
    const height = Math.max(zone.height, Math.ceil(minHeight))
    if (width === zone.width && height === zone.height) return
    this.pushBelow(zone, height - zone.height)
    this.doc.zone[id] = { ...this.doc.zone[id]!, width, height }
    this.changed.zone.add(id)
  }

  /**
   * Everything that starts below the zone's bottom edge and shares columns with it moves down by `dy`:
   * zones with all they hold (notes and project cards), and loose notes and cards. So the template's
   * "Action projects" area moves down as the "Ideas" area above it grows, and nothing ends up underneath.
   */
  private pushBelow(zone: Zone, dy: number): void {
    if (dy <= 0) return
    const bottom = zone.y + zone.height
    const sharesColumns = (box: Box) => box.x < zone.x + zone.width && zone.x < box.x + box.width
    const below = (box: Box) => box.y >= bottom - 1 && sharesColumns(box)
    const zones = Object.values(this.doc.zone).filter((other) => other.id !== zone.id && below(other))
    const inMovedZone = (box: Box) => zones.some((other) => holds(other, centreOf(box)))
    const notes = Object.values(this.doc.note).filter(
      (note) => inMovedZone(note) || (below(note) && !holds(zone, centreOf(note))),
    )
    const cards = Object.values(this.doc.project).filter((project) => {
      const box = { x: project.x, y: project.y, ...PROJECT_CARD }
      return inMovedZone(box) || (below(box) && !holds(zone, centreOf(box)))
    })
    for (const other of zones) this.moveTo('zone', other.id, other.x, other.y + dy)
    for (const note of notes) this.moveTo('note', note.id, note.x, note.y + dy)
    for (const card of cards) this.moveTo('project', card.id, card.x, card.y + dy)
  }

  /** Writes every change as an update from the original record; notes and cards get the command's time. */
  writeInto(patch: PatchBuilder, now: string): void {
    for (const id of this.changed.zone) patch.update('zone', this.original.zone[id]!, this.doc.zone[id]!)
    for (const id of this.changed.note) {
      const before = this.original.note[id]
      if (before) patch.update('note', before, { ...this.doc.note[id]!, updatedAt: now })
    }
    for (const id of this.changed.project) {
      const before = this.original.project[id]
      if (before) patch.update('project', before, { ...this.doc.project[id]!, updatedAt: now })
    }
  }
}
