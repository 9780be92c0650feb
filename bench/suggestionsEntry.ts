// Bundled by bench/sharing.ts into one script for a blank Chromium page: the Sharing tab's suggestion code,
// exactly as the renderer runs it, timed there (the target is "in the renderer").
import { allSuggestions } from '@shared/analysis/matchSuggestions'

;(globalThis as unknown as Record<string, unknown>).benchSuggestions = allSuggestions
