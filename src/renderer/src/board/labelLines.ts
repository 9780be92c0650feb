// A label (theme name, project title) on at most two lines within a width, breaking at spaces; an ellipsis
// only when two lines cannot hold it. Why: at the projector's fit zoom a theme block is ~70 px wide and a
// one-line label was cut to "Trafik ·…"; two whole lines read, a cut name does not.
type Measurer = Pick<CanvasRenderingContext2D, 'measureText'>

export const LABEL_LINES = 2

export interface LabelLines {
  lines: string[]
  /** True when the text had to be cut with an ellipsis. */
  truncated: boolean
}

/** `text` shortened with an ellipsis to fit `width` in the context's current font. */
export function fitText(ctx: Measurer, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text
  let cut = text.length
  while (cut > 0 && ctx.measureText(`${text.slice(0, cut)}…`).width > width) cut--
  return `${text.slice(0, cut).trimEnd()}…`
}

/** Greedy wrap at spaces into at most `maxLines` lines of `width`; the last line takes the rest, cut if it must. */
export function labelLines(ctx: Measurer, text: string, width: number, maxLines = LABEL_LINES): LabelLines {
  const fits = (line: string) => ctx.measureText(line).width <= width
  if (fits(text)) return { lines: [text], truncated: false }
  const words = text.split(/ +/).filter((word) => word !== '')
  const lines: string[] = []
  let line = ''
  let index = 0
  for (; index < words.length && lines.length < maxLines - 1; index++) {
    const joined = line === '' ? words[index]! : `${line} ${words[index]}`
    if (fits(joined)) {
      line = joined
      continue
    }
    if (line === '') {
      // One word wider than a line: nothing to wrap at; it is cut below.
      line = words[index]!
      index++
    }
    lines.push(line)
    line = ''
    if (lines.length === maxLines - 1) break
    index--
  }
  const rest = [line, ...words.slice(index)].filter((part) => part !== '').join(' ')
  if (rest !== '') lines.push(rest)
  const fitted = lines.map((l) => fitText(ctx, l, width))
  return { lines: fitted, truncated: fitted.some((l, i) => l !== lines[i]) }
}

/** Where a theme's name ends and its dots begin in its label ("Trafik · ● 42 prikker"). */
export const DOTS_SEPARATOR = ' · '

/**
 * A label whose last part is said on its own line when it does not fit on one: "Trafik" over "● 42 prikker"
 * rather than "Trafik · ●" over "42 prikker" (the dot torn from its count). When the name itself needs two
 * lines, the whole label wraps as labelLines does.
 */
export function labelLinesBrokenAt(ctx: Measurer, text: string, width: number, separator = DOTS_SEPARATOR): LabelLines {
  const at = text.lastIndexOf(separator)
  const fits = (line: string) => ctx.measureText(line).width <= width
  if (at < 0 || fits(text)) return labelLines(ctx, text, width)
  const head = text.slice(0, at)
  const tail = text.slice(at + separator.length)
  if (fits(head) && fits(tail)) return { lines: [head, tail], truncated: false }
  return labelLines(ctx, text, width)
}
