// A count table with a share and a bar per row and a total line: strengths per asset category, sharing links
// per flow type. One table, so both sections read (and print) the same way.
import type { ReactNode } from 'react'
import { formatPercent } from '@shared/format/format'
import type { ReportModel, Translate } from '../reportModel'
import { Bar } from './common'

export interface CountRow {
  key: string
  /** The row's header: a name, with its swatch or mark. */
  label: ReactNode
  count: number
  colour: string
}

export function CountBars({
  heading,
  rows,
  total,
  language,
  t,
}: {
  /** The first column's header. */
  heading: string
  rows: readonly CountRow[]
  total: number
  language: ReportModel['language']
  t: Translate
}) {
  const max = Math.max(0, ...rows.map((row) => row.count))
  return (
    <table className="data counts-table">
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="num">
            {t('report.count')}
          </th>
          <th scope="col" className="num">
            {t('report.share')}
          </th>
          <th scope="col" className="bar-cell" aria-hidden="true" />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.count}</td>
            <td className="num muted">{formatPercent(row.count, total, language)}</td>
            <td className="bar-cell">
              <Bar value={row.count} max={max} colour={row.colour} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('report.total')}</th>
          <td className="num">{total}</td>
          <td />
          <td />
        </tr>
      </tfoot>
    </table>
  )
}
