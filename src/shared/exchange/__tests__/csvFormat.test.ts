import { describe, expect, it } from 'vitest'
import { CSV_BOM, csvCell, csvDocument, csvTimestamp } from '../csvFormat'

describe('csv cells', () => {
  it('quote what Excel would split on (semicolon, quote, line break) and double quotes', () => {
    expect(csvCell('plain text, with comma')).toBe('plain text, with comma')
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(csvCell('say "hej"')).toBe('"say ""hej"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
  })

  it('neutralise cells Excel would run as a formula, and keep the text readable', () => {
    expect(csvCell('=HYPERLINK("http://evil","klik")')).toBe('"\'=HYPERLINK(""http://evil"",""klik"")"')
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`)
    expect(csvCell('Æblefest i Kildebæk')).toBe('Æblefest i Kildebæk')
    expect(csvCell('<script>alert(1)</script>')).toBe('<script>alert(1)</script>')
  })

  it('write numbers as they are', () => {
    expect(csvCell(12)).toBe('12')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('make a document with a BOM, semicolons and CRLF line ends', () => {
    const text = csvDocument(
      ['Tekst', 'Prikker'],
      [
        ['æ;ø', 3],
        ['å', 0],
      ],
    )
    expect(text.startsWith(CSV_BOM)).toBe(true)
    expect(text).toBe('\uFEFFTekst;Prikker\r\n"æ;ø";3\r\nå;0\r\n')
  })

  it('format timestamps in the given time zone', () => {
    expect(csvTimestamp('2025-03-04T18:05:00.000Z', 'Europe/Copenhagen')).toBe('2025-03-04 19:05')
    expect(csvTimestamp('2025-07-04T18:05:00.000Z', 'Europe/Copenhagen')).toBe('2025-07-04 20:05')
    expect(csvTimestamp('not a date', 'UTC')).toBe('not a date')
  })
})
