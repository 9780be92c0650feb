// Vejle's scenario (issue 14): one workshop whose action projects spread over the four strategy areas of
// Vejle's resilience strategy, some in two of them, at different stages of their 100 days.
import type { AreaPlan } from './holbaekAreas'
import { VEJLE_STRATEGY_AREAS } from './scenarioTexts'

const [coCreation, climate, cohesion, technology] = VEJLE_STRATEGY_AREAS as [string, string, string, string]

export const VEJLE_AREA: AreaPlan = {
  key: 'vejle-robusthed',
  place: 'Vejle',
  kind: 'town',
  participants: 48,
  kickoff: '2026-06-10',
  followUps: ['day50', 'day100'],
  strategyAreas: VEJLE_STRATEGY_AREAS,
  themes: [
    { key: 'community', variant: 0 },
    { key: 'climate', variant: 0 },
    { key: 'nature', variant: 1 },
    { key: 'youth', variant: 0 },
    { key: 'seniors', variant: 0 },
    { key: 'shop', variant: 1 },
  ],
  projects: [
    {
      theme: 'community',
      variant: 0,
      areas: [coCreation, cohesion],
      day50: { status: 'running', progress: 40 },
      day100: { status: 'done', progress: 100 },
    },
    {
      theme: 'climate',
      variant: 1,
      areas: [climate, technology],
      day50: { status: 'running', progress: 30 },
      day100: { status: 'running', progress: 65 },
    },
    {
      theme: 'nature',
      variant: 0,
      areas: [climate],
      day50: { status: 'running', progress: 50 },
      day100: { status: 'done', progress: 100 },
    },
    {
      theme: 'youth',
      variant: 1,
      areas: [cohesion, coCreation],
      day50: { status: 'running', progress: 20 },
      day100: { status: 'paused', progress: 35 },
    },
    {
      theme: 'seniors',
      variant: 2,
      areas: [cohesion],
      day50: { status: 'running', progress: 45 },
      day100: { status: 'done', progress: 100 },
    },
    {
      theme: 'shop',
      variant: 1,
      areas: [technology],
      day50: { status: 'running', progress: 25 },
      day100: { status: 'running', progress: 60 },
    },
    { theme: 'climate', variant: 2, areas: [climate, coCreation], day50: { status: 'idea', progress: 0 } },
    { theme: 'community', variant: 1, areas: [technology, cohesion] },
  ],
}
