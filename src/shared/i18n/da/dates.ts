// Danske tekster til datofelterne (issue 10: datoer på appens sprog, ikke browserens). Spejler en/dates.ts.
import type { datesEn } from '../en/dates'

export const datesDa: typeof datesEn = {
  hint: 'dd.mm.åååå',
  invalid: '“{{text}}” er ikke en dato. Skriv den som dag.måned.år, fx 10.03.2027 eller 10. marts 2027.',
  required: 'Skriv en dato, fx 10.03.2027.',
}
