// The Electron report printer: the same report.html as the browser shell, in a hidden window, printed by
// webContents.printToPDF with the same options (tagged PDF, outline, header/footer, margins), written the
// same way (writeAtomically). The workshop report and the overview of many workshops (issue 14) take the same
// path. NOT RUN on the build machines (no Electron binary): unit-tested with a stand-in window
// (__tests__/printReport.test.ts), which checks what is sent to the page and to printToPDF, not Electron.
// The window comes from window.ts (the one place windows are made, with literal webPreferences); the lead wires
// `openHiddenWindow` there and lets security.ts accept report.html as our own page.
import type { BrowserWindow } from 'electron'
import { AppError } from '@shared/errors'
import { MM_PER_INCH, PAGE_MARGINS_MM } from '@shared/report/pageMargins'
import { REPORT_HOOKS, type PngResult as PagePng } from '@shared/report/reportPayload'
import { headerFooterTemplates, overviewHeaderFooter, type HeaderFooter } from '../report/headerFooter'
import { countPdfPages } from '../report/pdfFacts'
import type { OverviewPdfJob, PdfJob, PdfResult, PngJob, PngResult, ReportPrinter } from '../report/types'
import type { PaperSize } from '@shared/report/reportOptions'
import { checkExportTarget, writeAtomically } from '../report/writeAtomically'

export interface ElectronPrinterDeps {
  /** A hidden, sandboxed window (window.ts) that has started loading file://…/out/renderer/report.html. */
  openHiddenWindow(): BrowserWindow
}

const inches = (mm: number) => mm / MM_PER_INCH
const today = () => new Date().toISOString().slice(0, 10)

/** Calls a hook of the report page with a JSON payload (JSON is a JavaScript expression; no text is spliced). */
function callHook(window: BrowserWindow, hook: 'render' | 'png' | 'overview', payload: unknown): Promise<unknown> {
  return window.webContents.executeJavaScript(
    `window[${JSON.stringify(REPORT_HOOKS)}].${hook}(${JSON.stringify(payload)})`,
  )
}

async function withReportWindow<T>(deps: ElectronPrinterDeps, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const window = deps.openHiddenWindow()
  try {
    if (window.webContents.isLoading()) {
      await new Promise<void>((resolve, reject) => {
        window.webContents.once('did-finish-load', () => resolve())
        window.webContents.once('did-fail-load', (_event, code, description) =>
          reject(new AppError('internal', {}, `report.html did not load: ${code} ${description}`)),
        )
      })
    }
    return await use(window)
  } finally {
    window.destroy()
  }
}

/** printToPDF's options: the same for the workshop report and the overview, bar the paper and the header. */
function printOptions(paper: PaperSize, templates: HeaderFooter): Electron.PrintToPDFOptions {
  return {
    pageSize: paper,
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    ...templates,
    margins: {
      top: inches(PAGE_MARGINS_MM.top),
      bottom: inches(PAGE_MARGINS_MM.bottom),
      left: inches(PAGE_MARGINS_MM.left),
      right: inches(PAGE_MARGINS_MM.right),
    },
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  }
}

export function createElectronReportPrinter(deps: ElectronPrinterDeps): ReportPrinter {
  return {
    async pdf(job: PdfJob): Promise<PdfResult> {
      const target = checkExportTarget(job.out)
      const pdf = await withReportWindow(deps, async (window) => {
        await callHook(window, 'render', { doc: job.doc, options: job.options, madeOn: job.madeOn ?? today() })
        return window.webContents.printToPDF(printOptions(job.options.paper, headerFooterTemplates(job.options.language)))
      })
      const bytes = writeAtomically(target, pdf)
      return { path: target, pages: countPdfPages(pdf), bytes }
    },

    /** The overview of many workshops: the page's `overview` hook, A4, its own header (as the browser shell). */
    async overviewPdf(job: OverviewPdfJob): Promise<PdfResult> {
      const target = checkExportTarget(job.out)
      const pdf = await withReportWindow(deps, async (window) => {
        await callHook(window, 'overview', { overview: job.overview, language: job.language, madeOn: job.madeOn ?? today() })
        return window.webContents.printToPDF(printOptions('A4', overviewHeaderFooter(job.language)))
      })
      const bytes = writeAtomically(target, pdf)
      return { path: target, pages: countPdfPages(pdf), bytes }
    },

    async png(job: PngJob): Promise<PngResult> {
      const target = checkExportTarget(job.out)
      const image = (await withReportWindow(deps, (window) =>
        callHook(window, 'png', { doc: job.doc, options: job.options }),
      )) as PagePng | null
      if (image === null) throw new AppError('invalid-input', {}, 'the board is empty: there is nothing to draw')
      const bytes = writeAtomically(target, Buffer.from(image.base64, 'base64'))
      return { path: target, width: image.width, height: image.height, bytes }
    },

    async close() {
      // Every export closes its own window; nothing is kept.
    },
  }
}
