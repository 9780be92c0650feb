// Entry point of report.html, the page printed to PDF. It does nothing until the printer calls
// window.__handlekraftReport.render(payload) (Playwright's page.evaluate or Electron's executeJavaScript);
// the payload is parsed before use, the report is rendered, and the promise settles once fonts and the
// board picture are in, so the printer never catches a half-drawn page.
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { createI18n } from '@shared/i18n'
import {
  PngPayload,
  REPORT_HOOKS,
  REPORT_READY_FLAG,
  ReportPayload,
  type ReportPageHooks,
} from '@shared/report/reportPayload'
import { sceneContent } from './boardScene'
import { pageCss } from './pageSize'
import { renderBoardImage } from './renderBoardImage'
import { ReportDocument } from './ReportDocument'
import { OverviewReport } from './overview/OverviewReport'
import { OverviewReportPayload } from '@shared/overview/overviewSchema'
import './overview/overviewReport.css'
import { buildReportModel, type Translate } from './reportModel'
import '../styles/fonts.css'
import './reportFonts.css'
import './report.css'

/**
 * The report's board picture: about 2,200 pixels on its longest side, i.e. about 200 dpi across a landscape
 * page (261 mm). More pixels only cost time (drawing, PNG encoding, embedding) that no printer shows.
 */
const PRINT_PICTURE = { longestSide: 2200, pixelRatio: 1 } as const

const rootElement = document.getElementById('report')
if (!rootElement) throw new Error('report.html has no #report')
const root = createRoot(rootElement)

async function render(input: unknown): Promise<{ pages: 'ready' }> {
  const payload = ReportPayload.parse(input)
  const { doc, options, madeOn } = payload
  const i18n = createI18n(options.language)
  const t = i18n.t.bind(i18n) as unknown as Translate
  document.documentElement.lang = options.language
  const model = buildReportModel(doc, options, t)
  // Chromium prints document.title where the footer template has class="title": set as text, never parsed.
  document.title = model.title

  const style = document.getElementById('page-size') ?? document.head.appendChild(document.createElement('style'))
  style.id = 'page-size'
  style.textContent = pageCss(options.paper)

  let boardImage = null
  if (options.sections.includes('board')) {
    const { bounds } = sceneContent(doc)
    const scale = bounds ? Math.min(1, PRINT_PICTURE.longestSide / Math.max(bounds.width, bounds.height)) : 1
    boardImage = await renderBoardImage(doc, t, { scale, pixelRatio: PRINT_PICTURE.pixelRatio })
  }
  flushSync(() => {
    root.render(<ReportDocument model={model} options={options} boardImage={boardImage} madeOn={madeOn} t={t} />)
  })
  await document.fonts.ready
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)))
  ;(window as unknown as Record<string, unknown>)[REPORT_READY_FLAG] = true
  return { pages: 'ready' }
}

async function png(input: unknown) {
  const { doc, options } = PngPayload.parse(input)
  const i18n = createI18n(doc.workshop.workshop?.language ?? 'en')
  const t = i18n.t.bind(i18n) as unknown as Translate
  const image = await renderBoardImage(doc, t, { scale: options.scale, selection: options.selection })
  if (!image) return null
  return { base64: image.dataUrl.slice(image.dataUrl.indexOf(',') + 1), width: image.width, height: image.height }
}

/** The overview of many workshops (issue 14): A4, the same fonts and page furniture as the workshop report. */
async function overview(input: unknown): Promise<{ pages: 'ready'; title: string }> {
  const payload = OverviewReportPayload.parse(input)
  const i18n = createI18n(payload.language)
  const t = i18n.t.bind(i18n) as unknown as Translate
  document.documentElement.lang = payload.language
  const title = t('overview.report.title', { count: payload.overview.totals.workshops })
  document.title = title
  const style = document.getElementById('page-size') ?? document.head.appendChild(document.createElement('style'))
  style.id = 'page-size'
  style.textContent = pageCss('A4')
  flushSync(() => {
    root.render(<OverviewReport overview={payload.overview} language={payload.language} madeOn={payload.madeOn} t={t} />)
  })
  await document.fonts.ready
  ;(window as unknown as Record<string, unknown>)[REPORT_READY_FLAG] = true
  return { pages: 'ready', title }
}

const hooks: ReportPageHooks = { render, png, overview }
;(window as unknown as Record<string, unknown>)[REPORT_HOOKS] = hooks
