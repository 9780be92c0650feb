// The strategy areas an action project can belong to (co-creation, climate, …): one per line, per workshop.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { workshopOf } from '@shared/model/document'
import type { MethodProps } from './methodProps'
import { linesOf } from './quickAddModel'

export function StrategyAreasEditor({ doc, apply }: MethodProps) {
  const { t } = useTranslation()
  const areas = workshopOf(doc).strategyAreas
  const saved = areas.join('\n')
  const [text, setText] = useState(saved)
  useEffect(() => setText(saved), [saved])

  return (
    <section className="method-block" aria-labelledby="method-strategy">
      <h3 id="method-strategy">{t('method.setup.strategyAreas')}</h3>
      <label>
        {t('method.setup.strategyAreas')} <span className="muted">({t('method.setup.strategyAreasHelp')})</span>
        <textarea rows={4} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <button
        type="button"
        disabled={text === saved}
        onClick={() => void apply({ name: 'updateWorkshop', args: { strategyAreas: [...new Set(linesOf(text))] } })}
      >
        {t('method.setup.saveStrategyAreas')}
      </button>
    </section>
  )
}
