// The report printer of the browser shell and the CLI: the system Chromium, headless, over its DevTools pipe
// (chromiumPipe.ts). One browser is started on first use and kept for later exports (a second export is then
// quick); close() ends it. Each export gets its own tab (reportTab.ts), closed when done. start() launches
// Chromium and opens the first tab at once, so the CLI's browser and report page load while the workshop is
// still being read.
import { AppError } from '@shared/errors'
import { MM_PER_INCH, PAGE_MARGINS_MM } from '@shared/report/pageMargins'
import type { PngResult as PagePng } from '@shared/report/reportPayload'
import type { PaperSize } from '@shared/report/reportOptions'
import { findChromium } from '../host/findChromium'
import { NO_TIMINGS, type PhaseTimings } from '../timing/phaseTimings'
import { launchChromiumPipe, type ChromiumPipe } from './chromiumPipe'
import { headerFooterTemplates, overviewHeaderFooter, type HeaderFooter } from './headerFooter'
import { countPdfPages } from './pdfFacts'
import { openReportTab, type ReportTab } from './reportTab'
import type { OverviewPdfJob, PdfJob, PdfResult, PngJob, PngResult, ReportPrinter } from './types'
import { checkExportTarget, writeAtomically } from './writeAtomically'

export interface PipePrinterOptions {
  rendererDir: string
  env?: Record<string, string | undefined>
  /** Records where an export's time goes (the CLI's HANDLEKRAFT_TIMINGS=1). */
  timings?: PhaseTimings
  /** A Chromium the caller started already (the CLI does, before loading its code): used first, then closed. */
  launched?: ChromiumPipe | null
}

export type PipePrinter = ReportPrinter &
  Required<Pick<ReportPrinter, 'overviewPdf'>> & {
    /** Starts Chromium now, without waiting for it, so it is up by the time the first export needs it. */
    start(): void
  }

export function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/** The paper sizes in inches, as Chromium's printToPDF takes them (the page's @page rule has the final word). */
const PAPER_INCHES: Record<PaperSize, { paperWidth: number; paperHeight: number }> = {
  A4: { paperWidth: 8.27, paperHeight: 11.7 },
  Letter: { paperWidth: 8.5, paperHeight: 11 },
}

const inches = (mm: number) => mm / MM_PER_INCH

/** Page.printToPDF's parameters: the same for the workshop report and the overview, apart from paper and header. */
function printParameters(paper: PaperSize, templates: HeaderFooter) {
  return {
    ...PAPER_INCHES[paper],
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    ...templates,
    marginTop: inches(PAGE_MARGINS_MM.top),
    marginBottom: inches(PAGE_MARGINS_MM.bottom),
    marginLeft: inches(PAGE_MARGINS_MM.left),
    marginRight: inches(PAGE_MARGINS_MM.right),
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    transferMode: 'ReturnAsStream',
  }
}

/** Prints the tab's page and reads the PDF back from Chromium's stream. */
async function printPdf(tab: ReportTab, parameters: object): Promise<Buffer> {
  const { stream } = await tab.send<{ stream: string }>('Page.printToPDF', parameters)
  const chunks: Buffer[] = []
  for (let eof = false; !eof;) {
    const read = await tab.send<{ data: string; eof: boolean; base64Encoded?: boolean }>('IO.read', { handle: stream })
    chunks.push(Buffer.from(read.data, read.base64Encoded ? 'base64' : 'utf8'))
    eof = read.eof
  }
  await tab.send('IO.close', { handle: stream })
  return Buffer.concat(chunks)
}

/** The browser once it answers; one that cannot start is closed (its profile removed) and is "no browser". */
async function ready(browser: ChromiumPipe): Promise<ChromiumPipe> {
  try {
    await browser.ready
  } catch (error) {
    await browser.close()
    throw new AppError('no-browser', {}, (error as Error).message)
  }
  return browser
}

export function createPipePrinter({
  rendererDir,
  env = process.env,
  timings = NO_TIMINGS,
  launched = null,
}: PipePrinterOptions): PipePrinter {
  let browser: Promise<ChromiumPipe> | null = null
  let adopted = launched

  const getBrowser = (): Promise<ChromiumPipe> => {
    const early = adopted
    adopted = null
    browser ??= timings.measureAsync(
      'launch Chromium',
      async () => {
        if (early) return ready(early)
        const executablePath = findChromium(env) ?? findChromium({ PATH: '/usr/bin' })
        if (!executablePath) throw new AppError('no-browser')
        return ready(launchChromiumPipe(executablePath))
      },
      early?.startedAt,
    )
    browser.catch(() => {
      browser = null
    })
    return browser
  }

  /** A tab opened by start(), ready before the export asks for it; each tab prints once. */
  let openedEarly: Promise<ReportTab> | null = null
  const openTab = async () => {
    const running = await getBrowser()
    return timings.measureAsync('open report page', () => openReportTab(running, rendererDir))
  }

  async function withTab<T>(use: (tab: ReportTab) => Promise<T>): Promise<T> {
    const early = openedEarly
    openedEarly = null
    const tab = await (early ?? openTab())
    try {
      return await use(tab)
    } finally {
      await tab.close().catch(() => undefined)
    }
  }

  return {
    start() {
      openedEarly ??= openTab()
      openedEarly.catch(() => undefined) // the export that takes this tab reports the failure
    },

    async pdf(job: PdfJob): Promise<PdfResult> {
      const target = checkExportTarget(job.out)
      const pdf = await withTab(async (tab) => {
        const payload = { doc: job.doc, options: job.options, madeOn: job.madeOn ?? today() }
        await timings.measureAsync('render report in page', () => tab.call('render', payload))
        const parameters = printParameters(job.options.paper, headerFooterTemplates(job.options.language))
        return timings.measureAsync('print PDF', () => printPdf(tab, parameters))
      })
      const bytes = timings.measure('write PDF', () => writeAtomically(target, pdf))
      return { path: target, pages: countPdfPages(pdf), bytes }
    },

    async overviewPdf(job: OverviewPdfJob): Promise<PdfResult> {
      const target = checkExportTarget(job.out)
      const pdf = await withTab(async (tab) => {
        const payload = { overview: job.overview, language: job.language, madeOn: job.madeOn ?? today() }
        await tab.call('overview', payload)
        return printPdf(tab, printParameters('A4', overviewHeaderFooter(job.language)))
      })
      const bytes = writeAtomically(target, pdf)
      return { path: target, pages: countPdfPages(pdf), bytes }
    },

    async png(job: PngJob): Promise<PngResult> {
      const target = checkExportTarget(job.out)
      const image = await withTab((tab) => tab.call<PagePng | null>('png', { doc: job.doc, options: job.options }))
      if (image === null) throw new AppError('invalid-input', {}, 'the board is empty: there is nothing to draw')
      const bytes = writeAtomically(target, Buffer.from(image.base64, 'base64'))
      return { path: target, width: image.width, height: image.height, bytes }
    },

    async close() {
      // A tab still opening fails quietly when its browser goes (start() already handles its rejection).
      openedEarly = null
      const running = browser
      browser = null
      if (running) await (await running.catch(() => null))?.close()
    },
  }
}
