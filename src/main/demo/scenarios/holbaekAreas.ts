// Holbæk Municipality's local areas as demo data (issue 14): a market town, station towns, villages, a
// peninsula and an island, each with its own local forum. Sizes, dates and follow-ups differ, so the overview
// has something to compare: some areas met at day 50 and day 100, some only at day 50, some just started.
// Names of places are real; everything said about them is invented for the demo.
import type { ProjectStatus } from '@shared/model/records'
import type { ThemeKey } from './scenarioTexts'

export interface AreaProjectPlan {
  theme: ThemeKey
  /** Index into the theme's project titles (scenarioTexts.ts). */
  variant: number
  /** Extra strategy areas beyond the theme's own. */
  alsoIn?: string[]
  /** The project's strategy areas instead of the theme's own (Vejle reports by its four). */
  areas?: string[]
  /** Status reported at day 50 and at day 100 (when those sessions happened). */
  day50?: { status: ProjectStatus; progress: number }
  day100?: { status: ProjectStatus; progress: number }
}

export interface AreaPlan {
  key: string
  place: string
  kind: 'town' | 'village' | 'coast' | 'island' | 'station'
  participants: number
  kickoff: string
  /** The follow-up sessions held so far. */
  followUps: ('day50' | 'day100')[]
  /** The workshop's list of strategy areas; the scenario's common list when not given. */
  strategyAreas?: readonly string[]
  /** Themes, each with the name variant this area used ("Trafikken" here, "Trafik" there). */
  themes: { key: ThemeKey; variant: number }[]
  projects: AreaProjectPlan[]
}

const run = (progress: number) => ({ status: 'running' as const, progress })
const done = { status: 'done' as const, progress: 100 }
const pause = (progress: number) => ({ status: 'paused' as const, progress })

