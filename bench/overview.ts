// `npm run bench -- --overview [--areas 18,100]` (issue 14): the overview of many local areas. For each count,
// a folder of that many workshop files of about 300 notes each (Holbæk's 18 areas built through the real
// commands, each topped up with strengths and ideas; more than 18 are copies under other names, which read
// the same way), then: reading them into the overview in this process (what the app's overview.read does),
// `handlekraft overview DIR --json` end to end, and `handlekraft overview DIR --pdf` end to end (the system
// Chromium prints it). Figures are printed, never asserted. Goals (issue 14): 18 files -> JSON ≤ 1 s, PDF ≤ 5 s.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { recordsOf } from '@shared/model/document'
import { WorkshopStore } from '../src/main/core/workshopStore'
import { cliTranslator } from '../src/main/cli/context'
import { HOLBAEK_AREAS } from '../src/main/demo/scenarios/holbaekAreas'
import { writeArea } from '../src/main/demo/scenarios/writeScenario'
import { readOverviewSync } from '../src/main/overview/readOverviewFiles'
import { measureOverviewScreen } from './overviewScreen'
import { ROOT } from './shell'
import { formatTable, percentile } from './stats'

const NOTES_PER_AREA = 300
const RUNS = 3
export const OVERVIEW_GOALS = { jsonMs: 1000, screenMs: 1500, pdfMs: 5000 } as const

export interface OverviewRow {
  files: number
  notesPerFile: number
  folderMB: number
  readMedianMs: number
  cliJsonMedianMs: number
  /** From clicking "Read workshops" to the table showing every workshop (browser shell, 1280×720). */
  screenMedianMs: number
  pdfMs: number
  pdfPages: number
}

/** Tops a workshop up to `notes` notes (strengths and ideas on a grid below the board), as one command. */
function topUp(file: string, notes: number): number {
  const store = WorkshopStore.open(file)
  try {
    const have = recordsOf(store.doc, 'note').length
    const missing = Math.max(0, notes - have)
    const added = Array.from({ length: missing }, (_, index) => ({
      id: `bench-note-${index}`,
      text: index % 2 === 0 ? `Styrke nr. ${index}: folk der hjælper hinanden` : `Idé nr. ${index}: mere liv på torvet`,
      kind: index % 2 === 0 ? ('strength' as const) : ('idea' as const),
      ...(index % 2 === 0 ? { categoryId: ['people', 'places', 'culture'][index % 3]! } : {}),
      x: (index % 20) * 200,
      y: 5000 + Math.floor(index / 20) * 140,
    }))
    if (added.length > 0) store.apply({ name: 'addNotes', args: { notes: added } })
    return recordsOf(store.doc, 'note').length
  } finally {
    store.close()
  }
}

/** Holbæk's 18 areas, topped up, built once; the folders of each size copy them. */
function buildAreas(scratch: string): { files: string[]; notes: number } {
  const folder = join(scratch, 'areas')
  mkdirSync(folder, { recursive: true })
  let notes = 0
  const files = HOLBAEK_AREAS.map((plan) => {
    const file = writeArea(folder, plan)
    notes += topUp(file, NOTES_PER_AREA)
    return file
  })
  return { files, notes: Math.round(notes / files.length) }
}

function folderOf(scratch: string, areas: readonly string[], count: number): { folder: string; bytes: number } {
  const folder = join(scratch, `overview-${count}`)
  mkdirSync(folder, { recursive: true })
  let bytes = 0
  for (let index = 0; index < count; index += 1) {
    const target = join(folder, `omraade-${String(index + 1).padStart(3, '0')}.handlekraft`)
    copyFileSync(areas[index % areas.length]!, target)
    bytes += statSync(target).size
  }
  return { folder, bytes }
}

function runBin(args: readonly string[]): { ms: number; stdout: string; stderr: string } {
  const started = performance.now()
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'handlekraft.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { ...process.env, LANG: 'da_DK.UTF-8' },
  })
  const ms = performance.now() - started
  if (result.status !== 0) throw new Error(`handlekraft ${args.join(' ')} exited ${result.status}\n${result.stderr}`)
  return { ms, stdout: result.stdout, stderr: result.stderr }
}

const median = (values: number[]) => Math.round(percentile(values, 50))

export async function measureOverview(scratch: string, counts: readonly number[]): Promise<OverviewRow[]> {
  const started = performance.now()
  const areas = buildAreas(scratch)
  console.log(
    `Built ${areas.files.length} area workshops of ~${areas.notes} notes in ${Math.round(performance.now() - started)} ms`,
  )
  const t = cliTranslator('da')
  const today = '2026-12-02'
  const rows: OverviewRow[] = []
  for (const count of counts) {
    const { folder, bytes } = folderOf(scratch, areas.files, count)
    const reads = Array.from({ length: RUNS }, () => {
      const at = performance.now()
      const overview = readOverviewSync([folder], today, t)
      if (overview.totals.workshops !== count)
        throw new Error(`read ${overview.totals.workshops} of ${count} workshops`)
      return performance.now() - at
    })
    const cli = Array.from({ length: RUNS }, () => runBin(['overview', folder, '--json', '--today', today]).ms)
    const screen = await measureOverviewScreen(scratch, folder, count)
    const pdf = join(scratch, `overview-${count}.pdf`)
    const printed = runBin(['overview', folder, '--pdf', pdf, '--today', today, '--lang', 'da'])
    const pages = Number(/(\d+)\s+sider/.exec(printed.stdout + printed.stderr)?.[1] ?? NaN)
    const row: OverviewRow = {
      files: count,
      notesPerFile: areas.notes,
      folderMB: Math.round(bytes / 1e5) / 10,
      readMedianMs: median(reads),
      cliJsonMedianMs: median(cli),
      screenMedianMs: screen,
      pdfMs: Math.round(printed.ms),
      pdfPages: pages,
    }
    console.log(
      `${count} files: read ${row.readMedianMs} ms in process, \`overview --json\` ${row.cliJsonMedianMs} ms end to end ` +
        `(goal at 18: ≤ ${OVERVIEW_GOALS.jsonMs} ms), overview screen ${row.screenMedianMs} ms (goal at 18: ≤ ${OVERVIEW_GOALS.screenMs} ms), ` +
        `\`overview --pdf\` ${row.pdfMs} ms for ${pages} pages (goal at 18: ≤ ${OVERVIEW_GOALS.pdfMs} ms)`,
    )
    rmSync(folder, { recursive: true, force: true })
    rows.push(row)
  }
  return rows
}

export function formatOverviewRows(rows: readonly OverviewRow[]): string {
  return formatTable(
    [
      'files',
      'notes/file',
      'folder MB',
      `read (median of ${RUNS})`,
      `overview --json (median of ${RUNS})`,
      `screen (median of ${RUNS})`,
      'overview --pdf',
      'PDF pages',
    ],
    rows.map((row) => [
      row.files,
      row.notesPerFile,
      row.folderMB,
      `${row.readMedianMs} ms`,
      `${row.cliJsonMedianMs} ms`,
      `${row.screenMedianMs} ms`,
      `${row.pdfMs} ms`,
      row.pdfPages,
    ]),
  )
}
