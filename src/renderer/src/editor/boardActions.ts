// Everything the board can do to the document, as calls that build ONE command each and send it to main.
// The board's pointer code, the keyboard, the toolbar and the notes list all come through here, so a
// drag, an arrow-key nudge and a toolbar button make the same kind of undo step.
// Commands that depend on the document are sent as builders: the queue runs them when their turn comes, so
// three quick arrow presses move a note three steps, not one step three times.
import type { CommandCall } from '@shared/commands'
import { categoryZoneAt } from '@shared/commands/zoneContaining'
import { NOTE_COLOUR_BY_KIND, NOTE_SIZE } from '@shared/model/defaults'
import type { WorkshopDoc } from '@shared/model/document'
import type { FlowDirection, FlowType, NoteKind } from '@shared/model/records'
import type { BoardEditor } from './boardEditor'
import { boundsOf, centre, contains, notesInZone, type Point } from './boxes'
import { copySelection, loadClipboard, pasteArgs, storeClipboard } from './clipboard'
import { newId } from './ids'
import { gridPositions, tidyPositions } from '@shared/layout/grid'
import { pastedLines } from './layout'
import { projectBox, stackMoves, themesAfterDrop, unstackMoves } from './methodBoard'
import type { CommandSource } from './workshopCommands'

export interface BoardActionsDeps {
  /** Sends one command (WorkshopCommands.send); answers whether main accepted it (errors are shown by the caller). */
  apply(command: CommandSource): Promise<boolean>
  doc(): WorkshopDoc
  /** The open workshop's file path: where a copy came from. */
  source(): string
  editor: BoardEditor
  /** The board point in the middle of what is on screen, where new things appear. */
  viewCentre(): Point
}

export const NUDGE = { small: 10, large: 50 } as const

export class BoardActions {
  constructor(private readonly deps: BoardActionsDeps) {}

  private get selected(): readonly string[] {
    return this.deps.editor.getState().selected
  }

  /** Starts a new note at `at` (its top-left) or in the middle of the view; it is created when typed into. */
  startNote(at?: Point): void {
    if (this.deps.editor.getState().readOnly) return
    const centre = this.deps.viewCentre()
    let place = at ?? { x: centre.x - NOTE_SIZE.width / 2, y: centre.y - NOTE_SIZE.height / 2 }
    // Notes made one after another in the middle of the view step down-right instead of hiding each other.
    const notes = Object.values(this.deps.doc().note)
    const taken = (p: Point) => notes.some((n) => Math.abs(n.x - p.x) < 12 && Math.abs(n.y - p.y) < 12)
    for (let i = 0; !at && i < 50 && taken(place); i++) place = { x: place.x + 32, y: place.y + 32 }
    const id = newId('note')
    this.deps.editor.select([])
    this.deps.editor.edit({ kind: 'draft', id, at: { x: Math.round(place.x), y: Math.round(place.y) } })
  }

  /**
   * A note written inside a category's area is a strength of that category (writing in the People area is
   * mapping a person), so it is sorted from the start; dropping it into another category's area re-sorts it.
   * Written anywhere else it is an idea, and ideas keep their category wherever they are dragged.
   */
  async finishDraft(id: string, at: Point, text: string): Promise<void> {
    if (text.trim() === '') return
    const zone = categoryZoneAt(this.deps.doc(), { ...at, ...NOTE_SIZE })
    const sorted = zone ? { kind: 'strength' as const, categoryId: zone.categoryId } : { kind: 'idea' as const }
    const ok = await this.deps.apply({ name: 'addItems', args: { notes: [{ id, text, ...sorted, x: at.x, y: at.y }] } })
    if (ok) this.deps.editor.select([id])
  }

  async setNoteText(id: string, text: string): Promise<void> {
    const note = this.deps.doc().note[id]
    if (!note || note.text === text) return
    await this.deps.apply({ name: 'updateNotes', args: { notes: [{ id, text }] } })
  }

  async setZoneTitle(id: string, title: string): Promise<void> {
    const zone = this.deps.doc().zone[id]
    if (!zone || zone.title === title) return
    await this.deps.apply({ name: 'updateZones', args: { zones: [{ id, title }] } })
  }

