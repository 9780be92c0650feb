// What a language file of the demo workshop must provide. Keys come from ../structure.ts, so a language
// that forgets a strength, a session or a project field does not compile.
import type { ConnectorLabelKey, SessionKey, StrengthKey, ThemeKey } from '../structure'

export interface DemoProjectTexts {
  title: string
  goal: string
  firstStep: string
  resourcesNeeded: string
  resourcesOffered: string
  barriers: string
  successMeasure: string
  strategyArea: string
}

export interface DemoTexts {
  workshop: { title: string; place: string; facilitator: string }
  sessions: Record<SessionKey, string>
  strengths: Record<StrengthKey, string>
  connectorLabels: Record<ConnectorLabelKey, string>
  /** Theme names, given after the ideas were grouped. */
  themes: Record<ThemeKey, string>
  /** The ideas that end up in each theme; both languages have the same number per theme (a test checks). */
  ideas: Record<ThemeKey, readonly string[]>
  votingRoundTitle: string
  projects: Record<ThemeKey, DemoProjectTexts>
}
