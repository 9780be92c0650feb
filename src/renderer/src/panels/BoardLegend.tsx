// What the marks on the notes mean: the kind (star = strength, dot = idea) and the category colours.
import { useTranslation } from 'react-i18next'
import type { WorkshopDoc } from '@shared/model/document'
import { categoryName } from '../board/labels'

export function BoardLegend({ doc }: { doc: WorkshopDoc }) {
  const { t } = useTranslation()
  const categories = Object.values(doc.category).sort((a, b) => a.position - b.position)
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
        {categories.map((c) => (
          <li key={c.id}>
            <span className="legend-swatch" style={{ background: c.color }} aria-hidden="true" />
            {categoryName(doc, c.id, t)}
          </li>
        ))}
      </ul>
    </details>
  )
}
