// The report printer of the browser shell and the CLI: the system Chromium, headless, through
// playwright-core. One browser is started on first use and kept for later exports (a second export is
// then quick); close() ends it. Each export gets its own page, closed when done.
import type { Browser } from 'playwright-core'
import { AppError } from '@shared/errors'
import { PAGE_MARGINS_MM } from '@shared/report/pageMargins'
import { REPORT_HOOKS, type PngResult as PagePng, type ReportPageHooks } from '@shared/report/reportPayload'
import { findChromium } from '../host/findChromium'
import { escapeHtml, headerFooterTemplates } from './headerFooter'
import { createI18n } from '@shared/i18n'
import { countPdfPages } from './pdfFacts'
import { openReportPage } from './reportPage'
import type { OverviewPdfJob, PdfJob, PdfResult, PngJob, PngResult, ReportPrinter } from './types'
import { checkExportTarget, writeAtomically } from './writeAtomically'
import { NO_TIMINGS, type PhaseTimings } from '../timing/phaseTimings'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface PlaywrightPrinterOptions {
  rendererDir: string
  env?: Record<string, string | undefined>
  /** Records where an export's time goes (the CLI's HANDLEKRAFT_TIMINGS=1). */
  timings?: PhaseTimings
}

export function today(): string {
  return new Date().toISOString().slice(0, 10)
}

const mm = (value: number) => `${value}mm`

export function createPlaywrightPrinter({
  rendererDir,
  env = process.env,
  timings = NO_TIMINGS,
}: PlaywrightPrinterOptions): ReportPrinter & Required<Pick<ReportPrinter, 'overviewPdf'>> {
  let browser: Promise<Browser> | null = null

  const getBrowser = (): Promise<Browser> => {
    const executablePath = findChromium(env) ?? findChromium({ PATH: '/usr/bin' })
    if (!executablePath) throw new AppError('no-browser')
    // playwright-core is loaded on the first print, not at start-up: `handlekraft info` and the browser shell's
    // start should not pay ~0.5 s of CPU for a library only an export uses.
    browser ??= timings
      .measureAsync('load playwright-core', () => import('playwright-core'))
      .then(({ chromium }) =>
        timings.measureAsync('launch Chromium', () =>
          chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }),
        ),
      )
      .catch((error: unknown) => {
        browser = null
        throw new AppError('no-browser', {}, (error as Error).message)
      })
    return browser
  }

  async function withPage<T>(use: (page: Awaited<ReturnType<typeof openReportPage>>) => Promise<T>): Promise<T> {
    const started = await getBrowser()
    const page = await timings.measureAsync('open report page', () => openReportPage(started, rendererDir))
    try {
      return await use(page)
    } finally {
      await page.context().close()
    }
  }

  return {
    async pdf(job: PdfJob): Promise<PdfResult> {
      const target = checkExportTarget(job.out)
      const pdf = await withPage(async (page) => {
        const payload = { doc: job.doc, options: job.options, madeOn: job.madeOn ?? today() }
        await timings.measureAsync('render report in page', () =>
          page.evaluate(
            ([name, input]) =>
              (globalThis as unknown as Record<string, ReportPageHooks>)[name as string]!.render(input),
            [REPORT_HOOKS, payload] as const,
          ),
        )
        return timings.measureAsync('page.pdf', () =>
          page.pdf({
            format: job.options.paper,
            preferCSSPageSize: true,
            printBackground: true,
            displayHeaderFooter: true,
            ...headerFooterTemplates(job.options.language),
            margin: {
              top: mm(PAGE_MARGINS_MM.top),
              bottom: mm(PAGE_MARGINS_MM.bottom),
              left: mm(PAGE_MARGINS_MM.left),
              right: mm(PAGE_MARGINS_MM.right),
            },
            tagged: true,
            outline: true,
          }),
        )
      })
      const bytes = timings.measure('write PDF', () => writeAtomically(target, pdf))
      return { path: target, pages: countPdfPages(pdf), bytes }
    },

    async overviewPdf(job: OverviewPdfJob): Promise<PdfResult> {
      const target = checkExportTarget(job.out)
      const pdf = await withPage(async (page) => {
        const payload = { overview: job.overview, language: job.language, madeOn: job.madeOn ?? today() }
        await page.evaluate(
          ([name, input]) =>
            (globalThis as unknown as Record<string, ReportPageHooks>)[name as string]!.overview(input),
          [REPORT_HOOKS, payload] as const,
        )
        const { headerTemplate, footerTemplate } = headerFooterTemplates(job.language)
        return page.pdf({
          format: 'A4',
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          // The workshop report's header names "Workshop report"; the overview's says what it is.
          headerTemplate: headerTemplate.replace(
            escapeHtml(createI18n(job.language).t('report.kicker')),
            escapeHtml(createI18n(job.language).t('overview.report.kicker')),
          ),
          footerTemplate,
          margin: {
            top: mm(PAGE_MARGINS_MM.top),
            bottom: mm(PAGE_MARGINS_MM.bottom),
            left: mm(PAGE_MARGINS_MM.left),
            right: mm(PAGE_MARGINS_MM.right),
          },
          tagged: true,
          outline: true,
        })
      })
      const bytes = writeAtomically(target, pdf)
      return { path: target, pages: countPdfPages(pdf), bytes }
    },

    async png(job: PngJob): Promise<PngResult> {
      const target = checkExportTarget(job.out)
      const image = await withPage((page) =>
        page.evaluate(
          ([name, input]) => (globalThis as unknown as Record<string, ReportPageHooks>)[name as string]!.png(input),
          [REPORT_HOOKS, { doc: job.doc, options: job.options }] as const,
        ),
      )
      if (image === null) throw new AppError('invalid-input', {}, 'the board is empty: there is nothing to draw')
      const data = Buffer.from((image as PagePng).base64, 'base64')
      const bytes = writeAtomically(target, data)
      return { path: target, width: image.width, height: image.height, bytes }
    },

    async close() {
      const running = browser
      browser = null
      if (running) await (await running.catch(() => null))?.close()
    },
  }
}
