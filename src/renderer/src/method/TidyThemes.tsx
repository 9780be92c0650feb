// "Tidy themes": one button that re-flows every theme into its own block (one command, one undo step), for
// when themes were made or dragged on top of each other.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MethodProps } from './methodProps'
import { themesWithNotes } from './themesModel'

export function TidyThemes({ doc, apply }: MethodProps) {
  const { t } = useTranslation()
  const [tidied, setTidied] = useState(false)
  const hasThemes = themesWithNotes(doc).some((entry) => entry.notes.length > 0)
  const tidy = async () => setTidied(await apply({ name: 'tidyThemes', args: {} }))
  return (
    <section className="method-block" aria-labelledby="method-tidy-themes">
      <h3 id="method-tidy-themes" className="visually-hidden">
        {t('method.themes.tidy')}
      </h3>
      <p className="muted">{t('method.themes.tidyHint')}</p>
      <button type="button" disabled={!hasThemes} onClick={() => void tidy()}>
        {t('method.themes.tidy')}
      </button>
      {tidied && <p role="status">{t('method.themes.tidied')}</p>}
    </section>
  )
}
