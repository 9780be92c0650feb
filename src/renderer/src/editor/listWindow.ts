// Which items of a long accessible list exist in the DOM. A board of 10,000 notes would otherwise put
// 10,000 buttons in the page (over a second to insert and lay out, and a heavy accessibility tree for a
// screen reader to walk). A long list renders a window of items around the one keyboard focus is on, plus
// the first and last (so Tab into the list and Shift+Tab back into it land where they should), plus what
// is selected or matches the find query (so those are reachable by name). Each rendered item carries its
// true position (aria-posinset/aria-setsize), and the list moves focus itself at the window's edges.

/** Lists this long or shorter render every item: cheap enough, and nothing is ever out of the DOM. */
export const FULL_LIST_MAX = 300
/** Items rendered either side of the focused one. */
export const WINDOW_RADIUS = 25
/** At most this many selected or found items are rendered beyond the window. */
export const EXTRA_MAX = 200

export interface ListWindowInput {
  count: number
  /** Index of the item focus is on (or should go to); null when focus is elsewhere. */
  anchor: number | null
  /** Indices that must be rendered when there is room (selection, find matches), in any order. */
  wanted: Iterable<number>
}

/** Sorted, distinct indices to render. */
export function listWindow({ count, anchor, wanted }: ListWindowInput): number[] {
  if (count <= FULL_LIST_MAX) return Array.from({ length: count }, (_, i) => i)
  const keep = new Set<number>([0, count - 1])
  const centre = anchor === null ? 0 : Math.min(count - 1, Math.max(0, anchor))
  for (let i = Math.max(0, centre - WINDOW_RADIUS); i <= Math.min(count - 1, centre + WINDOW_RADIUS); i++) keep.add(i)
  let extra = 0
  for (const i of wanted) {
    if (extra >= EXTRA_MAX) break
    if (i < 0 || i >= count || keep.has(i)) continue
    keep.add(i)
    extra++
  }
  return [...keep].sort((a, b) => a - b)
}
