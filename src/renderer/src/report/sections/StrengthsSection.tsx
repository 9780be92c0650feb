// Strengths by asset category: a count table with bars, then every strength under its category.
import type { ReportModel, Translate } from '../reportModel'
import { CountBars } from './CountBars'
import { Swatch } from './common'

export function StrengthsSection({ model, t }: { model: ReportModel; t: Translate }) {
  return (
    <section className="section" aria-labelledby="section-strengths">
      <h1 id="section-strengths">{t('report.sectionNames.strengths')}</h1>
      <p className="intro">{t('report.strengths.intro', { count: model.strengthsTotal })}</p>
      <CountBars
        heading={t('report.strengths.category')}
        rows={model.categories.map((category) => ({
          key: category.id ?? '-',
          label: (
            <>
              <Swatch colour={category.colour} />
              {category.name}
            </>
          ),
          count: category.strengths.length,
          colour: category.colour,
        }))}
        total={model.strengthsTotal}
        language={model.language}
        t={t}
      />

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
