// Translation keys are checked by the typecheck (i18next.d.ts): a key that is not in the catalog is a compile
// error, not a raw key shown to a facilitator. The @ts-expect-error lines below fail `npm run typecheck` the day
// keys stop being typed; at run time they show what an unknown key would have printed.
import { describe, expect, it } from 'vitest'
import { createI18n } from '..'

describe('typed translation keys', () => {
  const { t } = createI18n('en')

  it('accepts a key of the catalog', () => {
    expect(t('workshop.closedElsewhere')).not.toBe('workshop.closedElsewhere')
  })

  it('refuses, at compile time, a key the catalog does not have', () => {
    // @ts-expect-error 'workshop.noSuchKey' is not in the catalog
    expect(t('workshop.noSuchKey')).toBe('workshop.noSuchKey')
    // @ts-expect-error a typo in a section name
    expect(t('workshop.closedElswhere')).toBe('workshop.closedElswhere')
  })
})
