// English texts of the date fields (issue 10: dates in the app's language, not the browser's). Mirrored by
// da/dates.ts.
export const datesEn = {
  /** Shown in an empty date field: the form it takes. */
  hint: 'dd/mm/yyyy',
  invalid: '“{{text}}” is not a date. Write it as day/month/year, e.g. 10/03/2027 or 10 March 2027.',
  required: 'Write a date, e.g. 10/03/2027.',
}
