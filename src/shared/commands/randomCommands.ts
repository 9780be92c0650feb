// Seeded random workshop activity for the fuzz tests and the crash harness: commands that fit the document
// (notes added, moved, grouped, voted on, deleted …), now and then one that must be refused (unknown ids,
// duplicate ids, out-of-range numbers), and undo/redo. Same seed, same document -> same step.
import { recordsOf, type WorkshopDoc } from '../model/document'
import { ROLES } from '../model/records'
import { seededRandom, type Random } from '../random'

export type Rng = Random
/** The shared mulberry32: a 32-bit seed reproduces a whole run. */
export const seededRng = seededRandom

export type Step = { kind: 'apply'; command: { name: string; args: unknown } } | { kind: 'undo' } | { kind: 'redo' }

/** Texts people type, and texts that test the edges: other scripts, emoji, combining marks, long ones. */
export const SAMPLE_TEXTS = [
  'Hallen bruges af alle foreninger',
  'Biblioteket har åbent til kl. 22',
  'Mere trafiksikker vej til skolen',
  'Æbleplantage ved præstegården',
  '',
  'Line one\nLine two\n\tindented',
  '🌳🚲 Grøn cykelsti 👩‍👩‍👧‍👦',
  'مكتبة الحي مفتوحة للجميع',
  'שכונה ירוקה',
  'e\u0301 a\u0308 n\u0303 — combining marks',
  'zero\u200bwidth\u200djoiner\u2060here',
  '漢字とかな',
  'x'.repeat(2000),
]

const COLOURS = ['#ffcc00', '#00aaff', '#123456', '#fedcba']

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!
}

function some<T>(rng: Rng, items: readonly T[], max: number): T[] {
  const chosen = new Set<T>()
  const count = 1 + Math.floor(rng() * max)
  for (let i = 0; i < count && items.length > 0; i++) chosen.add(pick(rng, items))
  return [...chosen]
}

const coord = (rng: Rng) => Math.round((rng() * 4000 - 1000) * 100) / 100
const size = (rng: Rng) => 40 + Math.floor(rng() * 400)

/** A command that must be refused: it is well-formed JSON but breaks the schema or the document's rules. */
function refusedCommand(rng: Rng, doc: WorkshopDoc, newId: () => string): { name: string; args: unknown } {
  const notes = Object.keys(doc.note)
  const cases: Array<() => { name: string; args: unknown }> = [
    () => ({ name: 'updateNotes', args: { notes: [{ id: `missing-${newId()}`, text: 'x' }] } }),
    () => ({ name: 'deleteItems', args: { ids: [`missing-${newId()}`] } }),
    () => ({ name: 'addNotes', args: { notes: [{ id: newId(), text: 'x', x: Number.NaN, y: 0 }] } }),
    () => ({ name: 'addNotes', args: { notes: [{ id: newId(), text: 'x', x: 0, y: Number.POSITIVE_INFINITY }] } }),
    () => ({ name: 'addNotes', args: { notes: [{ id: newId(), text: 'x', x: 1e12, y: 0 }] } }),
    () => ({ name: 'addNotes', args: { notes: [{ id: newId(), text: 'x'.repeat(10_001), x: 0, y: 0 }] } }),
    () => ({ name: 'addNotes', args: { notes: [{ id: newId(), text: 'x', x: 0, y: 0, width: 0 }] } }),
    () => ({ name: 'addNotes', args: { notes: [] } }),
    () => ({ name: 'createTheme', args: { id: newId(), noteIds: [`missing-${newId()}`] } }),
    () => ({ name: 'setRoundStatus', args: { id: `missing-${newId()}`, status: 'revealed' } }),
    () => ({ name: 'addConnector', args: { id: newId(), fromId: notes[0] ?? 'a', toId: notes[0] ?? 'a' } }),
    () => ({ name: 'updateWorkshop', args: { title: '   ' } }),
    () =>
      notes[0]
        ? { name: 'addNotes', args: { notes: [{ id: notes[0], text: 'dup', x: 0, y: 0 }] } }
        : { name: 'renameTheme', args: { id: `missing-${newId()}`, name: 'x' } },
  ]
  return pick(rng, cases)()
}

