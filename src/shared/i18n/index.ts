// One place that sets up i18next for every side: the renderer (with react-i18next passed in as a plugin),
// main and the CLI (plain). Also turns an API error into a sentence a facilitator can act on.
import i18next, { type i18n, type Module, type ParseKeys } from 'i18next'
import type { AppErrorShape, ErrorCode } from '../errors'
import type { Language } from '../model/records'
import type { Catalog } from './catalog'
import { da } from './da'
import { en } from './en'

export const LANGUAGES: readonly Language[] = ['da', 'en']
export type { Catalog }
/** A key of the catalog, e.g. 'workshop.closedElsewhere' (checked by the typecheck, see i18next.d.ts). */
export type TranslationKey = ParseKeys<'translation'>

// Compile-time guarantee that every error code has a message.
const ERROR_MESSAGES_COVER_CODES: Record<ErrorCode, string> = en.errors
void ERROR_MESSAGES_COVER_CODES

/** Danish when the locale says Danish ("da", "da-DK", "da_DK.UTF-8"), English otherwise. */
export function pickLanguage(locale: string): Language {
  return locale.trim().toLowerCase().startsWith('da') ? 'da' : 'en'
}

/**
 * A fresh i18next instance with both catalogs loaded synchronously, so the first render or the first CLI
 * message is already translated. `plugins` lets the renderer pass react-i18next without shared importing React.
 */
export function createI18n(language: Language, plugins: readonly Module[] = []): i18n {
  const instance = i18next.createInstance()
  for (const plugin of plugins) instance.use(plugin)
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: { da: { translation: da }, en: { translation: en } },
    initAsync: false,
    // React escapes text itself and the CLI prints plain text; escaping here would show "&amp;" to people.
    interpolation: { escapeValue: false },
  })
  return instance
}

/**
 * The part of i18next's `t` that code building keys from data needs (`errors.${code}`, `roles.${role}`), so any
 * i18next `t` (or a test double) fits. Keys written out in the code go through i18next's typed `t` and are checked
 * against the catalog (i18next.d.ts); this type is for the keys made at run time, which the catalog tests cover.
 * Written as a method so that the typed `t`, whose keys are narrower than `string`, is accepted (method parameters
 * are compared both ways).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: accepts the typed `t`
export type Translate = (key: any, options?: any) => string

/** Messages that need these parameters; without them a shorter message without the details is used. */
const NEEDED_PARAMS: Record<string, readonly string[]> = {
  'errors.newer-version': ['found', 'supported'],
  'errors.network-share': ['share'],
  'errors.workshop-too-large': ['size', 'limit'],
  'commandRejected.unknown-record': ['what'],
  'commandRejected.too-many-dots': ['max'],
  'commandRejected.too-many-on-item': ['max'],
  'commandRejected.role-over-budget': ['role', 'count', 'max', 'people', 'dots'],
  'commandRejected.role-too-many-on-item': ['role', 'count', 'max', 'people', 'perItem'],
  'commandRejected.participant-needed-for-dots': ['role', 'count', 'max', 'people'],
  'commandRejected.participant-needed-for-item-dots': ['role', 'count', 'max', 'people'],
  'commandRejected.unknown-strategy-area': ['area'],
  'commandRejected.strategy-area-in-use': ['area', 'project'],
  'commandRejected.progress-out-of-range': ['progress'],
}

const WITHOUT_DETAILS: Record<string, string> = {
  'errors.newer-version': 'errorsWithoutDetails.newer-version',
  'errors.network-share': 'errorsWithoutDetails.network-share',
  'errors.workshop-too-large': 'errorsWithoutDetails.workshop-too-large',
  'commandRejected.unknown-record': 'commandRejectedWithoutDetails.unknown-record',
  'commandRejected.too-many-dots': 'commandRejectedWithoutDetails.too-many-dots',
  'commandRejected.too-many-on-item': 'commandRejectedWithoutDetails.too-many-on-item',
  'commandRejected.role-over-budget': 'commandRejectedWithoutDetails.role-over-budget',
  'commandRejected.role-too-many-on-item': 'commandRejectedWithoutDetails.role-too-many-on-item',
  'commandRejected.participant-needed-for-dots': 'commandRejectedWithoutDetails.participant-needed-for-dots',
  'commandRejected.participant-needed-for-item-dots': 'commandRejectedWithoutDetails.participant-needed-for-dots',
  'commandRejected.unknown-strategy-area': 'commandRejectedWithoutDetails.unknown-strategy-area',
  'commandRejected.strategy-area-in-use': 'commandRejectedWithoutDetails.strategy-area-in-use',
  'commandRejected.progress-out-of-range': 'commandRejectedWithoutDetails.progress-out-of-range',
}

function hasParams(params: Record<string, string | number>, names: readonly string[]): boolean {
  return names.every((name) => params[name] !== undefined && params[name] !== '')
}

/** The translation key for an error, before falling back for missing parameters. */
function keyFor(shape: AppErrorShape): string {
  const reason = shape.params.reason
  if (shape.code === 'command-rejected' && typeof reason === 'string' && reason in en.commandRejected) {
    return `commandRejected.${reason}`
  }
  return `errors.${shape.code}`
}

/**
 * The sentence to show for an API error, in the language `t` speaks. Picks the specific message for a
 * rejected command, a shorter message when a detail is missing, and adds the file name when there is one.
 */
export function errorMessage(t: Translate, shape: AppErrorShape): string {
  const params = shape.params ?? {}
  let key = keyFor(shape)
  const needed = NEEDED_PARAMS[key]
  if (needed && !hasParams(params, needed)) key = WITHOUT_DETAILS[key] ?? key
  const values: Record<string, unknown> = { ...params }
  if (typeof params.what === 'string' && params.what in en.recordKinds) {
    values.what = t(`recordKinds.${params.what}`)
  }
  if (typeof params.role === 'string' && params.role in en.roles) {
    // "borgerprikker", "35 borgere": the role in the words the sentence needs, in the user's language.
    values.roleDots = t(`votes.roleDots.${params.role}`)
    values.rolePeople = t(`votes.rolePeople.${params.role}`, { count: Number(params.people ?? 0) })
    values.role = t(`roles.${params.role}`)
  }
  const message = t(key, values)
  const file = params.file
  if (file === undefined || file === '') return message
  // The path a refusal names is a folder for folder-not-found ("Mappe: …"), a file for everything else.
  return `${message} ${t(shape.code === 'folder-not-found' ? 'errorFolder' : 'errorFile', { file })}`
}
