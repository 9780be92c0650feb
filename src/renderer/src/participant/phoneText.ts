// The phone page's translator: the phone topic of the catalog only (src/shared/i18n/*/phone.ts), looked up by a
// dotted key with i18next's {{name}} placeholders and _one/_other plurals. Not i18next itself: the phone page has
// a JavaScript budget (150 kB gzipped) and needs twenty lines of it, not the library.
import { phoneDa } from '@shared/i18n/da/phone'
import { phoneEn } from '@shared/i18n/en/phone'
import type { Language, Role } from '@shared/model/records'

export type PhoneCatalog = typeof phoneEn
const CATALOGS: Record<Language, PhoneCatalog> = { da: phoneDa, en: phoneEn }

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K extends `${infer B}_one` | `${infer B}_other` ? B : K}`
    : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
/** A key of the phone catalog, plural keys without their _one/_other ending ('vote.dotsLeft'). */
export type PhoneKey = Leaves<PhoneCatalog>
export type PhoneT = (key: PhoneKey, params?: Record<string, string | number>) => string

function lookup(catalog: unknown, path: string): string | undefined {
  let node: unknown = catalog
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

export function phoneTranslator(language: Language): PhoneT {
  const catalog = CATALOGS[language]
  return (key, params = {}) => {
    const count = params.count
    const plural = typeof count === 'number' ? `${key}_${count === 1 ? 'one' : 'other'}` : null
    const text = (plural && lookup(catalog, plural)) ?? lookup(catalog, key) ?? lookup(phoneEn, key) ?? key
    return text.replace(/{{(\w+)}}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
  }
}

/** Danish when the phone says Danish, English otherwise (the same rule as the app's pickLanguage). */
export function phoneLanguage(locale: string): Language {
  return locale.trim().toLowerCase().startsWith('da') ? 'da' : 'en'
}

/** The roles in the order the page offers them (the model's ROLES, without bundling the model's zod schemas). */
export const PHONE_ROLES = ['citizen', 'politician', 'staff', 'other'] as const satisfies readonly Role[]