/** One command that fits `doc`, chosen among what a facilitator does during an evening. */
function fittingCommand(rng: Rng, doc: WorkshopDoc, newId: () => string): { name: string; args: unknown } {
  const notes = Object.keys(doc.note)
  const zones = Object.keys(doc.zone)
  const themes = Object.keys(doc.theme)
  const participants = Object.keys(doc.participant)
  const categories = Object.keys(doc.category)
  const connectors = Object.keys(doc.connector)
  const projects = Object.keys(doc.project)
  const openRounds = recordsOf(doc, 'votingRound').filter((round) => round.status !== 'closed')
  const choices: Array<() => { name: string; args: unknown } | null> = [
    () => ({
      name: 'addNotes',
      args: {
        notes: Array.from({ length: 1 + Math.floor(rng() * 3) }, () => ({
          id: newId(),
          text: pick(rng, SAMPLE_TEXTS),
          kind: pick(rng, ['strength', 'idea', 'other'] as const),
          categoryId: rng() < 0.5 && categories.length > 0 ? pick(rng, categories) : null,
          x: coord(rng),
          y: coord(rng),
        })),
      },
    }),
    () =>
      notes.length === 0
        ? null
        : {
            name: 'updateNotes',
            args: {
              notes: some(rng, notes, 3).map((id) => ({
                id,
                ...(rng() < 0.5 ? { text: pick(rng, SAMPLE_TEXTS) } : {}),
                ...(rng() < 0.5 ? { x: coord(rng), y: coord(rng) } : {}),
                ...(rng() < 0.3 ? { color: pick(rng, COLOURS), width: size(rng) } : {}),
                ...(rng() < 0.3 && themes.length > 0 ? { themeId: pick(rng, themes) } : {}),
              })),
            },
          },
    () => (notes.length === 0 ? null : { name: 'deleteItems', args: { ids: some(rng, notes, 2) } }),
    () => ({
      name: 'createTheme',
      args: {
        id: newId(),
        name: pick(rng, SAMPLE_TEXTS).slice(0, 200),
        noteIds: notes.length ? some(rng, notes, 3) : [],
      },
    }),
    () =>
      themes.length === 0
        ? null
        : { name: 'renameTheme', args: { id: pick(rng, themes), name: pick(rng, SAMPLE_TEXTS).slice(0, 200) } },
    () => ({
      name: 'addParticipants',
      args: {
        participants: Array.from({ length: 1 + Math.floor(rng() * 3) }, () => ({
          id: newId(),
          name: rng() < 0.5 ? null : pick(rng, ['Anna', 'Bo', 'Fatima', 'Jens']),
          role: pick(rng, ROLES),
        })),
      },
    }),
    () => {
      const ends = [...notes, ...zones]
      if (ends.length < 2) return null
      const [fromId, toId] = some(rng, ends, 6)
      if (!fromId || !toId || fromId === toId) return null
      return {
        name: 'addConnector',
        args: { id: newId(), fromId, toId, label: pick(rng, ['', 'deler lokaler', 'støtter']) },
      }
    },
    () => ({
      name: 'addItems',
      args: {
        zones: [{ id: newId(), title: 'Zone', x: coord(rng), y: coord(rng), width: size(rng), height: size(rng) }],
      },
    }),
    () =>
      themes.length === 0
        ? null
        : {
            name: 'startVotingRound',
            args: { id: newId(), target: 'themes', optionIds: some(rng, themes, 4), maxPerItem: 2 },
          },
    () => {
      if (openRounds.length === 0) return null
      const round = pick(rng, openRounds)
      const roles = ROLES.filter((role) => recordsOf(doc, 'participant').some((person) => person.role === role))
      if (roles.length === 0) return null
      const role = pick(rng, roles)
      const people = recordsOf(doc, 'participant').filter((person) => person.role === role).length
      // Paper dots counted per role: a recording replaces the role's earlier one, so any count within the
      // role's per-item limit keeps the rules, whatever was recorded before.
      const most = people * Math.min(round.maxPerItem, round.dotsPerParticipant)
      return {
        name: 'recordPaperDots',
        args: {
          roundId: round.id,
          role,
          dots: [{ id: newId(), itemId: pick(rng, round.optionIds), count: 1 + Math.floor(rng() * most) }],
        },
      }
    },
    () =>
      openRounds.length === 0
        ? null
        : {
            name: 'setRoundStatus',
            args: { id: pick(rng, openRounds).id, status: pick(rng, ['revealed', 'closed'] as const) },
          },
    () => ({
      name: 'addProject',
      args: {
        id: newId(),
        title: 'Projekt',
        ...(participants.length > 0 ? { ownerId: pick(rng, participants) } : {}),
        ...(notes.length > 0 ? { strengthIds: some(rng, notes, 2) } : {}),
        ...(themes.length > 0 ? { themeId: pick(rng, themes) } : {}),
      },
    }),
    () =>
      projects.length === 0
        ? null
        : {
            name: 'updateProject',
            args: {
              id: pick(rng, projects),
              goal: pick(rng, SAMPLE_TEXTS),
              status: pick(rng, ['running', 'done'] as const),
            },
          },
    () => ({ name: 'updateWorkshop', args: { place: pick(rng, ['Forsamlingshuset', 'Skolen', '']) } }),
    () =>
      connectors.length === 0
        ? null
        : { name: 'updateConnector', args: { id: pick(rng, connectors), label: pick(rng, ['x', 'y', '']) } },
    () => {
      const movable = [...notes, ...zones]
      if (movable.length === 0) return null
      return {
        name: 'moveItems',
        args: { items: some(rng, movable, 3).map((id) => ({ id, x: coord(rng), y: coord(rng) })) },
      }
    },
    () => {
      const deletable = [...notes, ...zones, ...connectors]
      return deletable.length === 0 ? null : { name: 'deleteItems', args: { ids: some(rng, deletable, 2) } }
    },
  ]
  for (;;) {
    const command = pick(rng, choices)()
    if (command) return command
  }
}

export interface StepOptions {
  /** Share of steps that are undo or redo. */
  undoRate?: number
  /** Share of apply steps that must be refused. */
  refusedRate?: number
}

/** The next step of a random session. `newId` must give ids not used before (in this file, ever). */
export function randomStep(rng: Rng, doc: WorkshopDoc, newId: () => string, options: StepOptions = {}): Step {
  const { undoRate = 0.15, refusedRate = 0.1 } = options
  const roll = rng()
  if (roll < undoRate / 2) return { kind: 'undo' }
  if (roll < undoRate) return { kind: 'redo' }
  const command = rng() < refusedRate ? refusedCommand(rng, doc, newId) : fittingCommand(rng, doc, newId)
  return { kind: 'apply', command }
}

/** Ids unique within one run: a prefix (say, the seed and the round) and a counter. */
export function idMaker(prefix: string): () => string {
  let next = 0
  return () => `${prefix}${(next++).toString(36)}`
}
