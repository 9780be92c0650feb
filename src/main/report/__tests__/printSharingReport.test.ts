// The report of a symbiosis map and of a needs-and-offers market (issue 15), printed by the real system
// Chromium and read back as a person would: pdftotext for "Who shares what with whom" and "Needs and offers",
// and the board page rasterised by pdftoppm to see that the picture draws the sharing links in their colours.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createI18n } from '@shared/i18n'
import type { WorkshopDoc } from '@shared/model/document'
import { FLOW_TYPES, type FlowType } from '@shared/model/records'
import { ReportOptions } from '@shared/report/reportOptions'
import { FLOW_STYLE } from '@shared/model/sharingStyle'
import { demoDocInMemory, scenarioDocInMemory } from '../../demo/inMemoryDemo'
import { KALUNDBORG } from '../../demo/scenarios/kalundborgMap'
import { RUDERSDAL } from '../../demo/scenarios/rudersdalMarket'
import { createPipePrinter } from '../pipePrinter'
import type { ReportPrinter } from '../types'
import { buildReportPage } from './buildReportPage'
import { outlineTitles, pdfText } from './pdfTools'

let rendererDir: string
let printer: ReportPrinter
let folder: string

beforeAll(async () => {
  rendererDir = await buildReportPage()
  printer = createPipePrinter({ rendererDir })
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-sharing-report-'))
}, 120_000)

