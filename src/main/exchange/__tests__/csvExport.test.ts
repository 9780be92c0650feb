// The CSV files as Danish Excel reads them: BOM, ';', CRLF, quoted cells, headers and words in the
// workshop's language, one row per record, formula cells neutralised.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { recordsOf } from '@shared/model/document'
import { demoDocInMemory } from '../../demo/inMemoryDemo'
import { exportCsv } from '../exportWorkshop'
import { tempDir } from './helpers'

/** RFC 4180 with ';': the rows and cells of a CSV text (without its BOM). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (quoted && c === '"') quoted = false
    else if (quoted) cell += c
    else if (c === '"') quoted = true
    else if (c === ';') endCell()
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell()
      rows.push(row)
      row = []
      i++
    } else cell += c
  }
  expect(cell === '' && row.length === 0, 'the text ends with CRLF').toBe(true)
  return rows
}

describe('CSV export', () => {
  it('writes notes, votes and projects in Danish for a Danish workshop', () => {
    const doc = demoDocInMemory('da')
    const note = recordsOf(doc, 'note')[0]!
    doc.note[note.id] = { ...note, text: '=HYPERLINK("http://x";"klik")\nanden linje; "citat"' }
    const dir = tempDir()
    const result = exportCsv(doc, path.join(dir, 'csv'), { timeZone: 'Europe/Copenhagen' })
    expect(fs.readdirSync(result.folder).sort()).toEqual(['actors.csv', 'links.csv', 'matches.csv', 'notes.csv', 'projects.csv', 'votes.csv'])

    const read = (name: string) => {
      const bytes = fs.readFileSync(path.join(result.folder, name))
      expect([...bytes.subarray(0, 3)], `${name} starts with the UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf])
      return parseCsv(bytes.toString('utf8').slice(1))
    }
    const notes = read('notes.csv')
    expect(notes[0]).toEqual([
      'ID',
      'Type',
      'Tekst',
      'Ressourcekategori',
      'Tema',
      'Skrevet af',
      'Rolle',
      'Møde',
      'Oprettet',
      'Ændret',
    ])
    expect(notes.length - 1).toBe(recordsOf(doc, 'note').length)
    for (const row of notes) expect(row.length).toBe(notes[0]!.length)
    const hostile = notes.find((row) => row[0] === note.id)!
    expect(hostile[2]).toBe('\'=HYPERLINK("http://x";"klik")\nanden linje; "citat"')
    expect(new Set(notes.slice(1).map((row) => row[1]))).toEqual(new Set(['Styrke', 'Idé']))
    expect(notes.slice(1).some((row) => row[3] === 'Mennesker')).toBe(true)
    expect(notes.slice(1).every((row) => row[8] === '' || /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(row[8]!))).toBe(true)

    const votes = read('votes.csv')
    expect(votes[0]).toEqual([
      'ID',
      'Afstemningsrunde',
      'Rundens status',
      'Stemt på',
      'Punkt',
      'Deltager',
      'Rolle',
      'Prikker',
      'Oprettet',
    ])
    expect(votes.length - 1).toBe(recordsOf(doc, 'vote').length)
    const dots = votes.slice(1).reduce((sum, row) => sum + Number(row[7]), 0)
    expect(dots).toBe(recordsOf(doc, 'vote').reduce((sum, vote) => sum + vote.count, 0))
    expect(new Set(votes.slice(1).map((row) => row[6]))).toEqual(new Set(['Borger', 'Politiker', 'Medarbejder']))

    const projects = read('projects.csv')
    expect(projects[0]!.slice(0, 4)).toEqual(['ID', 'Titel', 'Status', 'Mål'])
    expect(projects.length - 1).toBe(recordsOf(doc, 'project').length)
    for (const row of projects.slice(1)) expect(['Idé', 'I gang', 'Færdig', 'På pause']).toContain(row[2])
  })

  it('speaks English for an English workshop', () => {
    const dir = tempDir()
    const result = exportCsv(demoDocInMemory('en'), dir)
    const text = fs.readFileSync(path.join(result.folder, 'notes.csv'), 'utf8')
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFID;Kind;Text;Asset category;Theme;Written by;Role;Session;Created;Changed',
    )
  })

  it('keeps existing files unless told to replace them, and never writes CSV over a file given as the folder', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'votes.csv'), 'old')
    expect(() => exportCsv(demoDocInMemory('da'), dir)).toThrow(expect.objectContaining({ code: 'file-exists' }))
    expect(fs.readdirSync(dir)).toEqual(['votes.csv']) // notes.csv was not written either: all or nothing
    exportCsv(demoDocInMemory('da'), dir, { replace: true })
    expect(fs.readFileSync(path.join(dir, 'votes.csv'), 'utf8')).not.toBe('old')
    expect(() => exportCsv(demoDocInMemory('da'), path.join(dir, 'votes.csv'))).toThrow(
      expect.objectContaining({ code: 'file-exists' }),
    )
  })
})
