// A flow type's look in a key: a short line in its colour and dash with its mark in the middle, as the board
// draws a sharing link. Used by the board's Sharing links key and the report's board legend.
import { FLOW_STYLE, markPath } from '@shared/model/sharingStyle'
import type { FlowType } from '@shared/model/records'

export function FlowMarkIcon({ flow }: { flow: FlowType }) {
  const style = FLOW_STYLE[flow]
  return (
    <svg className="flow-mark" width="30" height="16" viewBox="-15 -8 30 16" aria-hidden="true">
      <line x1="-15" y1="0" x2="15" y2="0" stroke={style.colour} strokeWidth="3" strokeDasharray={style.dash.map((d) => d / 3).join(' ')} />
      <circle r="7.5" fill="#fff" />
      <path d={markPath(style.mark, 5.5)} fill={style.colour} fillRule="evenodd" />
    </svg>
  )
}
