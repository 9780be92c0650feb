// An export that is well-formed but breaks a rule the app keeps (src/shared/invariants) is refused before
// anything is written, with a message naming the record, in Danish and English: dots over a round's per-item
// maximum or a participant's dots, a role's paper dots over its people, a project status its newest follow-up
// contradicts, a theme name with stray spaces.
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { exchangeErrorMessage } from '@shared/exchange/exchangeErrorMessage'
import { createI18n, type Translate } from '@shared/i18n'
import { readImport, writeImportedWorkshop } from '../importWorkshop'
import { demoExportText, editedJson, snapshotFolder, tempDir, type LooseJson } from './helpers'

let goodText: string
beforeAll(() => {
  goodText = demoExportText()
})
type Loose = LooseJson
const edited = (change: (json: Loose) => void) => editedJson(goodText, change)

/** Imports as the app does; answers the refusal and checks that the folder is exactly as before. */
function refuse(content: string): AppError {
  const dir = tempDir()
  const source = path.join(dir, 'ind.json')
  fs.writeFileSync(source, content)
  const before = snapshotFolder(dir)
  let refusal: unknown
  try {
    writeImportedWorkshop(readImport(source).doc, path.join(dir, 'ny.handlekraft'))
  } catch (error) {
    refusal = error
  }
  expect(snapshotFolder(dir)).toEqual(before)
  expect(refusal, 'the import was accepted').toBeInstanceOf(AppError)
  const error = refusal as AppError
  expect(error.code).toBe('bad-import')
  expect(error.params.reason).toBe('breaks-rule')
  return error
}

const say = (language: 'da' | 'en', error: AppError) =>
  exchangeErrorMessage(createI18n(language).t as unknown as Translate, error.toShape())

/** The votes of one participant in the demo's round, for the cases to change. */
const votesOf = (json: Loose, participantId: string) =>
  json.records.votes.filter((vote: Loose) => vote.participantId === participantId)

describe('an import that breaks a rule is refused, naming the record, nothing written', () => {
  it('the demo export itself keeps every rule and imports', () => {
    const dir = tempDir()
    const source = path.join(dir, 'ind.json')
    fs.writeFileSync(source, goodText)
    expect(fs.existsSync(writeImportedWorkshop(readImport(source).doc, path.join(dir, 'ny.handlekraft')))).toBe(true)
  })

  it("more dots on one item than the round's per-item maximum", () => {
    const error = refuse(
      edited((json) => {
        const [first, ...rest] = votesOf(json, 'p01')
        first.count = 3 // the round allows 2 on one item, 4 in all
        json.records.votes = json.records.votes.filter((vote: Loose) => !rest.includes(vote))
      }),
    )
    expect(error.params).toEqual(
      expect.objectContaining({ rule: 'too-many-on-item', kind: 'votingRound', id: 'round-themes' }),
    )
    expect(say('en', error)).toMatch(
      /^In the voting round “Hvilke temaer skal vi arbejde videre med\?”, .+ put 3 dots on “.+”, but at most 2 may go on one item\. .*Nothing was written\. File: ind\.json$/,
    )
    expect(say('da', error)).toMatch(
      /^I afstemningsrunden “Hvilke temaer.+” har .+ sat 3 prikker på “.+”, men der må højst sættes 2 på ét punkt\. .*Intet blev skrevet\./,
    )
  })

  it('more dots than a participant has', () => {
    const error = refuse(
      edited((json) => {
        const votes = votesOf(json, 'p01')
        const round = json.records.votingRounds[0]
        // 2 on each of three items: within the per-item maximum, over the 4 dots a participant has.
        json.records.votes = json.records.votes.filter((vote: Loose) => !votes.includes(vote))
        for (const itemId of round.optionIds.slice(0, 3)) {
          json.records.votes.push({ ...votes[0], id: `extra-${itemId}`, itemId, count: 2 })
        }
      }),
    )
    expect(error.params).toEqual(expect.objectContaining({ rule: 'too-many-dots', count: 6, max: 4 }))
    expect(say('en', error)).toContain('has 6 dots, but each participant has at most 4.')
    expect(say('da', error)).toContain('6 prikker, men hver deltager har højst 4.')
  })

  it('paper dots of a role over what its people may place on one item', () => {
    const error = refuse(
      edited((json) => {
        const round = json.records.votingRounds[0]
        json.records.votes.push({
          id: 'paper-politicians',
          roundId: round.id,
          itemId: round.optionIds[0],
          participantId: null,
          role: 'politician',
          count: 200,
          createdAt: round.createdAt,
        })
      }),
    )
    expect(error.params).toEqual(
      expect.objectContaining({ rule: 'role-too-many-on-item', role: 'politician', people: 5, max: 10 }),
    )
    expect(say('en', error)).toMatch(
      /the politician dots on “.+” number 2\d\d, but 5 politicians may place at most 10 there\./,
    )
    expect(say('da', error)).toMatch(/er der 2\d\d politikerprikker på “.+”, men 5 politikere kan højst sætte 10 der\./)
  })

  it('a project whose status contradicts its newest follow-up', () => {
    const error = refuse(
      edited((json) => {
        const project = json.records.projects.find((p: Loose) => p.id === 'project-children')
        project.status = 'done' // its follow-ups say running
      }),
    )
    expect(error.params).toEqual(
      expect.objectContaining({ rule: 'project-status', kind: 'project', id: 'project-children' }),
    )
    expect(say('en', error)).toContain(
      'The action project “Naturlegeplads i Kildebæk Skov” has the status “Done”, but its newest follow-up says “Running”.',
    )
    expect(say('da', error)).toContain('Handleprojektet “Naturlegeplads i Kildebæk Skov” har status “')
  })

  it.each([' Et godt børneliv', 'Et godt børneliv ', 'Et  godt børneliv'])('a theme named %j', (name) => {
    const error = refuse(
      edited((json) => {
        json.records.themes.find((theme: Loose) => theme.id === 'theme-children').name = name
      }),
    )
    expect(error.params).toEqual(
      expect.objectContaining({ rule: 'untidy-theme-name', kind: 'theme', id: 'theme-children' }),
    )
    expect(say('en', error)).toBe(
      `The theme “${name}” has spaces at the start or end of its name, or two in a row. Handlekraft itself never writes this, so the file was refused. Nothing was written. File: ind.json`,
    )
    expect(say('da', error)).toContain(`Temaet “${name}” har mellemrum først eller sidst i navnet eller to i træk.`)
  })
})
