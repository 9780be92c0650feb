// The board view (zoom and position) is remembered per workshop file, so reopening a workshop shows the
// same part of the board. localStorage keyed by path is enough: it is a convenience, not document data.
export interface View {
  scale: number
  x: number
  y: number
}

const PREFIX = 'handlekraft.view:'

export interface KeyValueStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

export function loadView(store: KeyValueStore | null, path: string): View | null {
  try {
    const raw = store?.getItem(PREFIX + path)
    if (!raw) return null
    const view = JSON.parse(raw) as Partial<View>
    const ok = [view.scale, view.x, view.y].every((n) => typeof n === 'number' && Number.isFinite(n))
    return ok && view.scale! > 0 ? (view as View) : null
  } catch {
    return null // storage disabled or a damaged entry: fit the board instead
  }
}

export function saveView(store: KeyValueStore | null, path: string, view: View): void {
  try {
    store?.setItem(PREFIX + path, JSON.stringify(view))
  } catch {
    // storage full or disabled: the view is just not remembered
  }
}
