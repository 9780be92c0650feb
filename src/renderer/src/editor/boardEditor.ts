// What the board is doing right now, apart from the document: the selection, the note being edited, the
// find query, and display choices. Plain TypeScript with subscribe/getState, so React reads it with
// useSyncExternalStore and the Konva code reads it without React.
import type { Point } from './boxes'

export type EditTarget =
  /** An existing note's text. */
  | { kind: 'note'; id: string }
  /** A note that exists only in the text field until editing ends with some text (one undo step). */
  | { kind: 'draft'; id: string; at: Point }
  | { kind: 'zone-title'; id: string }
  | { kind: 'connector-label'; id: string }
  /** A theme's name, in place over the label of its outline. */
  | { kind: 'theme-name'; id: string }

export interface EditorState {
  /** Selected notes, zones and connectors, in the order they were selected. */
  selected: readonly string[]
  editing: EditTarget | null
  find: { open: boolean; query: string; index: number }
  showRoles: boolean
  highContrast: boolean
  /** The category the legend highlights (other notes are dimmed), or null. Not remembered: it is a moment. */
  highlightCategory: string | null
  /** A read-only workshop: nothing is edited, dragged or resized; selecting, finding and viewing still work. */
  readOnly: boolean
}

const DISPLAY_KEY = 'handlekraft.boardDisplay'

function loadDisplay(): Pick<EditorState, 'showRoles' | 'highContrast'> {
  try {
    const raw = localStorage.getItem(DISPLAY_KEY)
    const saved = raw ? (JSON.parse(raw) as Partial<EditorState>) : {}
    return { showRoles: saved.showRoles === true, highContrast: saved.highContrast === true }
  } catch {
    return { showRoles: false, highContrast: false }
  }
}

export class BoardEditor {
  private state: EditorState
  private readonly listeners = new Set<() => void>()

  constructor({ readOnly = false }: { readOnly?: boolean } = {}) {
    this.state = {
      selected: [],
      editing: null,
      find: { open: false, query: '', index: 0 },
      highlightCategory: null,
      readOnly,
      ...(typeof localStorage === 'undefined' ? { showRoles: false, highContrast: false } : loadDisplay()),
    }
  }

  getState = (): EditorState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  select(ids: readonly string[]): void {
    if (ids.length === this.state.selected.length && ids.every((id, i) => this.state.selected[i] === id)) return
    this.set({ selected: [...ids] })
  }

  /** Shift-click: add when not selected, remove when selected. */
  toggle(id: string): void {
    const selected = this.state.selected
    this.set({ selected: selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id] })
  }

  /** Drops ids that no longer exist (deleted here, undone, or changed in another window). */
  keepOnly(exists: (id: string) => boolean): void {
    const selected = this.state.selected.filter(exists)
    const editing = this.state.editing
    const editingGone = editing && editing.kind !== 'draft' && !exists(editing.id)
    if (selected.length !== this.state.selected.length || editingGone) {
      this.set({ selected, editing: editingGone ? null : editing })
    }
  }

  /** Starts (or ends, with null) editing text in place; a read-only workshop starts none. */
  edit(target: EditTarget | null): void {
    if (target && this.state.readOnly) return
    this.set({ editing: target })
  }

  setFind(find: Partial<EditorState['find']>): void {
    this.set({ find: { ...this.state.find, ...find } })
  }

  /** Highlights one category's notes, or none (null); highlighting the highlighted one again turns it off. */
  toggleHighlight(categoryId: string | null): void {
    this.set({ highlightCategory: categoryId === this.state.highlightCategory ? null : categoryId })
  }

  setDisplay(display: Partial<Pick<EditorState, 'showRoles' | 'highContrast'>>): void {
    this.set(display)
    try {
      localStorage.setItem(
        DISPLAY_KEY,
        JSON.stringify({ showRoles: this.state.showRoles, highContrast: this.state.highContrast }),
      )
    } catch {
      // not remembered, still applied
    }
  }

  private set(change: Partial<EditorState>): void {
    this.state = { ...this.state, ...change }
    for (const listener of this.listeners) listener()
  }
}
