// Built-in starting points: the six ABCD asset categories with projector-friendly colours, and note colours.
import type { Category, NoteKind } from './records'

export const DEFAULT_CATEGORIES: readonly Category[] = [
  { id: 'people', name: null, color: '#f4a261', position: 0 },
  { id: 'associations', name: null, color: '#e9c46a', position: 1 },
  { id: 'institutions', name: null, color: '#8ab17d', position: 2 },
  { id: 'places', name: null, color: '#2a9d8f', position: 3 },
  { id: 'economy', name: null, color: '#6c8ebf', position: 4 },
  { id: 'culture', name: null, color: '#b47eb3', position: 5 },
]

export const NOTE_COLOUR_BY_KIND: Record<NoteKind, string> = {
  strength: '#fff3b0',
  idea: '#cdeffd',
  other: '#f1f1f1',
  need: '#ffd6d1',
  offer: '#d4f2d2',
}

export const THEME_COLOURS = ['#e76f51', '#2a9d8f', '#264653', '#e9c46a', '#8e5572', '#5c8001'] as const

export const NOTE_SIZE = { width: 180, height: 120 } as const
/** Actor cards are wider than notes: a name of an organisation is long. */
export const ACTOR_SIZE = { width: 220, height: 110 } as const

/** Dots per participant: about the number of options divided by three, kept within 3 to 5 (DOMAIN.md). */
export function defaultDotsPerParticipant(optionCount: number): number {
  return Math.min(5, Math.max(3, Math.round(optionCount / 3)))
}

/** A project's deadline defaults to 100 days after the session it was made in. */
export function hundredDaysAfter(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 100)
  return date.toISOString().slice(0, 10)
}

/** The standard evening (DOMAIN.md's method), with minutes per phase. Titles stay empty: the UI translates. */
export const STANDARD_AGENDA = [
  { kind: 'map', minutes: 20 },
  { kind: 'dream', minutes: 15 },
  { kind: 'group', minutes: 20 },
  { kind: 'prioritise', minutes: 15 },
  { kind: 'plan', minutes: 30 },
  { kind: 'roundup', minutes: 10 },
] as const

/**
 * Strategy areas a new workshop starts with, in its own language: the four areas of Vejle's resilience
 * strategy (DOMAIN.md), a list many municipalities recognise. The facilitator edits the list.
 */
export const DEFAULT_STRATEGY_AREAS = {
  da: ['Samskabelse', 'Klima', 'Social sammenhængskraft', 'Ny teknologi'],
  en: ['Co-creation', 'Climate', 'Social cohesion', 'New technology'],
} as const
