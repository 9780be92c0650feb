// Dansk / English. Each button is named in its own language, so it can be found whatever is showing.
import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '@shared/i18n'
import type { Language } from '@shared/model/records'

export function LanguageSwitch({ onChoose }: { onChoose: (language: Language) => void }) {
  const { t, i18n } = useTranslation()
  return (
    <div className="language-switch" role="group" aria-label={t('app.languageSwitch')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => onChoose(language)}
        >
          {t(`languages.${language}`)}
        </button>
      ))}
    </div>
  )
}
