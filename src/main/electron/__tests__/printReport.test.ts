// The Electron printer's overview PDF (issue 14) takes the workshop report's path: report.html in a hidden
// window, the page's `overview` hook with the overview as JSON, printToPDF on A4 with the overview's own header,
// written completely or not at all, the window destroyed whatever happens. Electron cannot run on the build
// machines, so the window is a stand-in that records what it is asked to do; the PDF it "prints" is a minimal
// PDF text with two page objects, which is all countPdfPages reads.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, describe, expect, it } from 'vitest'
import { buildOverview } from '@shared/overview/buildOverview'
import { createElectronReportPrinter } from '../printReport'

const TWO_PAGES = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Pages /Count 2 >> endobj\n2 0 obj << /Type /Page >> endobj\n3 0 obj << /Type /Page >> endobj\n%%EOF\n',
  'latin1',
)

interface Recorded {
  scripts: string[]
  printOptions: Electron.PrintToPDFOptions[]
  destroyed: number
}

function standInWindow(recorded: Recorded, fail?: 'hook' | 'print'): BrowserWindow {
  return {
    webContents: {
      isLoading: () => false,
      executeJavaScript: async (script: string) => {
        recorded.scripts.push(script)
        if (fail === 'hook') throw new Error('the page threw')
        return { pages: 'ready', title: 'x' }
      },
      printToPDF: async (options: Electron.PrintToPDFOptions) => {
        recorded.printOptions.push(options)
        if (fail === 'print') throw new Error('printing failed')
        return TWO_PAGES
      },
    },
    destroy: () => {
      recorded.destroyed += 1
    },
  } as unknown as BrowserWindow
}

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hk-electron-print-'))
  dirs.push(dir)
  return dir
}

const overview = buildOverview([], '2026-12-02')

describe('the Electron printer: overview PDF', () => {
  it('renders the overview through the page hook and prints A4 with the overview header, like the browser shell', async () => {
    const recorded: Recorded = { scripts: [], printOptions: [], destroyed: 0 }
    const printer = createElectronReportPrinter({ openHiddenWindow: () => standInWindow(recorded) })
    expect(printer.overviewPdf).toBeTypeOf('function')
    const out = path.join(tempDir(), 'overblik.pdf')
    const result = await printer.overviewPdf!({ overview, language: 'da', out, madeOn: '2026-12-02' })

    expect(result).toEqual({ path: out, pages: 2, bytes: TWO_PAGES.length })
    expect(fs.readFileSync(out)).toEqual(TWO_PAGES)
    expect(recorded.scripts).toHaveLength(1)
    const call = /^window\["(.+)"\]\.overview\((.*)\)$/s.exec(recorded.scripts[0]!)
    expect(call).not.toBeNull()
    expect(JSON.parse(call![2]!)).toEqual({ overview, language: 'da', madeOn: '2026-12-02' })
    const [options] = recorded.printOptions
    expect(options).toMatchObject({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      generateTaggedPDF: true,
    })
    expect(options!.headerTemplate).toContain('Overblik over lokalområder')
    expect(options!.headerTemplate).not.toContain('Rapport fra workshoppen')
    expect(options!.footerTemplate).toContain('pageNumber')
    expect(recorded.destroyed).toBe(1)
  })

  it('a page or print failure writes nothing, leaves an existing file as it was, and closes the window', async () => {
    for (const fail of ['hook', 'print'] as const) {
      const recorded: Recorded = { scripts: [], printOptions: [], destroyed: 0 }
      const printer = createElectronReportPrinter({ openHiddenWindow: () => standInWindow(recorded, fail) })
      const dir = tempDir()
      const out = path.join(dir, 'overblik.pdf')
      fs.writeFileSync(out, 'the earlier export')
      await expect(printer.overviewPdf!({ overview, language: 'en', out })).rejects.toThrow()
      expect(fs.readFileSync(out, 'utf8')).toBe('the earlier export')
      expect(fs.readdirSync(dir)).toEqual(['overblik.pdf'])
      expect(recorded.destroyed).toBe(1)
    }
  })

  it('the workshop report keeps its own header on its own paper', async () => {
    const recorded: Recorded = { scripts: [], printOptions: [], destroyed: 0 }
    const printer = createElectronReportPrinter({ openHiddenWindow: () => standInWindow(recorded) })
    const out = path.join(tempDir(), 'rapport.pdf')
    const options = { language: 'da', paper: 'Letter', includeNames: false, sections: ['title'] }
    await printer.pdf({ doc: {} as never, options: options as never, out })
    expect(recorded.scripts[0]).toMatch(/\.render\(/)
    expect(recorded.printOptions[0]).toMatchObject({ pageSize: 'Letter' })
    expect(recorded.printOptions[0]!.headerTemplate).toContain('Rapport fra workshoppen')
  })
})
