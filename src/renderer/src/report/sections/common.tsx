// Small pieces several report sections share: a colour swatch, a bar, role cells, an empty-field dash.
import type { RoleCounts } from '@shared/analysis/voteTallies'
import type { Role } from '@shared/model/records'
import type { Translate } from '../reportModel'

export function Swatch({ colour }: { colour: string }) {
  return <span className="swatch" style={{ background: colour }} aria-hidden="true" />
}

/** A horizontal bar: `value` of `max`, in `colour`. Decorative; the number is always printed beside it. */
export function Bar({ value, max, colour }: { value: number; max: number; colour: string }) {
  const width = max > 0 ? Math.max(value > 0 ? 2 : 0, (value / max) * 100) : 0
  return (
    <span className="bar" aria-hidden="true">
      <span className="bar-fill" style={{ width: `${width}%`, background: colour }} />
    </span>
  )
}

export function RoleHeaders({ roles, t }: { roles: readonly Role[]; t: Translate }) {
  return (
    <>
      {roles.map((role) => (
        <th key={role} scope="col" className="num">
          {t(`roles.${role}`)}
        </th>
      ))}
    </>
  )
}

export function RoleCells({ roles, counts }: { roles: readonly Role[]; counts: RoleCounts }) {
  return (
    <>
      {roles.map((role) => (
        <td key={role} className="num">
          {counts[role]}
        </td>
      ))}
    </>
  )
}

/** A field's text, or a quiet dash when it was left empty, so an empty field is visibly empty. */
export function FieldText({ text, t }: { text: string | null; t: Translate }) {
  if (text === null || text.trim() === '') return <span className="empty">{t('report.none')}</span>
  return <>{text}</>
}
