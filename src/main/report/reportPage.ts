// Opens report.html from the built renderer in a Chromium page without any server: requests to a private
// origin are answered from out/renderer by Playwright's router, and every other request is refused, so the
// page can load nothing but our own files. The .invalid name can never resolve to a real host.
import type { Browser, Page } from 'playwright-core'
import { REPORT_HOOKS } from '@shared/report/reportPayload'
import { findStaticFile, resolveStaticPath } from '../host/staticFiles'
import { readFile } from 'node:fs/promises'

export const REPORT_ORIGIN = 'http://report.handlekraft.invalid'

export async function openReportPage(browser: Browser, rendererDir: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 })
  const page = await context.newPage()
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== REPORT_ORIGIN) return route.abort('blockedbyclient')
    const filePath = resolveStaticPath(rendererDir, url.pathname)
    const file = filePath === null ? null : await findStaticFile(filePath)
    if (file === null) return route.fulfill({ status: 404, body: 'Not found' })
    return route.fulfill({ status: 200, contentType: file.contentType, body: await readFile(file.path) })
  })
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  const response = await page.goto(`${REPORT_ORIGIN}/report.html`)
  if (!response || response.status() !== 200) {
    await context.close()
    throw new Error(`report.html is missing from ${rendererDir}: run \`npx electron-vite build\``)
  }
  try {
    await page.waitForFunction((name) => name in globalThis, REPORT_HOOKS, { timeout: 15_000 })
  } catch (error) {
    await context.close()
    throw new Error(`the report page did not start${problems.length ? `: ${problems.join('; ')}` : ''}`, {
      cause: error,
    })
  }
  return page
}
