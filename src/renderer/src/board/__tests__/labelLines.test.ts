// Issue 10: at the projector's fit zoom a theme label or project title wraps onto two lines before it is cut.
import { describe, expect, it } from 'vitest'
import { labelLines, labelLinesBrokenAt } from '../labelLines'

/** Every character 10 units wide. */
const ctx = { measureText: (text: string) => ({ width: text.length * 10 }) } as Pick<CanvasRenderingContext2D, 'measureText'>

describe('label lines', () => {
  it('keeps a label that fits on one line', () => {
    expect(labelLines(ctx, 'Trafik', 100)).toEqual({ lines: ['Trafik'], truncated: false })
  })
  it('wraps at spaces onto two lines before any ellipsis', () => {
    expect(labelLines(ctx, 'Trafik og sikker skolevej', 160)).toEqual({
      lines: ['Trafik og sikker', 'skolevej'],
      truncated: false,
    })
    expect(labelLines(ctx, 'Fællesskab i forsamlingshuset', 160)).toEqual({
      lines: ['Fællesskab i', 'forsamlingshuset'],
      truncated: false,
    })
  })
  it('cuts the second line, and says so, only when two lines cannot hold the label', () => {
    const { lines, truncated } = labelLines(ctx, 'Trafik og sikker skolevej · ● 36 prikker', 160)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe('Trafik og sikker')
    expect(lines[1]!.endsWith('…')).toBe(true)
    expect(truncated).toBe(true)
  })
  it('cuts a single word wider than the line', () => {
    expect(labelLines(ctx, 'Forsamlingshuset', 80)).toEqual({ lines: ['Forsaml…'], truncated: true })
  })
})

describe('a theme label with its dots', () => {
  it('puts the dots on their own line when the label needs two', () => {
    expect(labelLinesBrokenAt(ctx, 'Naboskab · ● 28 prikker', 130)).toEqual({
      lines: ['Naboskab', '● 28 prikker'],
      truncated: false,
    })
  })
  it('keeps a label that fits on one line whole', () => {
    expect(labelLinesBrokenAt(ctx, 'Fritid · ● 20', 200)).toEqual({ lines: ['Fritid · ● 20'], truncated: false })
  })
  it('wraps a name too long for one line as any label', () => {
    expect(labelLinesBrokenAt(ctx, 'Trafik og sikker skolevej · ● 36 prikker', 160)).toEqual(
      labelLines(ctx, 'Trafik og sikker skolevej · ● 36 prikker', 160),
    )
  })
})
