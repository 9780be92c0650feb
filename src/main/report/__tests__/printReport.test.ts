// The PDF report of the demo workshop, printed by the real system Chromium and checked with the tools a
// person would use: pdftotext (what it says), pdffonts (every font embedded), qpdf --check (well formed),
// pdfinfo (tagged, page count) and the outline (bookmarks per section).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { summarizeWorkshop } from '@shared/analysis/workshopSummary'
import { createI18n } from '@shared/i18n'
import type { WorkshopDoc } from '@shared/model/document'
import { ReportOptions } from '@shared/report/reportOptions'
import { InMemoryWorkshop } from '../../demo/inMemoryDemo'
import { buildDemo } from '../../demo/buildDemo'
import { demoWorkshopArgs } from '../../demo/demoCommands'
import { createPipePrinter } from '../pipePrinter'
import type { ReportPrinter } from '../types'
import { buildReportPage } from './buildReportPage'
import { outlineTitles, pdfFonts, pdfInfo, pdfText, qpdfCheck } from './pdfTools'

const HOSTILE = '<img src=x onerror="alert(1)"><script>document.title="pwned"</script> & </li><b>bold</b>'
const FOLLOW_UP = 'Day 50: the crossing patrol runs every Tuesday & Thursday — æ ø å'

let rendererDir: string
let printer: ReportPrinter
let folder: string

function demoWithExtras(): WorkshopDoc {
  const workshop = new InMemoryWorkshop(demoWorkshopArgs('en'), () => '2025-09-30T18:00:00.000Z')
  buildDemo(workshop, 'en')
  const project = Object.values(workshop.doc.project)[0]!
  const session = Object.values(workshop.doc.session).sort((a, b) => a.position - b.position)[3]!
  workshop.apply({
    name: 'addProjectUpdate',
    args: { id: 'update-1', projectId: project.id, sessionId: session.id, status: 'running', text: FOLLOW_UP },
  })
  workshop.apply({
    name: 'addNotes',
    args: { notes: [{ id: 'hostile', text: HOSTILE, kind: 'idea', x: 0, y: 5000 }] },
  })
  return workshop.doc
}

beforeAll(async () => {
  rendererDir = await buildReportPage()
  printer = createPipePrinter({ rendererDir })
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-report-test-'))
}, 120_000)

