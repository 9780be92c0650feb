import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../errors'
import { RECORD_KINDS, ROLES } from '../../model/records'
import { DEFAULT_CATEGORIES } from '../../model/defaults'
import { Template } from '../../model/records'
import { createI18n, errorMessage, pickLanguage, type Translate } from '..'
import { da } from '../da'
import { en } from '../en'

/** Every leaf of a nested catalog as "a.b.c" -> text. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>()
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) found.set(path, leaf)
    }
  } else {
    found.set(prefix, value)
  }
  return found
}

/** The reasons the commands pass to reject(), read from their source, so a new reason fails here until translated. */
const COMMAND_REJECTED_REASONS = (() => {
  const folder = path.join(__dirname, '../../commands')
  const reasons = new Set<string>()
  for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
    for (const match of fs.readFileSync(path.join(folder, name), 'utf8').matchAll(/reject\('([a-z-]+)'/g))
      reasons.add(match[1]!)
  }
  return [...reasons]
})()

describe('catalogs', () => {
  const daLeaves = leaves(da)
  const enLeaves = leaves(en)

  it('have exactly the same keys', () => {
    expect([...daLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort())
  })

  it('have only non-empty strings', () => {
    for (const [key, text] of [...daLeaves, ...enLeaves]) {
      expect(typeof text, key).toBe('string')
      expect((text as string).trim().length, key).toBeGreaterThan(0)
    }
  })

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: unknown) => [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()
    for (const [key, text] of enLeaves) expect(variables(daLeaves.get(key)), key).toEqual(variables(text))
  })

  it('translate every error code, rejection reason, category, role and template', () => {
    expect(COMMAND_REJECTED_REASONS.length).toBeGreaterThan(8)
    for (const catalog of [daLeaves, enLeaves]) {
      for (const kind of RECORD_KINDS) expect(catalog.has(`recordKinds.${kind}`), kind).toBe(true)
    }
    for (const catalog of [daLeaves, enLeaves]) {
      for (const code of ERROR_CODES) expect(catalog.has(`errors.${code}`), code).toBe(true)
      for (const reason of COMMAND_REJECTED_REASONS) expect(catalog.has(`commandRejected.${reason}`), reason).toBe(true)
      for (const category of DEFAULT_CATEGORIES) expect(catalog.has(`categories.${category.id}`)).toBe(true)
      for (const role of ROLES) expect(catalog.has(`roles.${role}`)).toBe(true)
      for (const template of Template.options) expect(catalog.has(`templates.${template}`)).toBe(true)
    }
  })

  it('use the Danish words of the method', () => {
    expect(da.categories).toMatchObject({ people: 'Mennesker', economy: 'Økonomi', culture: 'Kultur' })
    expect(da.zones).toEqual({ ideas: 'Idéer', projects: 'Handleprojekter' })
  })
})

describe('pickLanguage', () => {
  it.each([
    ['da', 'da'],
    ['da-DK', 'da'],
    ['da_DK.UTF-8', 'da'],
    ['DA-dk', 'da'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    ['nb-NO', 'en'],
  ])('%s -> %s', (locale, language) => {
    expect(pickLanguage(locale)).toBe(language)
  })
})

describe('errorMessage', () => {
  const tDa = createI18n('da').t as unknown as Translate
  const tEn = createI18n('en').t as unknown as Translate

  it('says a foreign file is not a workshop and names the file', () => {
    const message = errorMessage(tEn, { code: 'not-sqlite', params: { file: '/tmp/notes.txt' } })
    expect(message).toBe('This file is not a Handlekraft workshop. File: /tmp/notes.txt')
  })

  it('names a missing folder as a folder, not as a file', () => {
    expect(errorMessage(tDa, { code: 'folder-not-found', params: { file: '/hjem/workshops' } })).toBe(
      'Mappen findes ikke. Vælg en anden mappe. Mappe: /hjem/workshops',
    )
  })

  it('fills in the versions of a newer file, in Danish', () => {
    const message = errorMessage(tDa, { code: 'newer-version', params: { found: 7, supported: 3 } })
    expect(message).toContain('filversion 7')
    expect(message).toContain('op til 3')
    expect(message).not.toContain('{{')
  })

  it('falls back to a message without details when versions are missing', () => {
    const message = errorMessage(tEn, { code: 'newer-version', params: {} })
    expect(message).toBe(en.errorsWithoutDetails['newer-version'])
  })

  it('uses the specific text for a rejected command, with the record kind translated', () => {
    expect(errorMessage(tEn, { code: 'command-rejected', params: { reason: 'too-many-dots', max: 4 } })).toBe(
      'Each participant has at most 4 dots in this round.',
    )
    expect(
      errorMessage(tDa, { code: 'command-rejected', params: { reason: 'unknown-record', what: 'note', id: 'n1' } }),
    ).toContain('(seddel)')
  })

  it('uses the general rejection text for a reason it does not know', () => {
    expect(errorMessage(tEn, { code: 'command-rejected', params: { reason: 'something-new' } })).toBe(
      en.errors['command-rejected'],
    )
  })

  it('never leaves a placeholder in any message, with or without parameters', () => {
    for (const t of [tDa, tEn]) {
      for (const code of ERROR_CODES) expect(errorMessage(t, { code, params: {} })).not.toMatch(/{{|}}/)
      for (const reason of COMMAND_REJECTED_REASONS) {
        expect(errorMessage(t, { code: 'command-rejected', params: { reason } })).not.toMatch(/{{|}}/)
      }
    }
  })
})
