import { describe, expect, it } from 'vitest'
import { MIN_TEXT_PX } from '../drawNotes'
import { projectTitlePillHeight } from '../methodDrawing'
import { CARD_LAYOUT, cardTextsShown } from '../projectCardText'

describe('which words a project card shows at a zoom', () => {
  it('shows everything once its own title is readable (no pill)', () => {
    expect(cardTextsShown(1)).toEqual({ title: true, owner: true, status: true, complete: true })
    expect(cardTextsShown(0.5)).toEqual({ title: true, owner: true, status: true, complete: true })
  })

  it('at "show everything" zoom shows only what the pill leaves clear and is readable: nothing at 23 %', () => {
    expect(cardTextsShown(0.23)).toEqual({ title: false, owner: false, status: false, complete: false })
  })

  it('never draws a line the tallest pill would cover, nor one under MIN_TEXT_PX', () => {
    for (let scale = 0.05; scale < 0.5; scale += 0.01) {
      const under = projectTitlePillHeight(CARD_LAYOUT.title.size, scale)
      const shown = cardTextsShown(scale)
      if (shown.owner) {
        expect(under).toBeLessThanOrEqual(CARD_LAYOUT.owner.top)
        expect(CARD_LAYOUT.owner.size * scale).toBeGreaterThanOrEqual(MIN_TEXT_PX)
      }
      if (shown.status) expect(under).toBeLessThanOrEqual(CARD_LAYOUT.status.top)
      expect(shown.title).toBe(false)
    }
  })

  it('between the pill and full detail, the status and count come back before the title does', () => {
    expect(cardTextsShown(0.45)).toEqual({ title: false, owner: true, status: true, complete: true })
  })
})