  async setConnectorLabel(id: string, label: string): Promise<void> {
    const connector = this.deps.doc().connector[id]
    if (!connector || connector.label === label) return
    await this.deps.apply({ name: 'updateConnector', args: { id, label } })
  }

  /** A sharing link's flow, direction, label, or its ends swapped (reverse): one command, one undo step. */
  async setLink(
    id: string,
    change: { flow?: FlowType; direction?: FlowDirection; label?: string; reverse?: true },
  ): Promise<void> {
    const link = this.deps.doc().connector[id]
    if (!link) return
    const same =
      (change.flow === undefined || change.flow === link.flow) &&
      (change.direction === undefined || change.direction === link.direction) &&
      (change.label === undefined || change.label === link.label) &&
      !change.reverse
    if (!same) await this.deps.apply({ name: 'updateConnector', args: { id, ...change } })
  }

  async addZone(title: string): Promise<void> {
    const centre = this.deps.viewCentre()
    const id = newId('zone')
    const size = { width: 640, height: 420 }
    const ok = await this.deps.apply({
      name: 'addItems',
      args: {
        zones: [
          { id, title, x: Math.round(centre.x - size.width / 2), y: Math.round(centre.y - size.height / 2), ...size },
        ],
      },
    })
    if (ok) this.deps.editor.select([id])
  }

  /** Moves by an offset everything selected, plus the notes that selected zones carry. One command. */
  async moveSelectionBy(dx: number, dy: number): Promise<void> {
    if (dx === 0 && dy === 0) return
    const selected = this.selected
    await this.deps.apply((doc) => moveCommand(doc, this.movingIds(selected, doc), dx, dy))
  }

  /**
   * What a drag of `ids` moves: the notes, zones and project cards themselves, and every note and project
   * card inside a moved zone (the "Action projects" area carries its cards). Nothing in a read-only workshop.
   */
  movingIds(ids: readonly string[], doc: WorkshopDoc = this.deps.doc()): string[] {
    const moving = new Set<string>()
    if (this.deps.editor.getState().readOnly) return []
    for (const id of ids) {
      if (doc.note[id] || doc.project[id] || doc.actor[id]) moving.add(id)
      const zone = doc.zone[id]
      if (zone) {
        moving.add(id)
        for (const noteId of notesInZone(doc, id)) moving.add(noteId)
        for (const project of Object.values(doc.project))
          if (contains(zone, centre(projectBox(project)))) moving.add(project.id)
      }
    }
    return [...moving]
  }

  moveBy(ids: readonly string[], dx: number, dy: number): Promise<boolean> {
    return this.deps.apply((doc) => moveCommand(doc, ids, dx, dy))
  }

  /**
   * A drop at the end of a pointer drag: moves like moveBy, and notes dragged into or out of a theme's
   * outline join or leave it in the same command. A drag that carries an area leaves themes alone: moving
   * a frame is not sorting.
   */
  dropBy(ids: readonly string[], dx: number, dy: number): Promise<boolean> {
    return this.deps.apply((doc) => dropCommand(doc, ids, dx, dy))
  }

  async resizeZone(id: string, width: number, height: number): Promise<void> {
    await this.deps.apply({
      name: 'updateZones',
      args: { zones: [{ id, width: Math.max(120, Math.round(width)), height: Math.max(80, Math.round(height)) }] },
    })
  }

  async deleteSelection(): Promise<void> {
    // Project cards are deleted in the Method panel, with their sheet; the board's Delete leaves them.
    const selected = this.selected
    const ok = await this.deps.apply((doc) => {
      const ids = selected.filter((id) => !doc.project[id])
      return ids.length === 0 ? null : { name: 'deleteItems', args: { ids } }
    })
    if (ok) this.deps.editor.select([])
  }

  async duplicateSelection(): Promise<void> {
    const selected = this.selected
    let ids: string[] = []
    const ok = await this.deps.apply((doc) => {
      const content = copySelection(doc, selected, this.deps.source())
      if (!content) return null
      const pasted = pasteArgs(content, null)
      ids = pasted.ids
      return { name: 'addItems', args: pasted.args }
    })
    if (ok && ids.length > 0) this.deps.editor.select(ids)
  }

