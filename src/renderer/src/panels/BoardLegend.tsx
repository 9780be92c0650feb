// What the marks on the notes mean: the kind (star = strength, dot = idea) and the category colours, with
// live counts. Each category is a toggle: pressed, the board highlights its notes and dims the others
// (strengths map: "filter or highlight one category").
import { useMemo } from 'react'
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

export function BoardLegend({ doc, editor, highlight }: BoardLegendProps) {
  const { t } = useTranslation()
  const categories = Object.values(doc.category).sort((a, b) => a.position - b.position)
  const counts = useMemo(() => {
    const byCategory = new Map<string, number>()
    for (const note of Object.values(doc.note))
      if (note.categoryId) byCategory.set(note.categoryId, (byCategory.get(note.categoryId) ?? 0) + 1)
    return byCategory
  }, [doc.note])
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
}
