// Danske tekster til de låste knapper i en skrivebeskyttet workshop (issue 12, punkt 5). Spejler en/readOnly.ts.
import type { readOnlyEn } from '../en/readOnly'

export const readOnlyDa: typeof readOnlyEn = {
  reason: 'Skrivebeskyttet fil: brug “Gem en kopi…” for at redigere.',
}
