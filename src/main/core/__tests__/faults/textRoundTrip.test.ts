// Text at the edges survives the file exactly: what the command kept is what SQLite gives back after a
// close and reopen (UTF-8 in STRICT TEXT columns), and the 10,000-character note too.
import { describe, expect, it } from 'vitest'
import { WorkshopStore } from '../../workshopStore'
import { newWorkshop } from '../helpers'

const TEXTS = [
  'Æbleplantage ved præstegården',
  '🌳🚲 👩‍👩‍👧‍👦 🇩🇰 👍🏽',
  'مكتبة الحي مفتوحة للجميع \u200f',
  'e\u0301 a\u0308 \u0928\u093f',
  'zero\u200bwidth\u200djoiner\ufeff',
  'one\ntwo\n\tindented',
  'ø'.repeat(10_000),
  'a\u0000b\u001b[31m\r\nc\ud800', // cleaned at the boundary: stored as "ab[31m\nc\ufffd"
]

describe('text through the file', () => {
  it('comes back exactly as the command stored it', () => {
    const store = newWorkshop()
    store.apply({ name: 'addNotes', args: { notes: TEXTS.map((text, i) => ({ id: `t${i}`, text, x: i, y: i })) } })
    const stored = TEXTS.map((_, i) => store.doc.note[`t${i}`]!.text)
    expect(stored.at(-1)).toBe('ab[31m\nc\ufffd')
    store.close()
    const reopened = WorkshopStore.open(store.path)
    expect(TEXTS.map((_, i) => reopened.doc.note[`t${i}`]!.text)).toEqual(stored)
    reopened.close()
  })
})
