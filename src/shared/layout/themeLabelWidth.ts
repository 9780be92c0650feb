// How wide a theme's block must be for its label to read on two lines at the projector's fit zoom. The label
// keeps a minimum size on screen, so zoomed out to show everything it is up to THEME_LABEL_ROOM.fontSize board
// units tall; a block narrower than the label's two lines at that size had its name cut ("Trafik ·…").
// Estimated from character counts (src/shared has no canvas): generous, since a block a little too wide
// costs nothing and one too narrow cuts the name the room must read.
import { THEME_LABEL_ROOM } from './sizes'

/** Average width of a bold label character, in font sizes (measured ~0.55 for the board font; rounded up). */
const CHAR_WIDTH = 0.62
/** Room for the dots the label shows once a round is revealed (" · ● 123 prikker", the longer language). */
const DOTS_SUFFIX = ['·', '●', '123', 'prikker']

/** The fewest characters the longer of two lines needs, breaking `words` at one space. */
function balancedTwoLines(words: readonly string[]): number {
  const total = words.join(' ').length
  let best = total
  let first = 0
  for (let i = 0; i < words.length - 1; i++) {
    first += words[i]!.length + (i > 0 ? 1 : 0)
    best = Math.min(best, Math.max(first, total - first - 1))
  }
  return best
}

/** Board width of the label pill (text and its padding) for a theme named `name`, on at most two lines. */
export function themeLabelWidth(name: string): number {
  const words = [...name.split(/ +/).filter((word) => word !== ''), ...DOTS_SUFFIX]
  const size = THEME_LABEL_ROOM.fontSize
  return Math.ceil(balancedTwoLines(words) * CHAR_WIDTH * size + size)
}
