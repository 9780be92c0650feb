import { describe, expect, it } from 'vitest'
import { formatDate, formatPercent, formatShortDate, parseDate } from '../format'

describe('dates in the workshop language', () => {
  it('shows a day as Danes and Britons write it, never month first or ISO', () => {
    expect(formatShortDate('2027-03-10', 'da')).toBe('10.03.2027')
    expect(formatShortDate('2027-03-10', 'en')).toBe('10/03/2027')
    expect(formatDate('2027-03-10', 'da')).toBe('10. marts 2027')
    expect(formatDate('2027-03-10', 'en')).toBe('10 March 2027')
  })

  it('leaves what is not a day as it is', () => {
    expect(formatShortDate('', 'da')).toBe('')
    expect(formatDate('2027-02-30', 'da')).toBe('2027-02-30')
  })

  it('reads what a person types, day first, in either form', () => {
    for (const typed of ['10.03.2027', '10.3.2027', '10-3-2027', '10/03/2027', '10.03.27', ' 10. marts 2027 ', '10 mar 2027', '2027-03-10'])
      expect(parseDate(typed, 'da'), typed).toBe('2027-03-10')
    expect(parseDate('10 March 2027', 'en')).toBe('2027-03-10')
    expect(parseDate('03/10/2027', 'en')).toBe('2027-10-03') // day first: 3 October, not 10 March
    expect(parseDate('1. december 2026', 'da')).toBe('2026-12-01')
  })

  it('refuses what is no date', () => {
    for (const typed of ['', '31.02.2027', '10.13.2027', '0.1.2027', 'i morgen', '10 marts', '2027', '10.03.1800', '10 brumaire 2027'])
      expect(parseDate(typed, 'da'), typed).toBeNull()
  })

  it('round-trips every day of a leap year through the short and long forms', () => {
    for (let day = new Date(Date.UTC(2028, 0, 1)); day.getUTCFullYear() === 2028; day.setUTCDate(day.getUTCDate() + 1)) {
      const iso = day.toISOString().slice(0, 10)
      for (const language of ['da', 'en'] as const) {
        expect(parseDate(formatShortDate(iso, language), language)).toBe(iso)
        expect(parseDate(formatDate(iso, language), language)).toBe(iso)
      }
    }
  })

  it('formats shares as percentages in the language', () => {
    expect(formatPercent(1, 4, 'da')).toMatch(/^25\s%$/) // a no-break space, as Danish writes it
    expect(formatPercent(1, 4, 'en')).toBe('25%')
    expect(formatPercent(1, 0, 'en')).toBe('–')
  })
})
