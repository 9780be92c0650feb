// Dates and numbers as people in the workshop's language write them, for every surface: the Method panel's
// date fields, the projector, the report and the CSV. Dates are kept as ISO calendar days ("2027-03-10") in
// the file; people see and type "10.03.2027" / "10. marts 2027" (Danish) or "10/03/2027" / "10 March 2027"
// (English, day first as in Britain and Denmark, never the American month first).
import type { Language } from '../model/records'

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' }

/** Noon UTC of an ISO day, or null: formatted in UTC, the calendar day never shifts with the time zone. */
function dayOf(isoDate: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null
  const date = new Date(`${isoDate}T12:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate ? null : date
}

/** "10. marts 2027" / "10 March 2027": for reading (report, projector). */
export function formatDate(isoDate: string, language: Language): string {
  const date = dayOf(isoDate)
  if (!date) return isoDate
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

/** "10.03.2027" / "10/03/2027": in a date field, short enough to type. */
export function formatShortDate(isoDate: string, language: Language): string {
  const date = dayOf(isoDate)
  if (!date) return isoDate
  const [year, month, day] = isoDate.split('-')
  return language === 'da' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`
}

const months = new Map<Language, string[]>()
/** The month names of a language, lower case, January first ("januar", …; "january", …). */
function monthNames(language: Language): string[] {
  let names = months.get(language)
  if (!names) {
    const format = new Intl.DateTimeFormat(LOCALES[language], { month: 'long', timeZone: 'UTC' })
    names = Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2001, m, 15)).toLowerCase())
    months.set(language, names)
  }
  return names
}

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** A two-digit year is this century's ("27" is 2027). */
const fullYear = (text: string) => (text.length <= 2 ? 2000 + Number(text) : Number(text))

/**
 * The ISO day a person typed, or null when it is not a real date. Accepts the short form in either
 * separator ("10.03.2027", "10-3-27", "10/3/2027"), the long form ("10. marts 2027", "10 March 2027", a
 * month's first three letters too) and ISO ("2027-03-10"). Day first always: 03/10/2027 is 3 October.
 */
export function parseDate(text: string, language: Language): string | null {
  const typed = text.trim().toLowerCase().replace(/\s+/g, ' ')
  let year: number
  let month: number
  let day: number
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed)
  const short = /^(\d{1,2}) ?[./-] ?(\d{1,2}) ?[./-] ?(\d{2}|\d{4})$/.exec(typed)
  const long = /^(\d{1,2})\.? ([a-zæøå]+)\.? (\d{4})$/.exec(typed)
  if (isoMatch) [year, month, day] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])]
  else if (short) [day, month, year] = [Number(short[1]), Number(short[2]), fullYear(short[3]!)]
  else if (long) {
    const name = long[2]!
    const names = monthNames(language)
    const index = names.findIndex((full) => full === name || (name.length >= 3 && full.startsWith(name)))
    if (index < 0) return null
    ;[day, month, year] = [Number(long[1]), index + 1, Number(long[3])]
  } else return null
  if (year < 1900 || year > 2200) return null
  const result = iso(year, month, day)
  return dayOf(result) ? result : null
}

export function formatPercent(part: number, whole: number, language: Language): string {
  if (whole <= 0) return '–'
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(part / whole)
}
