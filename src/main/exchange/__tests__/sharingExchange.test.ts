// Actors, sharing links, needs, offers and matches travel in the JSON export (schema version 2) without
// loss, an export from before them (version 1) still imports, and the CSV export lists them (issue 15).
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXCHANGE_SCHEMA_VERSION } from '@shared/exchange/exchangeSchema'
import { LIVE_KINDS, RECORD_KINDS } from '@shared/model/records'
import { WorkshopStore } from '../../core/workshopStore'
import { exportCsv, exportJson } from '../exportWorkshop'
import { readImport, writeImportedWorkshop } from '../importWorkshop'
import { tempDir } from './helpers'

function sharingWorkshop(dir: string): WorkshopStore {
  const store = WorkshopStore.create(path.join(dir, 'deling.handlekraft'), { title: 'Deling', language: 'da', template: 'symbiosis-map' })
  store.apply({ name: 'addParticipants', args: { participants: [{ id: 'pia', name: 'Pia', role: 'citizen' }] } })
  store.apply({
    name: 'addActors',
    args: {
      actors: [
        { id: 'a-school', name: 'Skolen', type: 'education', contact: 'skole@example.dk', x: 0, y: 0 },
        { id: 'a-plant', name: 'Kraftværket', type: 'firm', x: 400, y: 0 },
        { id: 'a-lonely', name: 'Spejderne', type: 'association', x: 800, y: 0 },
      ],
    },
  })
  store.apply({ name: 'addConnector', args: { id: 'l1', fromId: 'a-plant', toId: 'a-school', flow: 'energy', label: 'fjernvarme' } })
  store.apply({ name: 'addConnector', args: { id: 'l2', fromId: 'a-school', toId: 'a-plant', flow: 'labour', direction: 'both' } })
  store.apply({
    name: 'addNotes',
    args: {
      notes: [
        { id: 'need1', text: 'Værksted til cykler', kind: 'need', authorId: 'pia', marketCategory: 'premises', x: 0, y: 400 },
        { id: 'offer1', text: 'Sløjdlokale om aftenen', kind: 'offer', actorId: 'a-school', marketCategory: 'premises', exchange: 'given', x: 300, y: 400 },
      ],
    },
  })
  store.apply({ name: 'addMatch', args: { id: 'm1', offerId: 'offer1', needId: 'need1' } })
  store.apply({ name: 'setMatchStatus', args: { id: 'm1', status: 'agreed' } })
  store.apply({ name: 'makeProjectFromMatch', args: { matchId: 'm1', projectId: 'p1' } })
  return store
}

describe('exchange with actors, sharing links and the market', () => {
  it('export -> import -> export is byte-identical and keeps every new record', () => {
    const dir = tempDir()
    const store = sharingWorkshop(dir)
    try {
      const first = exportJson(store.doc, path.join(dir, 'first.json'), { exportedBy: 'Handlekraft test' })
      const json = JSON.parse(fs.readFileSync(first.path, 'utf8'))
      expect(json.schemaVersion).toBe(EXCHANGE_SCHEMA_VERSION)
      expect(json.records.actors).toHaveLength(3)
      expect(json.records.matches).toEqual([expect.objectContaining({ id: 'm1', status: 'agreed', projectId: 'p1' })])
      expect(json.workshop.template).toBe('symbiosis-map')
      const imported = WorkshopStore.open(writeImportedWorkshop(readImport(first.path).doc, path.join(dir, 'imported.handlekraft')))
      try {
        expect(imported.integrityProblems()).toEqual([])
        const second = exportJson(imported.doc, path.join(dir, 'second.json'), { exportedBy: 'Handlekraft test' })
        expect(fs.readFileSync(second.path).equals(fs.readFileSync(first.path))).toBe(true)
        for (const kind of RECORD_KINDS.filter((k) => !LIVE_KINDS.includes(k))) expect(imported.doc[kind], kind).toEqual(store.doc[kind])
      } finally {
        imported.close()
      }
    } finally {
      store.close()
    }
  })

  it('imports an export from before actors and the market (schema version 1)', () => {
    const dir = tempDir()
    const store = WorkshopStore.create(path.join(dir, 'old.handlekraft'), { title: 'Gammel', language: 'da', template: 'strengths-map' })
    store.apply({ name: 'addNotes', args: { notes: [{ id: 'n1', text: 'Hallen', kind: 'strength', x: 0, y: 0 }, { id: 'n2', text: 'Skolen', kind: 'strength', x: 300, y: 0 }] } })
    store.apply({ name: 'addConnector', args: { id: 'c1', fromId: 'n1', toId: 'n2', label: 'deler' } })
    const exported = exportJson(store.doc, path.join(dir, 'v2.json'), { exportedBy: 'test' })
    store.close()
    // What Handlekraft wrote before issue 15: version 1, no actors or matches, notes and lines without the new fields.
    const json = JSON.parse(fs.readFileSync(exported.path, 'utf8'))
    json.schemaVersion = 1
    delete json.records.actors
    delete json.records.matches
    for (const note of json.records.notes) for (const field of ['actorId', 'marketCategory', 'exchange']) delete note[field]
    for (const line of json.records.connectors) for (const field of ['flow', 'direction']) delete line[field]
    for (const person of json.records.participants) delete person.source
    const v1 = path.join(dir, 'v1.json')
    fs.writeFileSync(v1, JSON.stringify(json))
    const { doc } = readImport(v1)
    expect(doc.note.n1).toMatchObject({ text: 'Hallen', actorId: null, marketCategory: null, exchange: null })
    expect(doc.connector.c1).toEqual({ id: 'c1', fromId: 'n1', toId: 'n2', label: 'deler', flow: null, direction: 'gives' })
    expect(doc.actor).toEqual({})
  })

  it('CSV lists actors with what they give and receive, the links and the matches', () => {
    const dir = tempDir()
    const store = sharingWorkshop(dir)
    try {
      const result = exportCsv(store.doc, path.join(dir, 'csv'), { timeZone: 'Europe/Copenhagen' })
      const read = (name: string) => fs.readFileSync(path.join(result.folder, name), 'utf8').slice(1).split('\r\n')
      const actors = read('actors.csv')
      expect(actors[0]).toBe('ID;Navn;Type;Kontakt;Giver;Modtager;Oprettet')
      expect(actors.find((row) => row.startsWith('a-school'))).toContain(
        'Skole eller uddannelse;skole@example.dk;Mennesker og arbejdskraft: Kraftværket;Energi og vand: Kraftværket | Mennesker og arbejdskraft: Kraftværket',
      )
      expect(actors.find((row) => row.startsWith('a-lonely'))).toContain('Spejderne;Forening;;;;')
      expect(read('links.csv')).toContain('l1;Kraftværket;Skolen;Energi og vand;Giver → modtager;fjernvarme')
      const matches = read('matches.csv')
      expect(matches[1]).toMatch(/^m1;Aftalt;Værksted til cykler;Pia;Lokaler;Sløjdlokale om aftenen;Skolen;Lokaler;Gives;Værksted til cykler;/)
    } finally {
      store.close()
    }
  })
})
