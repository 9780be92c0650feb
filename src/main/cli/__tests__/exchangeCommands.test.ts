// `handlekraft export` and `handlekraft import`, run in-process: round trip, refusals with exit codes,
// and the workshop file itself never touched by an export.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, listing, tempDir } from './helpers'
import { EXCHANGE_SCHEMA_VERSION } from '@shared/exchange/exchangeSchema'

describe('export and import on the command line', () => {
  it('exports JSON and CSV without touching the workshop, and imports the JSON into a new file', () => {
    const dir = tempDir()
    const workshop = path.join(dir, 'demo.handlekraft')
    expect(cli(['demo', workshop, '--lang', 'da']).code).toBe(0)
    const bytes = fs.readFileSync(workshop)
    const exported = cli(['export', workshop, '--json', path.join(dir, 'a.json'), '--csv', path.join(dir, 'csv')])
    expect(exported).toMatchObject({ code: 0, err: '' })
    expect(exported.out).toMatch(/a\.json/)
    expect(fs.readFileSync(workshop).equals(bytes)).toBe(true)
    expect(listing(path.join(dir, 'csv'))).toEqual(['actors.csv', 'links.csv', 'matches.csv', 'notes.csv', 'projects.csv', 'votes.csv'])

    expect(cli(['import', path.join(dir, 'a.json'), path.join(dir, 'copy.handlekraft')]).code).toBe(0)
    expect(cli(['export', path.join(dir, 'copy.handlekraft'), '--json', path.join(dir, 'b.json')]).code).toBe(0)
    expect(fs.readFileSync(path.join(dir, 'b.json')).equals(fs.readFileSync(path.join(dir, 'a.json')))).toBe(true)

    // Again: existing files are kept (exit 1), --replace replaces export files, never a workshop.
    expect(cli(['export', workshop, '--json', path.join(dir, 'a.json')]).code).toBe(1)
    expect(cli(['export', workshop, '--json', path.join(dir, 'a.json'), '--replace']).code).toBe(0)
    expect(cli(['import', path.join(dir, 'a.json'), path.join(dir, 'copy.handlekraft')]).code).toBe(1)
  })

  it('explains a refused import in the chosen language and writes nothing', () => {
    const dir = tempDir()
    const newer = EXCHANGE_SCHEMA_VERSION + 1
    fs.writeFileSync(path.join(dir, 'newer.json'), `{"format":"handlekraft-workshop","schemaVersion":${newer}}`)
    const before = listing(dir)
    const run = cli(['import', path.join(dir, 'newer.json'), path.join(dir, 'new.handlekraft'), '--lang', 'da'])
    expect(run.code).toBe(1)
    expect(run.err).toContain(`nyere Handlekraft (formatversion ${newer}`)
    expect(run.err).toMatch(/Intet blev skrevet/)
    expect(listing(dir)).toEqual(before)
  })

  it('says what is missing on the command line', () => {
    expect(cli(['export', 'x.handlekraft'])).toMatchObject({ code: 2 })
    expect(cli(['export', 'x.handlekraft']).err).toMatch(/--json/)
    expect(cli(['import', 'only.json']).code).toBe(2)
    expect(cli(['export', '--help']).out).toMatch(/--csv DIR/)
    expect(cli(['import', '--help', '--lang', 'da']).out).toMatch(/NY workshopfil/)
  })
})
