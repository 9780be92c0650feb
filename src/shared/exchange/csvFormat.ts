// CSV the way Danish Excel opens it by double-click: UTF-8 with a byte order mark (without it Excel reads
// æøå as Windows-1252), semicolons between cells (Excel's list separator where the decimal mark is a
// comma), CRLF line ends, and RFC 4180 quoting (a cell with ; " or a line break is quoted, quotes doubled).
// Cells are people's free text, so a cell Excel would run as a formula (= + - @, tab, CR first) gets a
// leading apostrophe (OWASP's advice against CSV injection): "=HYPERLINK(...)" stays text.

export const CSV_SEPARATOR = ';'
export const CSV_BOM = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[;"\r\n]/

/** A number or a text; numbers are written as they are (ours are whole numbers, so no decimal mark). */
export type CsvValue = string | number

export function csvCell(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR))
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`
}

/** "2025-03-04 19:05" in the given time zone: a form Excel reads as a date and time in every locale. */
export function csvTimestamp(iso: string, timeZone?: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}
