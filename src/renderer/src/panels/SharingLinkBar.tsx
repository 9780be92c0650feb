// The selected sharing link's controls (issue 15): a link drawn with the mouse starts as flow "Other", one
// way; here, over the board's top edge while exactly one link between two actors is selected, the facilitator
// sets what flows, one way or both, turns it round and gives it a label. Each change is one command (one undo
// step), and the board and projector redraw the link in its new colour and mark from the document.
import { useTranslation } from 'react-i18next'
import type { WorkshopDoc } from '@shared/model/document'
import { FLOW_TYPES, FlowDirection, type Connector, type FlowType } from '@shared/model/records'
import { FlowMarkIcon } from '../board/FlowMarkIcon'
import type { BoardActions } from '../editor/boardActions'
import { CommitField } from '../method/CommitField'
import { useEditLock } from './editLock'

/** The one selected connector when it joins two actors (a sharing link), else null. */
export function selectedSharingLink(doc: WorkshopDoc, selected: readonly string[]): Connector | null {
  if (selected.length !== 1) return null
  const link = doc.connector[selected[0]!]
  return link && doc.actor[link.fromId] && doc.actor[link.toId] ? link : null
}

export function SharingLinkBar({
  doc,
  selected,
  actions,
}: {
  doc: WorkshopDoc
  selected: readonly string[]
  actions: BoardActions
}) {
  const { t } = useTranslation()
  const { locked, reason } = useEditLock()
  const link = selectedSharingLink(doc, selected)
  if (!link) return null
  const flow: FlowType = link.flow ?? 'other'
  const name = t('sharing.selectedLink', {
    from: doc.actor[link.fromId]!.name,
    to: doc.actor[link.toId]!.name,
    arrow: link.direction === 'both' ? '↔' : '→',
  })
  return (
    // A form, so the board's keys (Delete, arrows, letters) stay out of its fields and drop-downs.
    <form aria-label={name} className="sharing-link-bar" onSubmit={(event) => event.preventDefault()}>
      <FlowMarkIcon flow={flow} />
      <span className="sharing-link-ends" title={name}>
        {doc.actor[link.fromId]!.name} {link.direction === 'both' ? '↔' : '→'} {doc.actor[link.toId]!.name}
      </span>
      <select
        aria-label={t('sharing.flowOf')}
        title={t('sharing.flowOf')}
        value={flow}
        disabled={locked}
        {...reason}
        onChange={(event) => void actions.setLink(link.id, { flow: event.target.value as FlowType })}
      >
        {FLOW_TYPES.map((value) => (
          <option key={value} value={value}>
            {t(`sharing.flows.${value}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('sharing.directionOf')}
        title={t('sharing.directionOf')}
        value={link.direction}
        disabled={locked}
        {...reason}
        onChange={(event) => void actions.setLink(link.id, { direction: event.target.value as FlowDirection })}
      >
        {FlowDirection.options.map((value) => (
          <option key={value} value={value}>
            {t(`sharing.directions.${value}`)}
          </option>
        ))}
      </select>
      <button type="button" disabled={locked} {...reason} onClick={() => void actions.setLink(link.id, { reverse: true })}>
        {t('sharing.reverse')}
      </button>
      {/* Keyed by the link: another link selected starts from its own label (a typed one is saved on blur). */}
      <CommitField
        key={link.id}
        label={t('sharing.labelOf')}
        value={link.label}
        className="sharing-link-label"
        disabled={locked}
        onCommit={(label) => void actions.setLink(link.id, { label })}
      />
    </form>
  )
}
