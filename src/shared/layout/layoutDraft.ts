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
    if (height > zone.height) this.shiftBelow([zone], zone.y + height)
    this.resizeZone(id, width, height)
  }

  /** Gives a zone this size, moving nothing (fitZones moves what is below first). */
  resizeZone(id: string, width: number, height: number): void {
    const zone = this.doc.zone[id]
    if (!zone || (zone.width === width && zone.height === height)) return
    this.doc.zone[id] = { ...zone, width, height }
    this.changed.zone.add(id)
  }

  /**
   * Moves what lies below a row of zones so that it follows the row's new `bottom`: each thing that starts
   * below the zones it shares columns with moves by as much as the lowest of those zones' bottom changes
   * (down or up). Zones move with all they hold (notes and project cards); loose notes and cards move too, and
   * so do the boxes in `placed` (things this command places that the draft does not hold yet; moved in place).
   * So the template's "Action projects" area moves down as the "Ideas" area above it grows, and nothing ends
   * up underneath; the rows close up again when areas fit what they hold.
   */
  shiftBelow(row: readonly Box[], bottom: number, placed: Box[] = []): void {
    const inRow = (box: Box) => row.some((zone) => holds(zone, centreOf(box)))
    const shiftOf = (box: Box): number => {
      const above = row.filter((zone) => box.x < zone.x + zone.width && zone.x < box.x + box.width)
      if (above.length === 0) return 0
      const oldBottom = Math.max(...above.map((zone) => zone.y + zone.height))
      return box.y >= oldBottom - 1 ? bottom - oldBottom : 0
    }
    const zones = Object.values(this.doc.zone)
      .filter((other) => !inRow(other))
      .map((zone) => ({ zone, dy: shiftOf(zone) }))
      .filter(({ dy }) => dy !== 0)
    const shiftOfThing = (box: Box) => {
      const home = zones.find(({ zone }) => holds(zone, centreOf(box)))
      if (home) return home.dy
      return inRow(box) ? 0 : shiftOf(box)
    }
    // Things entirely left or right of the row and the zones that move cannot move: skipped cheaply.
    const columns = [...row, ...zones.map(({ zone }) => zone)]
    const left = Math.min(...columns.map((zone) => zone.x))
    const right = Math.max(...columns.map((zone) => zone.x + zone.width))
    const aside = (box: Box) => box.x >= right || box.x + box.width <= left
    const notes = Object.values(this.doc.note)
      .filter((note) => !aside(note))
      .map((note) => ({ note, dy: shiftOfThing(note) }))
    const cards = Object.values(this.doc.project).map((card) => ({
      card,
      dy: shiftOfThing({ x: card.x, y: card.y, ...PROJECT_CARD }),
    }))
    const boxes = placed.map((box) => ({ box, dy: shiftOfThing(box) }))
    for (const { zone, dy } of zones) this.moveTo('zone', zone.id, zone.x, zone.y + dy)
    for (const { note, dy } of notes) if (dy !== 0) this.moveTo('note', note.id, note.x, note.y + dy)
    for (const { card, dy } of cards) if (dy !== 0) this.moveTo('project', card.id, card.x, card.y + dy)
    for (const { box, dy } of boxes) box.y += dy
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
