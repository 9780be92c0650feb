// Copy, cut, paste and duplicate. A copied selection is kept as JSON (notes, zones and the connectors
// between them) beside its plain text; paste gives every record a new id, so pasting twice, or into
// another workshop, never collides. The JSON lives in localStorage, so it survives closing one workshop
// and opening another in the same app; the plain text also goes to the system clipboard.
import type { CommandArgs } from '@shared/commands'
import type { WorkshopDoc } from '@shared/model/document'
import type { Connector, Note, Zone } from '@shared/model/records'
import { boundsOf, type Point } from './boxes'
import { newId } from './ids'

export interface ClipboardContent {
  /** The plain text that went to the system clipboard; a paste whose text equals it pastes the records. */
  text: string
  /** The workshop file it was copied from: pasting there again offsets the copy instead of centring it. */
  source: string
  notes: Note[]
  zones: Zone[]
  connectors: Connector[]
}

const KEY = 'handlekraft.clipboard'

export function copySelection(doc: WorkshopDoc, ids: readonly string[], source: string): ClipboardContent | null {
  const set = new Set(ids)
  const zones = ids.map((id) => doc.zone[id]).filter((z): z is Zone => Boolean(z))
  const notes = ids.map((id) => doc.note[id]).filter((n): n is Note => Boolean(n))
  if (notes.length + zones.length === 0) return null
  const connectors = Object.values(doc.connector).filter((c) => set.has(c.fromId) && set.has(c.toId))
  const sorted = [...notes].sort((a, b) => a.y - b.y || a.x - b.x)
  return {
    text: sorted.map((note) => note.text.replace(/\s*\n\s*/g, ' ')).join('\n'),
    source,
    notes,
    zones,
    connectors,
  }
}

export function storeClipboard(content: ClipboardContent): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(content))
  } catch {
    // storage disabled: copy still reaches the system clipboard as text
  }
}

export function loadClipboard(): ClipboardContent | null {
  try {
    const raw = localStorage.getItem(KEY)
    return raw ? (JSON.parse(raw) as ClipboardContent) : null
  } catch {
    return null
  }
}

/**
 * The addItems arguments that paste `content` with new ids. With `target`, the group's top-left corner
 * lands there; without, it lands `offset` down-right of the original (duplicate, paste in place).
 */
export function pasteArgs(
  content: ClipboardContent,
  target: Point | null,
  offset = 24,
): { args: CommandArgs<'addItems'>; ids: string[] } {
  const bounds = boundsOf([...content.notes, ...content.zones])
  const dx = target && bounds ? target.x - bounds.x : offset
  const dy = target && bounds ? target.y - bounds.y : offset
  const idMap = new Map<string, string>()
  const fresh = (old: string, prefix: string) => {
    const id = newId(prefix)
    idMap.set(old, id)
    return id
  }
  const zones = content.zones.map((zone) => ({ ...zone, id: fresh(zone.id, 'zone'), x: zone.x + dx, y: zone.y + dy }))
  const notes = content.notes.map(({ createdAt: _c, updatedAt: _u, ...note }) => ({
    ...note,
    id: fresh(note.id, 'note'),
    x: note.x + dx,
    y: note.y + dy,
  }))
  const connectors = content.connectors
    .filter((c) => idMap.has(c.fromId) && idMap.has(c.toId))
    .map((c) => ({ id: newId('connector'), fromId: idMap.get(c.fromId)!, toId: idMap.get(c.toId)!, label: c.label }))
  return { args: { notes, zones, connectors }, ids: [...idMap.values()] }
}