export const HOLBAEK_AREAS: readonly AreaPlan[] = [
  {
    key: '01-holbaek-by',
    place: 'Holbæk By',
    kind: 'town',
    participants: 60,
    kickoff: '2026-05-12',
    followUps: ['day50', 'day100'],
    themes: [
      { key: 'traffic', variant: 0 },
      { key: 'youth', variant: 0 },
      { key: 'harbour', variant: 1 },
      { key: 'culture', variant: 0 },
      { key: 'community', variant: 1 },
    ],
    projects: [
      { theme: 'harbour', variant: 0, day50: run(40), day100: done },
      { theme: 'youth', variant: 0, alsoIn: ['Samskabelse'], day50: run(30), day100: done },
      { theme: 'traffic', variant: 0, day50: run(20), day100: pause(35) },
      { theme: 'culture', variant: 1, day50: run(50), day100: done },
    ],
  },
  {
    key: '02-toelloese',
    place: 'Tølløse',
    kind: 'station',
    participants: 44,
    kickoff: '2026-05-26',
    followUps: ['day50', 'day100'],
    themes: [
      { key: 'traffic', variant: 1 },
      { key: 'children', variant: 0 },
      { key: 'hall', variant: 0 },
      { key: 'newcomers', variant: 0 },
    ],
    projects: [
      { theme: 'traffic', variant: 1, day50: run(25), day100: done },
      { theme: 'newcomers', variant: 0, day50: run(50), day100: done },
      { theme: 'hall', variant: 0, alsoIn: ['Klima'], day50: run(30), day100: done },
    ],
  },
  {
    key: '03-jyderup',
    place: 'Jyderup',
    kind: 'station',
    participants: 38,
    kickoff: '2026-06-02',
    followUps: ['day50', 'day100'],
    themes: [
      { key: 'nature', variant: 0 },
      { key: 'paths', variant: 1 },
      { key: 'shop', variant: 0 },
      { key: 'youth', variant: 1 },
    ],
    projects: [
      { theme: 'paths', variant: 0, day50: run(40), day100: done },
      { theme: 'shop', variant: 0, day50: run(20), day100: run(45) },
      { theme: 'nature', variant: 1, day50: run(60), day100: done },
    ],
  },
  {
    key: '04-svinninge',
    place: 'Svinninge',
    kind: 'station',
    participants: 33,
    kickoff: '2026-06-09',
    followUps: ['day50', 'day100'],
    themes: [
      { key: 'community', variant: 0 },
      { key: 'hall', variant: 1 },
      { key: 'newcomers', variant: 1 },
      { key: 'traffic', variant: 2 },
    ],
    projects: [
      { theme: 'newcomers', variant: 1, day50: run(35), day100: done },
      { theme: 'hall', variant: 1, day50: run(20), day100: done },
    ],
  },
  {
    key: '05-moerkoev',
    place: 'Mørkøv',
    kind: 'village',
    participants: 27,
    kickoff: '2026-06-16',
    followUps: ['day50', 'day100'],
    themes: [
      { key: 'children', variant: 1 },
      { key: 'community', variant: 1 },
      { key: 'climate', variant: 0 },
    ],
    projects: [
      { theme: 'children', variant: 0, day50: run(50), day100: done },
      { theme: 'climate', variant: 0, alsoIn: ['Ny teknologi'], day50: run(25), day100: done },
    ],
  },
  {
    key: '06-vipperoed',
    place: 'Vipperød',
    kind: 'station',
    participants: 41,
    kickoff: '2026-06-23',
    followUps: ['day50', 'day100'],
    themes: [
      { key: 'traffic', variant: 0 },
      { key: 'paths', variant: 0 },
      { key: 'youth', variant: 0 },
      { key: 'seniors', variant: 0 },
    ],
    projects: [
      { theme: 'paths', variant: 1, day50: run(30), day100: done },
      { theme: 'seniors', variant: 0, day50: run(40), day100: done },
      { theme: 'youth', variant: 1, day50: run(10), day100: run(30) },
    ],
  },
  {
    key: '07-ugerloese',
    place: 'Ugerløse',
    kind: 'village',
    participants: 22,
    kickoff: '2026-08-25',
    followUps: ['day50'],
    themes: [
      { key: 'hall', variant: 0 },
      { key: 'nature', variant: 1 },
      { key: 'community', variant: 0 },
    ],
    projects: [
      { theme: 'hall', variant: 2, day50: run(45) },
      { theme: 'nature', variant: 0, day50: run(20) },
    ],
  },
  {
    key: '08-tuse-naes',
    place: 'Tuse Næs',
    kind: 'coast',
    participants: 36,
    kickoff: '2026-05-19',
    followUps: ['day50', 'day100'],
    themes: [
      { key: 'coast', variant: 0 },
      { key: 'nature', variant: 1 },
      { key: 'traffic', variant: 1 },
      { key: 'climate', variant: 1 },
    ],
    projects: [
      { theme: 'coast', variant: 0, alsoIn: ['Samskabelse'], day50: run(30), day100: done },
      { theme: 'climate', variant: 1, day50: run(40), day100: done },
      { theme: 'traffic', variant: 2, day50: run(10), day100: pause(20) },
    ],
  },
  {
    key: '09-oroe',
    place: 'Orø',
    kind: 'island',
    participants: 24,
    kickoff: '2026-08-25',
    followUps: ['day50'],
    themes: [
      { key: 'ferry', variant: 0 },
      { key: 'shop', variant: 1 },
      { key: 'seniors', variant: 1 },
      { key: 'coast', variant: 1 },
    ],
    projects: [
      { theme: 'ferry', variant: 0, day50: run(35) },
      { theme: 'shop', variant: 1, alsoIn: ['Ny teknologi'], day50: run(50) },
    ],
  },
  {
    key: '10-kundby',
    place: 'Kundby',
    kind: 'village',
    participants: 20,
    kickoff: '2026-09-01',
    followUps: ['day50'],
    themes: [
      { key: 'community', variant: 1 },
      { key: 'children', variant: 0 },
      { key: 'paths', variant: 1 },
    ],
    projects: [{ theme: 'paths', variant: 0, day50: run(25) }],
  },
  {
    key: '11-regstrup',
    place: 'Regstrup',
    kind: 'village',
    participants: 31,
    kickoff: '2026-09-08',
    followUps: ['day50'],
    themes: [
      { key: 'traffic', variant: 0 },
      { key: 'children', variant: 1 },
      { key: 'climate', variant: 0 },
    ],
    projects: [
      { theme: 'traffic', variant: 0, day50: run(20) },
      { theme: 'climate', variant: 2, day50: run(15) },
    ],
  },
  {
    key: '12-knabstrup',
    place: 'Knabstrup',
    kind: 'village',
    participants: 23,
    kickoff: '2026-09-15',
    followUps: ['day50'],
    themes: [
      { key: 'culture', variant: 1 },
      { key: 'nature', variant: 0 },
      { key: 'hall', variant: 1 },
    ],
    projects: [
      { theme: 'culture', variant: 0, day50: run(30) },
      { theme: 'nature', variant: 2, day50: run(10) },
    ],
  },
  {
    key: '13-store-merloese',
    place: 'Store Merløse',
    kind: 'village',
    participants: 29,
    kickoff: '2026-09-22',
    followUps: [],
    themes: [
      { key: 'newcomers', variant: 0 },
      { key: 'shop', variant: 0 },
      { key: 'community', variant: 0 },
    ],
    projects: [
      { theme: 'newcomers', variant: 2 },
      { theme: 'shop', variant: 2 },
    ],
  },
  {
    key: '14-gislinge',
    place: 'Gislinge',
    kind: 'village',
    participants: 26,
    kickoff: '2026-09-29',
    followUps: [],
    themes: [
      { key: 'hall', variant: 0 },
      { key: 'youth', variant: 1 },
      { key: 'paths', variant: 0 },
    ],
    projects: [
      { theme: 'hall', variant: 0 },
      { theme: 'youth', variant: 2 },
    ],
  },
  {
    key: '15-undloese',
    place: 'Undløse',
    kind: 'village',
    participants: 25,
    kickoff: '2026-10-06',
    followUps: [],
    themes: [
      { key: 'children', variant: 0 },
      { key: 'seniors', variant: 1 },
      { key: 'climate', variant: 1 },
    ],
    projects: [
      { theme: 'seniors', variant: 1 },
      { theme: 'climate', variant: 0 },
    ],
  },
  {
    key: '16-saaby-hagested',
    place: 'Såby-Hagested',
    kind: 'village',
    participants: 21,
    kickoff: '2026-10-13',
    followUps: [],
    themes: [
      { key: 'community', variant: 1 },
      { key: 'traffic', variant: 2 },
      { key: 'culture', variant: 0 },
    ],
    projects: [{ theme: 'culture', variant: 2 }],
  },
  {
    key: '17-holbaek-fjord-sandby',
    place: 'Sandby ved Holbæk Fjord',
    kind: 'coast',
    participants: 28,
    kickoff: '2026-06-30',
    followUps: ['day50', 'day100'],
    themes: [
      { key: 'coast', variant: 1 },
      { key: 'climate', variant: 0 },
      { key: 'paths', variant: 0 },
    ],
    projects: [
      { theme: 'coast', variant: 1, day50: run(20), day100: done },
      { theme: 'climate', variant: 1, alsoIn: ['Ny teknologi'], day50: run(45), day100: done },
    ],
  },
  {
    key: '18-soenderby',
    place: 'Sønderby',
    kind: 'village',
    participants: 30,
    kickoff: '2026-10-20',
    followUps: [],
    themes: [
      { key: 'newcomers', variant: 1 },
      { key: 'nature', variant: 0 },
      { key: 'seniors', variant: 0 },
    ],
    projects: [
      { theme: 'newcomers', variant: 0 },
      { theme: 'nature', variant: 1 },
    ],
  },
]
