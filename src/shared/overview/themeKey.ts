// "Nearly the same name" for themes across local areas: "Trafikken" in one area and "trafik" in another are
// one theme, and so are "Naboskabet"/"Naboskab", "Stierne"/"Stier", "Café-liv"/"Cafeliv". Case and accents
// are folded (é → e, å → a; æ and ø are letters of their own in Danish and stay), punctuation is dropped, and
// each word loses one common Danish plural or definite ending (-erne, -ene, -ere, -en, -et, -er, -e) when a
// stem of at least three letters is left; a doubled final consonant that the ending made ("trafikk-en") is
// undoubled. Not a full stemmer on purpose: a coordinator must be able to predict which names meet.

const ENDINGS = ['erne', 'ene', 'ere', 'en', 'et', 'er', 'e'] as const
const MIN_STEM = 3
const VOWELS = new Set([...'aeiouyæøå'])

function foldAccents(text: string): string {
  // NFD splits é into e + a combining mark; æ and ø do not decompose, so they survive as letters.
  return text.normalize('NFD').replace(/\p{M}+/gu, '')
}

/** "hall" and "hallen", "trafik" and "trafikken" meet: a doubled final consonant counts once. */
function undouble(stem: string): string {
  const last = stem.at(-1)
  return stem.length > MIN_STEM && last === stem.at(-2) && !VOWELS.has(last!) ? stem.slice(0, -1) : stem
}

export function stemWord(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return undouble(word.slice(0, -ending.length))
  }
  return undouble(word)
}

/** The key two theme names share when they are nearly the same; '' for a name with no letters. */
export function themeKey(name: string): string {
  const words = foldAccents(name.toLowerCase())
    .replace(/[-‐–—_/]+/g, '') // "Café-liv" and "Cafeliv" are one word
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  return words.map(stemWord).join(' ')
}