afterAll(async () => {
  await printer?.close()
  for (const dir of [rendererDir, folder]) if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('the PDF report of the demo workshop', () => {
  let doc: WorkshopDoc
  let file: string
  let pages: number

  beforeAll(async () => {
    doc = demoWithExtras()
    file = path.join(folder, 'demo report.pdf')
    const result = await printer.pdf({
      doc,
      options: ReportOptions.parse({ language: 'en' }),
      out: file,
      madeOn: '2025-10-01',
    })
    pages = result.pages
    expect(result.bytes).toBe(fs.statSync(file).size)
  }, 120_000)

  it('says the title, every action project and the vote figures by role', () => {
    const text = pdfText(file)
    const summary = summarizeWorkshop(doc)
    expect(text).toContain(summary.title)
    for (const project of summary.projects) expect(text).toContain(project.title)
    // Each theme's row of the round: name, total, citizens, politicians, staff — on one line, in that order.
    const lines = text.split('\n')
    for (const theme of summary.themes) {
      const votes = theme.votes!
      const figures = [votes.total, votes.byRole.citizen, votes.byRole.politician, votes.byRole.staff].join('\\s+')
      const row = new RegExp(`${theme.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${figures}\\s*$`)
      expect(
        lines.some((line) => row.test(line.trim())),
        `votes row of ${theme.name}`,
      ).toBe(true)
    }
    expect(text).toContain(FOLLOW_UP)
  })

  it('prints note text as text: markup in a note stays visible characters', () => {
    // Lines wrap wherever the column ends, so compare without any white space.
    const text = pdfText(file, false).replace(/\s+/g, '')
    expect(text).toContain(HOSTILE.replace(/\s+/g, ''))
    // The page title (printed in every header) is still the workshop's, not what the note's script wanted.
    expect(text).not.toContain('pwnedWorkshopreport')
  })

  it('is translated throughout: no catalog key is printed', () => {
    expect(pdfText(file)).not.toMatch(/\b(report|method|roles|categories|board)\.[a-zA-Z]+/)
  })

  it('embeds every font, is well formed, tagged, A4 and has bookmarks per section', () => {
    const fonts = pdfFonts(file)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) expect(font.embedded, font.name).toBe(true)
    expect(fonts.some((font) => font.name.includes('Inter'))).toBe(true)
    const check = qpdfCheck(file)
    expect(check.code, check.out + check.err).toBe(0)
    const info = pdfInfo(file)
    expect(info.Tagged).toBe('yes')
    expect(info['Page size']).toContain('(A4)')
    expect(Number(info.Pages)).toBe(pages)
    // Title page, board, strengths (2+), themes (2+), project index + one per project, participants, notes (2+).
    expect(pages).toBeGreaterThanOrEqual(6 + summarizeWorkshop(doc).projects.length)
    expect(pages).toBeLessThan(60)
    const titles = outlineTitles(file)
    const t = createI18n('en').t
    for (const section of ['board', 'strengths', 'themes', 'projects', 'participants', 'notes'] as const)
      expect(titles).toContain(t(`report.sectionNames.${section}`))
  })
})

describe('report options and failures', () => {
  it('prints Danish on Letter paper with only the chosen sections, names shown only when asked', async () => {
    const workshop = new InMemoryWorkshop(demoWorkshopArgs('da'))
    buildDemo(workshop, 'da')
    const named = Object.values(workshop.doc.participant).find((person) => person.name !== null)!
    const anonymous = path.join(folder, 'uden navne.pdf')
    await printer.pdf({
      doc: workshop.doc,
      options: ReportOptions.parse({
        language: 'da',
        paper: 'Letter',
        sections: ['title', 'projects', 'participants'],
      }),
      out: anonymous,
    })
    const text = pdfText(anonymous)
    expect(text).toContain('Handleprojekter')
    expect(text).not.toContain('Alle sedler')
    expect(text).not.toContain(named.name!)
    expect(pdfInfo(anonymous)['Page size']).toContain('letter')

    const withNames = path.join(folder, 'med navne.pdf')
    await printer.pdf({
      doc: workshop.doc,
      options: ReportOptions.parse({ language: 'da', sections: ['participants'], includeNames: true }),
      out: withNames,
    })
    expect(pdfText(withNames)).toContain(named.name!)
  }, 60_000)

  it('refuses a missing folder before printing and leaves nothing behind', async () => {
    const doc = new InMemoryWorkshop(demoWorkshopArgs('en')).doc
    const out = path.join(folder, 'no such folder', 'report.pdf')
    await expect(printer.pdf({ doc, options: ReportOptions.parse({ language: 'en' }), out })).rejects.toMatchObject({
      code: 'folder-not-found',
    })
    expect(fs.existsSync(path.dirname(out))).toBe(false)
  })

  it('draws the board as PNG at 1× and 2× (twice the pixels each way)', async () => {
    const doc = demoWithExtras()
    const one = await printer.png({ doc, options: { scale: 1 }, out: path.join(folder, 'board-1x.png') })
    const two = await printer.png({ doc, options: { scale: 2 }, out: path.join(folder, 'board-2x.png') })
    expect(two.width).toBeGreaterThan(one.width * 1.9)
    expect(two.height).toBeGreaterThan(one.height * 1.9)
    const header = fs.readFileSync(two.path).subarray(0, 24)
    expect(header.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(header.readUInt32BE(16)).toBe(two.width)
    const selected = await printer.png({
      doc,
      options: { scale: 1, selection: ['hostile'] },
      out: path.join(folder, 'one-note.png'),
    })
    expect(selected.width).toBeLessThan(one.width / 4)
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.part'))).toEqual([])
  }, 60_000)
})