afterAll(async () => {
  await printer?.close()
  for (const dir of [rendererDir, folder]) if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

async function print(doc: WorkshopDoc, name: string, options: Partial<ReportOptions> = {}): Promise<string> {
  const out = path.join(folder, name)
  await printer.pdf({ doc, options: ReportOptions.parse({ language: 'en', ...options }), out, madeOn: '2026-10-02' })
  return out
}

/** One page as RGB pixels (pdftoppm's PPM: a short text header, then 3 bytes a pixel). */
function pagePixels(file: string, page: number): { width: number; height: number; rgb: Buffer } {
  const result = spawnSync('pdftoppm', ['-r', '100', '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 })
  const ppm = result.stdout
  const header = ppm.subarray(0, 40).toString('latin1').split(/\s+/)
  const [width, height] = [Number(header[1]), Number(header[2])]
  return { width, height, rgb: ppm.subarray(ppm.length - width * height * 3) }
}

/** Pixels close to a flow's colour in the picture's part of the board page (above the caption and legend). */
function flowPixels(image: ReturnType<typeof pagePixels>, flow: FlowType): number {
  const hex = FLOW_STYLE[flow].colour
  const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  let count = 0
  for (let y = Math.round(image.height * 0.15); y < image.height * 0.6; y++)
    for (let x = 0; x < image.width; x++) {
      const at = (y * image.width + x) * 3
      if (target.every((value, c) => Math.abs(image.rgb[at + c]! - value) <= 24)) count++
    }
  return count
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ')

describe('the report of a symbiosis map (Kalundborg)', () => {
  let file: string
  let text: string
  beforeAll(async () => {
    file = await print(scenarioDocInMemory(KALUNDBORG), 'kalundborg.pdf')
    text = oneLine(pdfText(file))
  }, 120_000)

  it('has "Who shares what with whom": counts per flow type, each actor’s gives and receives, the opportunities', () => {
    expect(outlineTitles(file)).toContain('Who shares what with whom')
    expect(text).toContain('21 actors, 25 sharing links.')
    expect(text).toMatch(/Energy and water 3 12 ?%/)
    expect(text).toMatch(/People and labour 5 20 ?%/)
    expect(text).toContain('Actors with no link (opportunities)')
    for (const name of ['Egnsmuseet', 'Lokalradio Vestsjælland', 'Spejdergruppen Fjorden']) expect(text).toContain(name)
    expect(text).toContain('Energy and water: Fjordens Bioraffinaderi (damp til processen)')
    expect(text).not.toContain('Needs and offers')
  })

  it('leaves out the empty strengths and themes pages of a map with no strengths or ideas', () => {
    const titles = outlineTitles(file)
    expect(titles).not.toContain('Strengths by asset category')
    expect(titles).not.toContain('Themes and priorities')
  })

  it('shows the links on the board picture in their flow colours, with the key below it', async () => {
    // 'other' is drawn in the grey of the board's text, so its colour proves nothing; the seven others do.
    const coloured = FLOW_TYPES.filter((flow) => flow !== 'other')
    const board = pagePixels(file, 2)
    for (const flow of coloured) expect(flowPixels(board, flow), flow).toBeGreaterThan(3)
    expect(text).toContain('Sharing links: Premises People and labour')
    // The same map with no links: none of those colours in the picture (so the count above is the links).
    const unlinked = await print({ ...scenarioDocInMemory(KALUNDBORG), connector: {} }, 'unlinked.pdf')
    const bare = pagePixels(unlinked, 2)
    for (const flow of coloured) expect(flowPixels(bare, flow), flow).toBeLessThanOrEqual(3)
  }, 120_000)
})

describe('the report of a needs-and-offers market (Rudersdal), in Danish', () => {
  let text: string
  let titles: string[]
  beforeAll(async () => {
    const file = await print(scenarioDocInMemory(RUDERSDAL), 'rudersdal.pdf', { language: 'da' })
    text = oneLine(pdfText(file))
    titles = outlineTitles(file)
  }, 120_000)

  it('has "Behov og tilbud": the share with an agreed match, matches by status, the projects, needs without a match', () => {
    const t = createI18n('da').t
    expect(titles).toContain('Behov og tilbud')
    expect(titles).not.toContain('Hvem deler hvad med hvem')
    expect(text).toContain('15 behov, 17 tilbud, 11 match.')
    expect(text).toContain('Deltagere med et aftalt match: 50 % (11 af 22)')
    expect(text).toMatch(/Foreslået 3 Aftalt 6 Gennemført 2 I alt 11/)
    expect(text).toContain('Cykelværksted for unge i Maja Storms kælder')
    expect(text).toContain(`${t('sharing.reportUnmatched')} 4`)
    expect(text).toContain('Lektiecafé: kontakt til skolerne i Holte')
    // People by role and number: names were not asked for. Actors (organisations) by name.
    expect(text).not.toContain('Mette Lind')
    expect(text).toContain('Nærum Bryghus')
  })
})

describe('the anonymised report of a market whose project is owned by an actor', () => {
  it('names the actor (an organisation) as the owner, and still hides a person typed as owner', async () => {
    const doc = scenarioDocInMemory(RUDERSDAL)
    const [cycling, catering] = ['project-1', 'project-2'].map((id) => doc.project[id]!)
    // As makeProjectFromMatch writes it for a need said by an actor; and a private person typed by hand.
    doc.project[catering!.id] = { ...catering!, ownerId: null, ownerName: 'Nærum Bryghus' }
    doc.project[cycling!.id] = { ...cycling!, ownerId: null, ownerName: 'Jens Privatperson' }
    const file = await print(doc, 'actor-owner.pdf', { language: 'da', includeNames: false })
    const text = oneLine(pdfText(file))
    // The project pages print the owner beside the members: "TOVHOLDER MEDLEMMER <owner> <members>".
    expect(text).toMatch(/Catering med lokale råvarer fra Nærum Bryghus’ køkken IDÉ .*?TOVHOLDER MEDLEMMER Nærum Bryghus —/)
    expect(text).toMatch(/Cykelværksted for unge i Maja Storms kælder IDÉ .*?TOVHOLDER MEDLEMMER En tovholder uden for deltagerlisten —/)
    expect(text).not.toContain('Jens Privatperson')
  }, 120_000)
})

describe('an ordinary workshop’s report', () => {
  it('has neither section', async () => {
    const titles = outlineTitles(await print(demoDocInMemory('en'), 'demo.pdf', { sections: ['title', 'strengths', 'sharing', 'market'] }))
    expect(titles).toContain('Strengths by asset category')
    expect(titles).not.toContain('Who shares what with whom')
    expect(titles).not.toContain('Needs and offers')
  }, 120_000)
})