  /** Copies the selection; answers the plain text for the system clipboard, or null when nothing is selected. */
  copy(): string | null {
    const content = copySelection(this.deps.doc(), this.selected, this.deps.source())
    if (!content) return null
    storeClipboard(content)
    return content.text
  }

  async cut(): Promise<string | null> {
    const text = this.copy()
    if (text !== null) await this.deleteSelection()
    return text
  }

  /**
   * Pastes: the copied records when `text` is what we copied (or when no text came, e.g. the system
   * clipboard was not readable), otherwise one note per line of the text, in a tidy grid.
   */
  async paste(text: string | null): Promise<void> {
    const stored = loadClipboard()
    const centre = this.deps.viewCentre()
    if (stored && (text === null || text === stored.text)) {
      const bounds = boundsOf([...stored.notes, ...stored.zones])
      const sameWorkshop = stored.source === this.deps.source()
      const target =
        sameWorkshop || !bounds ? null : { x: centre.x - bounds.width / 2, y: centre.y - bounds.height / 2 }
      const { args, ids } = pasteArgs(stored, target)
      if (await this.deps.apply({ name: 'addItems', args })) this.deps.editor.select(ids)
      return
    }
    const lines = pastedLines(text ?? '').slice(0, 500)
    if (lines.length === 0) return
    const columns = Math.ceil(Math.sqrt(lines.length))
    const origin = {
      x: Math.round(centre.x - (columns * (NOTE_SIZE.width + 24)) / 2),
      y: Math.round(centre.y - NOTE_SIZE.height),
    }
    const notes = gridPositions(lines.length, origin).map((point, index) => ({
      id: newId('note'),
      text: lines[index]!,
      x: point.x,
      y: point.y,
    }))
    if (await this.deps.apply({ name: 'addItems', args: { notes } })) this.deps.editor.select(notes.map((n) => n.id))
  }

  async tidySelection(): Promise<void> {
    const doc = this.deps.doc()
    const notes = this.selected.map((id) => doc.note[id]).filter((n) => n !== undefined)
    if (notes.length < 2) return
    await this.deps.apply({ name: 'moveItems', args: { items: tidyPositions(notes), adoptZoneCategory: false } })
  }

  /**
   * Connects the selected notes, zones and actors in the order they were selected: A→B, B→C… Between two
   * actors the line is a sharing link (see lineBetween).
   */
  async connectSelection(): Promise<string[]> {
    const doc = this.deps.doc()
    const ends = this.selected.filter((id) => doc.note[id] || doc.zone[id] || doc.actor[id])
    const connectors = ends.slice(1).map((to, index) => lineBetween(doc, newId('connector'), ends[index]!, to))
    if (connectors.length === 0) return []
    const ok = await this.deps.apply({ name: 'addItems', args: { connectors } })
    return ok ? connectors.map((c) => c.id) : []
  }

  /** A line drawn with the mouse from one item to another (the board's connection handle). One command. */
  async connect(fromId: string, toId: string): Promise<string | null> {
    if (fromId === toId || this.deps.editor.getState().readOnly) return null
    const line = lineBetween(this.deps.doc(), newId('connector'), fromId, toId)
    const ok = await this.deps.apply({ name: 'addItems', args: { connectors: [line] } })
    if (ok) this.deps.editor.select([line.id])
    return ok ? line.id : null
  }

  async setSelectedNotes(change: { kind?: NoteKind; color?: string; categoryId?: string | null }): Promise<void> {
    const doc = this.deps.doc()
    const notes = this.selected
      .filter((id) => doc.note[id])
      .map((id) => {
        const entry: { id: string; kind?: NoteKind; color?: string; categoryId?: string | null } = { id, ...change }
        // A new kind brings its colour along unless the note was recoloured by hand.
        if (change.kind && !change.color && doc.note[id]!.color === NOTE_COLOUR_BY_KIND[doc.note[id]!.kind]) {
          entry.color = NOTE_COLOUR_BY_KIND[change.kind]
        }
        return entry
      })
    if (notes.length > 0) await this.deps.apply({ name: 'updateNotes', args: { notes } })
  }

