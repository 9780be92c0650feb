// Rows and records: every field through its snake_case column, booleans as 0/1, lists and objects as JSON.
import { describe, expect, it } from 'vitest'
import { fromRow, toRow } from '../recordTables'
import type { Presentation } from '@shared/model/records'

describe('record tables', () => {
  const presentation: Presentation = {
    id: 'presentation',
    presenting: true,
    mode: 'spotlight',
    spotlight: { kind: 'zone', id: 'z-1' },
    frozen: false,
    frozenView: null,
    facilitatorView: { x: -10, y: 20.5, scale: 0.25, width: 1920, height: 1080 },
    highContrast: true,
    blanked: false,
  }

  it('reads back what it wrote, by column name, for every kind of field', () => {
    const row = toRow('presentation', presentation)
    expect(row).toMatchObject({ presenting: 1, frozen: 0, highContrast: 1, spotlight: '{"kind":"zone","id":"z-1"}' })
    // SELECT * answers with the columns' snake_case names.
    const selected = Object.fromEntries(
      Object.entries(row).map(([field, value]) => [field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]),
    )
    expect(selected).toHaveProperty('high_contrast', 1)
    expect(selected).toHaveProperty('facilitator_view')
    expect(fromRow('presentation', selected)).toEqual(presentation)
  })

  it('leaves a value that is not 0/1 or text as it is, so the schema refuses it', () => {
    expect(fromRow('presentation', { id: 'presentation', presenting: 2, spotlight: 7 })).toMatchObject({
      presenting: 2,
      spotlight: 7,
    })
  })
})
