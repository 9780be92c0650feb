// Strengths by asset category: a count table with bars, then every strength under its category.
import type { ReportModel, Translate } from '../reportModel'
import { formatPercent } from '@shared/format/format'
import { Bar, Swatch } from './common'

export function StrengthsSection({ model, t }: { model: ReportModel; t: Translate }) {
  const max = Math.max(0, ...model.categories.map((category) => category.strengths.length))
  return (
    <section className="section" aria-labelledby="section-strengths">
      <h1 id="section-strengths">{t('report.sectionNames.strengths')}</h1>
      <p className="intro">{t('report.strengths.intro', { count: model.strengthsTotal })}</p>
      <table className="data counts-table">
        <thead>
          <tr>
            <th scope="col">{t('report.strengths.category')}</th>
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
          {model.categories.map((category) => (
            <tr key={category.id ?? '-'}>
              <th scope="row">
                <Swatch colour={category.colour} />
                {category.name}
              </th>
              <td className="num">{category.strengths.length}</td>
              <td className="num muted">
                {formatPercent(category.strengths.length, model.strengthsTotal, model.language)}
              </td>
              <td className="bar-cell">
                <Bar value={category.strengths.length} max={max} colour={category.colour} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('report.total')}</th>
            <td className="num">{model.strengthsTotal}</td>
            <td />
            <td />
          </tr>
        </tfoot>
      </table>

      {model.categories.map((category) => (
        <div key={category.id ?? '-'} className="category-block" style={{ borderColor: category.colour }}>
          <h2>
            <Swatch colour={category.colour} />
            {category.name} <span className="count-badge">{category.strengths.length}</span>
          </h2>
          {category.strengths.length === 0 ? (
            <p className="empty">{t('report.strengths.noneInCategory')}</p>
          ) : (
            <ul className="note-list two-columns">
              {category.strengths.map((text, index) => (
                <li key={index}>{text.trim() === '' ? t('report.notes.empty') : text}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  )
}
