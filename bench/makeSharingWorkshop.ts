// The symbiosis-map case of the bench (issue 15): a board of 300 actor cards and 1,000 sharing links, built
// through the real store and commands like makeWorkshop.ts. Actors stand in a 20 × 15 grid; most links join
// near neighbours (as a map drawn by hand does), one in five crosses the board; every flow type, a third both
// ways, half with a label. 100 need and offer notes sit beside the actors: the board bench's clock stops at the
// first drawing of notes (BoardStage's `handlekraft:board-drawn` mark), so the board needs some.
import { join } from 'node:path'
import { WorkshopStore } from '../src/main/core/workshopStore'
import { ACTOR_TYPES, FLOW_TYPES } from '@shared/model/records'
import { seededRandom } from '@shared/random'

export const SHARING_BOARD = { actors: 300, links: 1000, notes: 100 } as const
const GRID = { columns: 20, rows: 15, dx: 380, dy: 320 } as const
const NAMES = ['Skolen', 'Hallen', 'Bioraffinaderiet', 'Forsyningen', 'Roklubben', 'Biblioteket', 'Tømreren', 'Plejecentret', 'Jobcentret', 'Fælleshaven']
const LABELS = ['damp', 'overskudsvarme', 'lokaler om aftenen', 'praktikanter', 'resttræ', 'gips', 'trailer', 'kursus', '']

export interface SharingBenchWorkshop {
  path: string
  width: number
  height: number
}

export function makeSharingWorkshop(dir: string, seed = 15): SharingBenchWorkshop {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const path = join(dir, 'bench-sharing.handlekraft')
  const store = WorkshopStore.create(path, { title: 'Bænk: symbiosekort med 300 aktører', language: 'da', template: 'blank' })
  try {
    const actors = Array.from({ length: SHARING_BOARD.actors }, (_, i) => ({
      id: `a-${i}`,
      name: `${pick(NAMES)} ${i + 1}`,
      type: ACTOR_TYPES[i % ACTOR_TYPES.length]!,
      contact: i % 3 === 0 ? 'kontakt@eksempel.dk' : '',
      x: (i % GRID.columns) * GRID.dx,
      y: Math.floor(i / GRID.columns) * GRID.dy,
    }))
    store.apply({ name: 'addActors', args: { actors } })
    const links = []
    const seen = new Set<string>()
    while (links.length < SHARING_BOARD.links) {
      const from = Math.floor(random() * SHARING_BOARD.actors)
      const far = random() < 0.2
      const column = (from % GRID.columns) + (far ? 0 : Math.floor(random() * 5) - 2)
      const row = Math.floor(from / GRID.columns) + (far ? 0 : Math.floor(random() * 5) - 2)
      const to = far ? Math.floor(random() * SHARING_BOARD.actors) : row * GRID.columns + column
      if (column < 0 || column >= GRID.columns || row < 0 || row >= GRID.rows || to === from || seen.has(`${from}-${to}`)) continue
      seen.add(`${from}-${to}`)
      links.push({
        id: `l-${links.length}`,
        fromId: `a-${from}`,
        toId: `a-${to}`,
        flow: FLOW_TYPES[links.length % FLOW_TYPES.length]!,
        direction: random() < 0.33 ? ('both' as const) : ('gives' as const),
        label: random() < 0.5 ? pick(LABELS) : '',
      })
    }
    // One paste-like command (addItems, as Duplicate and Paste send): 1,000 separate edits would each fsync.
    store.apply({ name: 'addItems', args: { connectors: links } })
    const below = GRID.rows * GRID.dy
    store.apply({
      name: 'addNotes',
      args: {
        notes: Array.from({ length: SHARING_BOARD.notes }, (_, i) => ({
          id: `n-${i}`,
          text: i % 2 === 0 ? `Behov: lokaler til værksted ${i}` : `Tilbud: værksted om aftenen ${i}`,
          kind: i % 2 === 0 ? ('need' as const) : ('offer' as const),
          marketCategory: 'premises' as const,
          x: (i % 25) * 200,
          y: below + Math.floor(i / 25) * 140,
        })),
      },
    })
    return { path, width: GRID.columns * GRID.dx, height: below + 4 * 140 }
  } finally {
    store.close()
  }
}
