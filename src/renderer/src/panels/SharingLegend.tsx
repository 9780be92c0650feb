// The key to the sharing links on the board (issue 15): each flow type's colour and mark, how many links
// of it there are, and a toggle that shows or hides that type on this board ("filter links by type").
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopDoc } from '@shared/model/document'
import { FLOW_TYPES, type FlowType } from '@shared/model/records'
import { linkFilter, useHiddenFlows } from '../board/linkFilter'
import { FlowMarkIcon } from '../board/FlowMarkIcon'

export function SharingLegend({ doc }: { doc: WorkshopDoc }) {
  const { t } = useTranslation()
  const hidden = useHiddenFlows()
  const counts = useMemo(() => {
    const byFlow = new Map<FlowType, number>()
    for (const link of Object.values(doc.connector)) if (link.flow) byFlow.set(link.flow, (byFlow.get(link.flow) ?? 0) + 1)
    return byFlow
  }, [doc.connector])
  // A key to no link would only cover the board: it appears with the first sharing link.
  if (counts.size === 0) return null
  return (
    <details className="board-legend sharing-legend">
      <summary>{t('sharing.legendHeading')}</summary>
      <ul aria-label={t('sharing.filterHeading')}>
        {FLOW_TYPES.map((flow) => (
          <li key={flow}>
            <button
              type="button"
              className="legend-toggle"
              aria-pressed={!hidden.has(flow)}
              onClick={() => linkFilter.toggle(flow)}
            >
              <FlowMarkIcon flow={flow} />
              {t(`sharing.flows.${flow}`)}
              <span className="legend-count">{counts.get(flow) ?? 0}</span>
            </button>
          </li>
        ))}
        {/* Only while a type is hidden: a line that does nothing would make the key taller for nothing. */}
        {hidden.size > 0 && (
          <li>
            <button type="button" className="legend-toggle" onClick={() => linkFilter.showAll()}>
              {t('sharing.filterAll')}
            </button>
          </li>
        )}
      </ul>
    </details>
  )
}
