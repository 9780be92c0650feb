// Builds a big workshop file for the bench through the real store and commands (the same path a facilitator's
// clicks take), so the file on disk is exactly what the app writes. Deterministic: the same size always gives
// the same board, so runs can be compared.
import { join } from 'node:path'
import { WorkshopStore } from '../src/main/core/workshopStore'
import { DEFAULT_CATEGORIES } from '@shared/model/defaults'
import type { NoteKind, Role } from '@shared/model/records'
import { seededRandom } from '@shared/random'

/** Notes per block; a block is a 10×10 grid of notes, most blocks sitting in a zone. */
const BLOCK = { columns: 10, rows: 10 } as const
const CELL = { width: 200, height: 140 } as const
const ZONE_PADDING = 60
const BLOCK_GAP = 160
/** Notes sent per addNotes call: large batches, well under the command's limit of 5000. */
const BATCH = 1000
const PARTICIPANTS = 40

// Fragments of the kind of thing people write on a strengths-map note, in Danish with æ, ø and å.
const SUBJECTS = [
  'Fru Sørensen',
  'Spejderne',
  'Menighedsrådet',
  'Biblioteket',
  'Købmanden',
  'Idrætsforeningen',
  'Skolens elevråd',
  'Ældreklubben',
  'Havelauget',
  'Borgerforeningen',
  'Frivillige på plejehjemmet',
  'Åens laug',
  'Fiskerne ved havnen',
  'Ungdomsskolen',
  'Lokalhistorisk arkiv',
  'Bageren på hjørnet',
  'Kor og orkester',
  'Dagplejerne',
]
const VERBS = ['kan', 'har', 'vil gerne', 'hjælper med', 'kender til', 'laver', 'samler', 'låner ud']
const OBJECTS = [
  'nøglen til forsamlingshuset',
  'en trailer og værktøj',
  'historier om byen før broen',
  'kaffe og æblekage',
  'kontakter i kommunen',
  'lokaler om aftenen',
  'erfaring med fondsansøgninger',
  'både og fiskegrej',
  'en stor grøn plæne bag skolen',
  'hænder til oprydning',
  'læsehold for børn',
  'gåture for ældre',
  'et fælleskøkken',
  'musik til sommerfesten',
  'bistader og honning',
  'cykler til udlån',
  'færdigheder i træsløjd',
]
const TAILS = [
  '',
  '',
  '',
  ' — hver tirsdag',
  ' i weekenden',
  ' hvis nogen spørger',
  ' (spørg Søren)',
  ' og gør det gerne igen',
  ' året rundt',
]
const ROLES: readonly Role[] = ['citizen', 'citizen', 'citizen', 'politician', 'staff', 'other']


export interface BenchWorkshop {
  path: string
  notes: number
  zones: number
  /** The board's extent in board units, for the report. */
  width: number
  height: number
}

/** Creates `<dir>/bench-<notes>.handlekraft` with `notes` notes in blocks of 100, most blocks in a zone. */
export function makeWorkshop(dir: string, notes: number, seed = 20_250_101): BenchWorkshop {
  const random = seededRandom(seed + notes)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const path = join(dir, `bench-${notes}.handlekraft`)
  const store = WorkshopStore.create(path, {
    title: `Bænk ${notes} sedler — Østerå`,
    language: 'da',
    template: 'blank',
  })
  try {
    const participants = Array.from({ length: PARTICIPANTS }, (_, i) => ({
      id: `p-${i}`,
      name: null,
      role: pick(ROLES),
    }))
    store.apply({ name: 'addParticipants', args: { participants } })

    const perBlock = BLOCK.columns * BLOCK.rows
    const blocks = Math.ceil(notes / perBlock)
    // Blocks in a near-square grid, so the whole board fits a 16:9 screen at a small zoom.
    const blockColumns = Math.ceil(Math.sqrt(blocks * 1.5))
    const blockWidth = BLOCK.columns * CELL.width + 2 * ZONE_PADDING
    const blockHeight = BLOCK.rows * CELL.height + 2 * ZONE_PADDING
    const zones: {
      id: string
      title: string
      categoryId: string | null
      color: string
      x: number
      y: number
      width: number
      height: number
    }[] = []
    const categoryOfBlock: (string | null)[] = []
    for (let block = 0; block < blocks; block++) {
      const x = (block % blockColumns) * (blockWidth + BLOCK_GAP)
      const y = Math.floor(block / blockColumns) * (blockHeight + BLOCK_GAP)
      // Every fourth block is loose notes without a zone; the rest cycle through the six asset categories
      // and an uncategorised "ideas" zone, as a long strengths-mapping day would leave them.
      if (block % 4 === 3) {
        categoryOfBlock.push(null)
        continue
      }
      const category = DEFAULT_CATEGORIES[block % 7] ?? null
      categoryOfBlock.push(category?.id ?? null)
      zones.push({
        id: `z-${block}`,
        title: category ? '' : `Idéer ${block + 1}`,
        categoryId: category?.id ?? null,
        color: category?.color ?? '#9ec5e8',
        x,
        y,
        width: blockWidth,
        height: blockHeight,
      })
    }
    for (let i = 0; i < zones.length; i += 500)
      store.apply({ name: 'addItems', args: { zones: zones.slice(i, i + 500) } })

    for (let start = 0; start < notes; start += BATCH) {
      const batch = []
      for (let n = start; n < Math.min(notes, start + BATCH); n++) {
        const block = Math.floor(n / perBlock)
        const inBlock = n % perBlock
        const categoryId = categoryOfBlock[block] ?? null
        const kind: NoteKind = categoryId ? 'strength' : random() < 0.8 ? 'idea' : 'other'
        batch.push({
          id: `n-${n}`,
          text: `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${pick(TAILS)}`,
          kind,
          categoryId,
          x: (block % blockColumns) * (blockWidth + BLOCK_GAP) + ZONE_PADDING + (inBlock % BLOCK.columns) * CELL.width,
          y:
            Math.floor(block / blockColumns) * (blockHeight + BLOCK_GAP) +
            ZONE_PADDING +
            Math.floor(inBlock / BLOCK.columns) * CELL.height,
          authorId: random() < 0.7 ? `p-${Math.floor(random() * PARTICIPANTS)}` : null,
        })
      }
      store.apply({ name: 'addNotes', args: { notes: batch } })
    }
    const blockRows = Math.ceil(blocks / blockColumns)
    return {
      path,
      notes,
      zones: zones.length,
      width: Math.min(blocks, blockColumns) * (blockWidth + BLOCK_GAP) - BLOCK_GAP,
      height: blockRows * (blockHeight + BLOCK_GAP) - BLOCK_GAP,
    }
  } finally {
    store.close()
  }
}
