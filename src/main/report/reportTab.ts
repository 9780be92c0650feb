// Opens report.html from the built renderer in a tab of a piped Chromium (chromiumPipe.ts) without any server:
// the tab's requests are paused by the DevTools Fetch domain and answered from out/renderer when they are for
// our private origin; every other request is refused, so the page can load nothing but our own files. The
// .invalid name can never resolve to a real host.
import { readFile } from 'node:fs/promises'
import { REPORT_HOOKS } from '@shared/report/reportPayload'
import { findStaticFile, resolveStaticPath } from '../host/staticFiles'
import type { ChromiumPipe } from './chromiumPipe'

export const REPORT_ORIGIN = 'http://report.handlekraft.invalid'

/** The viewport the report is laid out in before printing (print layout itself follows the paper size). */
const VIEWPORT = { width: 1200, height: 900, deviceScaleFactor: 1, mobile: false }
/** The generic families as playwright-core set them on Linux, so the header and footer keep their fonts. */
const FONT_FAMILIES = {
  fontFamilies: {
    standard: 'Times New Roman',
    fixed: 'Monospace',
    serif: 'Times New Roman',
    sansSerif: 'Arial',
    cursive: 'Comic Sans MS',
    fantasy: 'Impact',
  },
}
const START_TIMEOUT_MS = 30_000

export interface ReportTab {
  /** Runs a hook of the report page with a JSON payload and returns what it resolves to. */
  call<T>(hook: 'render' | 'png' | 'overview', payload: unknown): Promise<T>
  send<T = Record<string, unknown>>(method: string, params?: object): Promise<T>
  close(): Promise<void>
}

interface Paused {
  requestId: string
  request: { url: string }
}

/** What the tab gets for a request: a file of the built renderer on our private origin, or nothing at all. */
export type ReportResponse =
  { blocked: true } | { blocked: false; status: 200 | 404; contentType: string; body: Buffer }

export async function reportResponse(rendererDir: string, requestUrl: string): Promise<ReportResponse> {
  const url = new URL(requestUrl)
  if (url.origin !== REPORT_ORIGIN) return { blocked: true }
  const filePath = resolveStaticPath(rendererDir, url.pathname)
  const file = filePath === null ? null : await findStaticFile(filePath)
  if (file === null)
    return { blocked: false, status: 404, contentType: 'text/plain; charset=utf-8', body: Buffer.from('Not found') }
  return { blocked: false, status: 200, contentType: file.contentType, body: await readFile(file.path) }
}

async function answer(browser: ChromiumPipe, sessionId: string, rendererDir: string, paused: Paused): Promise<void> {
  const response = await reportResponse(rendererDir, paused.request.url)
  if (response.blocked) {
    await browser.send('Fetch.failRequest', { requestId: paused.requestId, errorReason: 'BlockedByClient' }, sessionId)
    return
  }
  await browser.send(
    'Fetch.fulfillRequest',
    {
      requestId: paused.requestId,
      responseCode: response.status,
      responseHeaders: [{ name: 'Content-Type', value: response.contentType }],
      body: response.body.toString('base64'),
    },
    sessionId,
  )
}

function withTimeout<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

export async function openReportTab(browser: ChromiumPipe, rendererDir: string): Promise<ReportTab> {
  const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' })
  const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })
  const send = <T>(method: string, params: object = {}) => browser.send<T>(method, params, sessionId)
  const close = () => browser.send('Target.closeTarget', { targetId }).then(() => undefined)
  const problems: string[] = []
  let loaded: () => void = () => undefined
  const load = new Promise<void>((resolve) => (loaded = resolve))
  browser.on('Fetch.requestPaused', (params, from) => {
    if (from !== sessionId) return
    answer(browser, sessionId, rendererDir, params as unknown as Paused).catch((error: unknown) =>
      problems.push(`serving ${(params as unknown as Paused).request.url}: ${(error as Error).message}`),
    )
  })
  browser.on('Runtime.exceptionThrown', (params, from) => {
    if (from !== sessionId) return
    const details = params.exceptionDetails as { text?: string; exception?: { description?: string } }
    problems.push(details.exception?.description ?? details.text ?? 'an error in the page')
  })
  browser.on('Page.loadEventFired', (_params, from) => {
    if (from === sessionId) loaded()
  })
  try {
    await Promise.all([
      send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
      send('Page.enable'),
      send('Runtime.enable'),
      send('Emulation.setDeviceMetricsOverride', VIEWPORT),
      send('Page.setFontFamilies', FONT_FAMILIES),
    ])
    const navigation = await send<{ errorText?: string }>('Page.navigate', { url: `${REPORT_ORIGIN}/report.html` })
    if (navigation.errorText) throw new Error(`report.html did not load: ${navigation.errorText}`)
    await withTimeout(load, START_TIMEOUT_MS, () => 'report.html did not finish loading')
    const started = await evaluate<boolean>(send, `${JSON.stringify(REPORT_HOOKS)} in globalThis`)
    if (!started) {
      throw new Error(
        `the report page did not start${problems.length ? `: ${problems.join('; ')}` : ` (is ${rendererDir} built? run \`npx electron-vite build\`)`}`,
      )
    }
  } catch (error) {
    await close().catch(() => undefined)
    throw error
  }
  return {
    call: (hook, payload) =>
      evaluate(send, `globalThis[${JSON.stringify(REPORT_HOOKS)}].${hook}(${JSON.stringify(payload)})`),
    send,
    close,
  }
}

/** Evaluates `expression` in the page, awaits it, and returns its value (JSON); a throw in the page rejects. */
async function evaluate<T>(send: <R>(method: string, params?: object) => Promise<R>, expression: string): Promise<T> {
  const { result, exceptionDetails } = await send<{
    result: { value?: unknown }
    exceptionDetails?: { text?: string; exception?: { description?: string } }
  }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })
  if (exceptionDetails) {
    throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text ?? 'the report page failed')
  }
  return result.value as T
}
