// Typed translation keys: i18next checks every `t('…')` key against the English catalog's shape (Catalog), so a
// key that does not exist, or a typo, fails the typecheck instead of showing the raw key to a facilitator.
import 'i18next'
import type { Catalog } from './catalog'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Catalog }
  }
}