  /**
   * The selected notes as a new theme (unnamed: naming can wait until the sorting is done), gathered into a
   * tidy block in free space near where they were, in the same command.
   */
  async makeTheme(): Promise<string | null> {
    const selected = this.selected
    const id = newId('theme')
    let made = false
    const ok = await this.deps.apply((doc) => {
      const noteIds = selected.filter((noteId) => doc.note[noteId])
      made = noteIds.length > 0
      return made ? { name: 'createTheme', args: { id, noteIds, gather: 'near' } } : null
    })
    return ok && made ? id : null
  }

  /** The one theme all selected notes share, or null. */
  selectedTheme(): string | null {
    const doc = this.deps.doc()
    const themes = new Set(this.selected.map((id) => doc.note[id]?.themeId ?? null))
    const [only] = themes
    return themes.size === 1 && only ? only : null
  }

  async ungroupSelectedTheme(): Promise<void> {
    await this.deps.apply(() => {
      const id = this.selectedTheme()
      return id ? { name: 'deleteTheme', args: { id } } : null
    })
  }

  async renameTheme(id: string, name: string): Promise<void> {
    const theme = this.deps.doc().theme[id]
    if (!theme || theme.name === name.trim()) return
    await this.deps.apply({ name: 'renameTheme', args: { id, name } })
  }

  /** Puts the selected notes on top of the first selected one (duplicates), in its theme. One command. */
  async stackSelection(): Promise<void> {
    const selected = this.selected
    await this.deps.apply((doc) => {
      const items = stackMoves(doc, selected)
      return items.length > 0 ? { name: 'moveItems', args: { items, adoptZoneCategory: false } } : null
    })
  }

  async unstackSelection(): Promise<void> {
    const selected = this.selected
    await this.deps.apply((doc) => {
      const items = unstackMoves(doc, selected)
      return items.length > 0 ? { name: 'moveItems', args: { items, adoptZoneCategory: false } } : null
    })
  }
}

/**
 * A drop at the end of a pointer drag as ONE command: moves like moveBy, and notes dragged into or out of a
 * theme's outline join or leave it. A drag that carries an area leaves themes alone: moving a frame is not
 * sorting. (moveItems itself sorts a strength dropped into a category's area.)
 */
export function dropCommand(doc: WorkshopDoc, ids: readonly string[], dx: number, dy: number): CommandCall | null {
  if (ids.some((id) => doc.zone[id])) return moveCommand(doc, ids, dx, dy)
  const themes = themesAfterDrop(doc, ids, Math.round(dx), Math.round(dy))
  const items = ids
    .map((id) => doc.note[id] ?? doc.project[id] ?? doc.actor[id])
    .filter((item) => item !== undefined)
    .map((item) => {
      const moved = { id: item.id, x: Math.round(item.x + dx), y: Math.round(item.y + dy) }
      return themes.has(item.id) ? { ...moved, themeId: themes.get(item.id)! } : moved
    })
  return items.length === 0 ? null : { name: 'moveItems', args: { items } }
}

/**
 * The line from one item to another. Between two actors it is a sharing link ("other" flows, one way: the
 * facilitator names it with its label, as the Sharing tab's form does); otherwise a plain arrow.
 */
export function lineBetween(doc: WorkshopDoc, id: string, fromId: string, toId: string) {
  const sharing = Boolean(doc.actor[fromId] && doc.actor[toId])
  return { id, fromId, toId, label: '', flow: sharing ? ('other' as const) : null, direction: 'gives' as const }
}

/** One moveItems command that shifts `ids` by an offset, from the document as it is when the command is sent. */
function moveCommand(doc: WorkshopDoc, ids: readonly string[], dx: number, dy: number): CommandCall | null {
  const items = ids
    .map((id) => doc.note[id] ?? doc.zone[id] ?? doc.project[id] ?? doc.actor[id])
    .filter((item) => item !== undefined)
    .map((item) => ({ id: item.id, x: Math.round(item.x + dx), y: Math.round(item.y + dy) }))
  return items.length === 0 ? null : { name: 'moveItems', args: { items } }
}
