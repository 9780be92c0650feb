// What the marks on the notes mean: the kind (star = strength, dot = idea) and the category colours, with
// live counts. Each category is a toggle: pressed, the board highlights its notes and dims the others
// (strengths map: "filter or highlight one category").
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopDoc } from '@shared/model/document'
import { categoryName } from '../board/labels'
import type { BoardEditor } from '../editor/boardEditor'

export interface BoardLegendProps {
  doc: WorkshopDoc
  editor: BoardEditor
  /** The highlighted category, or null. */
  highlight: string | null
}

/** Notes per category, counted once per version of the notes (a patch replaces `doc.note` only when notes change). */
const countsByNotes = new WeakMap<WorkshopDoc['note'], Map<string, number>>()
function categoryCounts(notes: WorkshopDoc['note']): Map<string, number> {
  let counts = countsByNotes.get(notes)
  if (counts) return counts
  counts = new Map()
  for (const note of Object.values(notes))
    if (note.categoryId) counts.set(note.categoryId, (counts.get(note.categoryId) ?? 0) + 1)
  countsByNotes.set(notes, counts)
  return counts
}

function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false
  for (const [id, count] of a) if (b.get(id) !== count) return false
  return true
}

/**
 * The legend shows the categories and how many notes each has: a patch that changes neither (an idea from a
 * phone, a dot, a move) must not re-render it and its translated labels.
 */
export function legendPropsEqual(prev: BoardLegendProps, next: BoardLegendProps): boolean {
  return (
    prev.editor === next.editor &&
    prev.highlight === next.highlight &&
    prev.doc.category === next.doc.category &&
    (prev.doc.note === next.doc.note || sameCounts(categoryCounts(prev.doc.note), categoryCounts(next.doc.note)))
  )
}

export const BoardLegend = memo(function BoardLegend({ doc, editor, highlight }: BoardLegendProps) {
  const { t } = useTranslation()
  const categories = Object.values(doc.category).sort((a, b) => a.position - b.position)
  const counts = categoryCounts(doc.note)
  return (
    <details className="board-legend">
      <summary>{t('board.legend')}</summary>
      <ul aria-label={t('board.legend')}>
        <li>
          <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
            <polygon
              points="0,-8 2.1,-2.9 7.6,-2.5 3.4,1.1 4.7,6.5 0,3.6 -4.7,6.5 -3.4,1.1 -7.6,-2.5 -2.1,-2.9"
              fill="#b45309"
              stroke="#1d2630"
              strokeWidth="0.8"
            />
          </svg>
          {t('board.kinds.strength')}
        </li>
        <li>
          <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
            <circle r="6" fill="#0369a1" stroke="#1d2630" strokeWidth="0.8" />
          </svg>
          {t('board.kinds.idea')}
        </li>
        {categories.map((c) => {
          const name = categoryName(doc, c.id, t)
          const count = counts.get(c.id) ?? 0
          return (
            <li key={c.id}>
              <button
                type="button"
                className="legend-toggle"
                aria-pressed={highlight === c.id}
                aria-label={t('boardMethod.highlight', { name, count })}
                title={t('boardMethod.highlightHelp')}
                onClick={() => editor.toggleHighlight(c.id)}
              >
                <span className="legend-swatch" style={{ background: c.color }} aria-hidden="true" />
                {name}
                <span className="legend-count">{count}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </details>
  )
}, legendPropsEqual)
