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
  if (counts.size === 0 && Object.keys(doc.actor).length === 0) return null
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
        <li>
          <button type="button" className="legend-toggle" disabled={hidden.size === 0} onClick={() => linkFilter.showAll()}>
            {t('sharing.filterAll')}
          </button>
        </li>
      </ul>
    </details>
  )
}
