// Dates and numbers as people in the report's language write them: "9. september 2025", "9 September 2025".
import type { Language } from '@shared/model/records'

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' }

export function formatDate(isoDate: string, language: Language): string {
  // Noon UTC, formatted in UTC: the calendar day never shifts with the machine's time zone.
  const date = new Date(`${isoDate}T12:00:00Z`)
  if (Number.isNaN(date.getTime())) return isoDate
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

export function formatPercent(part: number, whole: number, language: Language): string {
  if (whole <= 0) return '–'
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(part / whole)
}
