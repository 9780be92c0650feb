// Every kind of bad exchange text is refused with its own reason, before anything could be written.
import { describe, expect, it } from 'vitest'
import { AppError } from '../../errors'
import { createI18n, type Translate } from '../../i18n'
import { demoLikeDoc } from './fixtures'
import { exchangeErrorMessage } from '../exchangeErrorMessage'
import { parseExchangeText } from '../parseExchange'
import { EXCHANGE_SCHEMA_VERSION } from '../exchangeSchema'
import { exchangeText, toExchange } from '../toExchange'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit the parsed JSON freely
type Loose = any
const good = () => JSON.parse(exchangeText(toExchange(demoLikeDoc(), 'test'))) as Loose

function refusal(text: string): AppError {
  try {
    parseExchangeText(text)
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('bad-import')
    return error as AppError
  }
  throw new Error('the text was accepted')
}

describe('parseExchangeText', () => {
  it('accepts a good export (with or without a byte order mark)', () => {
    const text = exchangeText(toExchange(demoLikeDoc(), 'test'))
    expect(parseExchangeText(text).records.notes.length).toBeGreaterThan(0)
    expect(parseExchangeText(`\uFEFF${text}`).workshop.title).toBe('Test i Kildebæk')
  })

  it('imports a version-2 file (before owners typed by name): its projects get an empty typed owner', () => {
    const old = good()
    old.schemaVersion = 2
    const at = '2026-03-01T18:00:00.000Z'
    // A project as version 2 wrote it: every field but ownerName.
    old.records.projects = [
      {
        id: 'p1',
        title: 'Skolevej',
        goal: '',
        ownerId: null,
        memberIds: [],
        firstStep: '',
        deadline: null,
        resourcesNeeded: '',
        resourcesOffered: '',
        barriers: '',
        successMeasure: '',
        strategyArea: '',
        status: 'idea',
        strengthIds: [],
        ideaIds: [],
        themeId: null,
        sessionId: null,
        x: 0,
        y: 0,
        createdAt: at,
        updatedAt: at,
      },
    ]
    const parsed = parseExchangeText(JSON.stringify(old))
    expect(parsed.schemaVersion).toBe(EXCHANGE_SCHEMA_VERSION)
    expect(parsed.records.projects.map((project) => project.ownerName)).toEqual([''])
    // A version-3 file must carry the field: the strict check refuses it when it is missing.
    expect(refusal(JSON.stringify({ ...old, schemaVersion: 3 })).params.reason).toBe('invalid-value')
  })

  it('refuses text that is not JSON, with line and column', () => {
    const error = refusal('{\n  "format": "x",\n  "a": [1 2]\n}')
    expect(error.params).toMatchObject({ reason: 'not-json', line: 3, column: 11 })
    // Some of V8's messages name no position: still refused, with the shorter message.
    expect(refusal('{\n  "format": handlekraft\n}').params).toEqual({ reason: 'not-json' })
  })

  it('refuses a truncated export', () => {
    const text = exchangeText(toExchange(demoLikeDoc(), 'test'))
    for (const cut of [text.length - 10, Math.floor(text.length / 2), 1]) {
      expect(refusal(text.slice(0, cut)).params.reason).toBe('truncated')
    }
  })

  it('refuses a JSON array, null, a number and an object of another format', () => {
    for (const text of ['[]', '[{"format":"handlekraft-workshop"}]', 'null', '42', '"x"', '{"format":"other"}', '{}']) {
      expect(refusal(text).params.reason, text).toBe('not-an-export')
    }
  })

  it('refuses a newer and an unknown schema version, naming them', () => {
    const newer = { ...good(), schemaVersion: EXCHANGE_SCHEMA_VERSION + 1 }
    expect(refusal(JSON.stringify(newer)).params).toMatchObject({
      reason: 'newer-version',
      found: EXCHANGE_SCHEMA_VERSION + 1,
      supported: EXCHANGE_SCHEMA_VERSION,
    })
    for (const version of [0, '1', null, 1.5]) {
      expect(refusal(JSON.stringify({ ...good(), schemaVersion: version })).params.reason).toBe('unsupported-version')
    }
    const missing = good()
    delete missing.schemaVersion
    expect(refusal(JSON.stringify(missing)).params.reason).toBe('unsupported-version')
  })

  it('imports a version-3 export: its participants were all added by hand', () => {
    const older = good()
    older.schemaVersion = 3
    for (const person of (older.records as Loose).participants as Loose[]) delete person.source
    const parsed = parseExchangeText(JSON.stringify(older))
    expect(parsed.records.participants.length).toBeGreaterThan(0)
    expect(parsed.records.participants.every((person) => person.source === 'facilitator')).toBe(true)
  })

  it('imports a version-4 export: strategy areas typed with ";" become a list on the workshop list; progress unsaid', () => {
    const older = good()
    older.schemaVersion = 4
    older.workshop.strategyAreas = ['Klima', 'Samskabelse']
    const at = '2026-03-01T18:00:00.000Z'
    // Projects and a follow-up as version 4 wrote them: one text field for the strategy area, no progress.
    const project = (id: string, strategyArea: string) => ({
      id,
      title: id,
      goal: '',
      ownerId: null,
      ownerName: '',
      memberIds: [],
      firstStep: '',
      deadline: null,
      resourcesNeeded: '',
      resourcesOffered: '',
      barriers: '',
      successMeasure: '',
      strategyArea,
      status: 'running',
      strengthIds: [],
      ideaIds: [],
      themeId: null,
      sessionId: null,
      x: 0,
      y: 0,
      createdAt: at,
      updatedAt: at,
    })
    older.records.projects = [project('p1', ' Klima ;Bosætning; Klima'), project('p2', '')]
    older.records.projectUpdates = [
      { id: 'u1', projectId: 'p1', sessionId: null, status: 'running', text: '', createdAt: at },
    ]
    const projects = older.records.projects as Loose[]
    const parsed = parseExchangeText(JSON.stringify(older))
    expect(parsed.schemaVersion).toBe(EXCHANGE_SCHEMA_VERSION)
    expect(parsed.records.projects.map((project) => project.strategyAreas)).toEqual([
      ['Klima', 'Bosætning'],
      ...projects.slice(1).map(() => []),
    ])
    // "Bosætning" was typed on a project only: it joins the workshop's list, so it can still be chosen.
    expect(parsed.workshop.strategyAreas).toEqual(['Klima', 'Samskabelse', 'Bosætning'])
    expect(parsed.records.projectUpdates.every((update) => update.progress === null)).toBe(true)
    // A version-5 file must carry the list: the old field is refused there.
    expect(refusal(JSON.stringify({ ...older, schemaVersion: 5 })).params.reason).not.toBeUndefined()
  })

  it('refuses NaN, Infinity and enormous coordinates', () => {
    const text = exchangeText(toExchange(demoLikeDoc(), 'test'))
    // NaN and Infinity are not JSON at all; 1e999 parses to Infinity; 1e308 is finite but off the board.
    expect(refusal(text.replace(/"x": -?[\d.]+/, '"x": NaN')).params.reason).toBe('not-json')
    expect(refusal(text.replace(/"x": -?[\d.]+/, '"x": Infinity')).params.reason).toBe('not-json')
    for (const huge of ['1e308', '1e999', '-1e308']) {
      const error = refusal(text.replace(/"y": -?[\d.]+/, `"y": ${huge}`))
      expect(error.params).toMatchObject({ reason: 'invalid-value' })
      expect(String(error.params.where)).toMatch(/^records\.\w+\[\d+\]\.y$/)
    }
  })

  it('refuses unknown fields anywhere, including __proto__', () => {
    const top = { ...good(), extra: 1 }
    expect(refusal(JSON.stringify(top)).params).toMatchObject({
      reason: 'unknown-field',
      field: 'extra',
      where: 'extra',
    })
    const inRecord = good()
    inRecord.records.notes[2].votes = 5
    expect(refusal(JSON.stringify(inRecord)).params).toMatchObject({
      reason: 'unknown-field',
      where: 'records.notes[2].votes',
    })
    const inRecords = good()
    inRecords.records.history = []
    expect(refusal(JSON.stringify(inRecords)).params).toMatchObject({ reason: 'unknown-field', field: 'history' })
    const proto = exchangeText(toExchange(demoLikeDoc(), 'test')).replace(
      '"format":',
      '"__proto__": {"polluted": true}, "format":',
    )
    expect(refusal(proto).params).toMatchObject({ reason: 'unknown-field', field: '__proto__' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses wrong types and missing fields, saying where', () => {
    const wrong = good()
    wrong.records.participants[0].role = 'king'
    expect(refusal(JSON.stringify(wrong)).params).toMatchObject({
      reason: 'invalid-value',
      where: 'records.participants[0].role',
    })
    const missing = good()
    delete missing.records.votes
    expect(refusal(JSON.stringify(missing)).params).toMatchObject({ reason: 'invalid-value', where: 'records.votes' })
    const longText = good()
    longText.records.notes[0].text = 'x'.repeat(10_001)
    expect(refusal(JSON.stringify(longText)).params).toMatchObject({ where: 'records.notes[0].text' })
  })

  it('keeps <script> and other markup as inert text', () => {
    const hostile = good()
    hostile.records.notes[0].text = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    hostile.workshop.title = '<b>Titel</b>'
    const parsed = parseExchangeText(JSON.stringify(hostile))
    expect(parsed.records.notes[0]!.text).toBe('<script>alert("x")</script><img src=x onerror=alert(1)>')
    expect(parsed.workshop.title).toBe('<b>Titel</b>')
  })

  it('refuses duplicate ids', () => {
    const twice = good()
    twice.records.notes.push({ ...twice.records.notes[0] })
    expect(refusal(JSON.stringify(twice)).params).toMatchObject({
      reason: 'duplicate-id',
      id: twice.records.notes[0].id,
    })
  })

  it('refuses references to records that are not in the file', () => {
    const dangling = good()
    dangling.records.notes[1].categoryId = 'nowhere'
    expect(refusal(JSON.stringify(dangling)).params).toMatchObject({
      reason: 'dangling-reference',
      where: 'records.notes[1].categoryId',
      id: 'nowhere',
    })
    const vote = good()
    vote.records.votes[0].roundId = 'no-round'
    expect(refusal(JSON.stringify(vote)).params).toMatchObject({ reason: 'dangling-reference', id: 'no-round' })
  })

  it('explains every refusal in both languages', () => {
    const errors = ['[]', '{"a":', '{"a": x}', JSON.stringify({ ...good(), schemaVersion: 9 })].map(refusal)
    for (const language of ['da', 'en'] as const) {
      const i18n = createI18n(language)
      const t = i18n.t.bind(i18n) as unknown as Translate
      for (const error of errors) {
        const message = exchangeErrorMessage(t, error.toShape())
        expect(message).not.toMatch(/exchange\.|{{/)
        expect(message).toMatch(language === 'da' ? /Intet blev skrevet/ : /Nothing was written/)
      }
    }
  })
})
