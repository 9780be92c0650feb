// The projector's glide on the sharing board (issue 15): while the facilitator pans the laptop's board, the
// projector window follows the view (20 reports a second, each a 450 ms glide towards it), redrawing its board
// on every frame. The bench presents, opens the projector window through the Projector menu as a person does,
// pans the laptop's board with the middle button exactly as the board bench does, and records the frame
// intervals in the projector's page, with how the projector put the sharing map on its canvas at each frame
// (data-drawn's `map`: 'bitmap' or 'live').
import type { Browser, Page } from 'playwright-core'
import { measureGesture, openThroughUi, panByDragging, settle, type GestureResult } from './board'
import { PROJECTOR_BOARD } from './frames'

/** A projector in a hall: full HD, as the laptop's window in the board bench. */
const PROJECTOR_VIEWPORT = { width: 1920, height: 1080 }

export interface ProjectorGlideOptions {
  browser: Browser
  url: string
  workshopPath: string
}

export async function measureProjectorGlide(options: ProjectorGlideOptions): Promise<GestureResult> {
  const context = await options.browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'en-GB',
    deviceScaleFactor: 1,
  })
  try {
    await context.addInitScript('globalThis.__name = (target) => target')
    const page = await context.newPage()
    await openThroughUi(page, options.url, options.workshopPath, async () => undefined)
    await settle(page)
    const projector = await openProjectorWindow(page)
    await settle(page)
    await settle(projector)
    return await measureGesture(page, panByDragging, { page: projector, source: PROJECTOR_BOARD })
  } finally {
    await context.close()
  }
}

/** Present, then "Open projector window" in the Projector menu; waits until the projector has drawn the map. */
async function openProjectorWindow(page: Page): Promise<Page> {
  await page.getByRole('button', { name: 'Present', exact: true }).click()
  await page.getByRole('button', { name: 'Stop presenting' }).waitFor()
  const menu = page.getByRole('button', { name: 'Projector', exact: true })
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click()
  const popup = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Open projector window' }).click()
  const projector = await popup
  await projector.setViewportSize(PROJECTOR_VIEWPORT)
  await projector.locator('.projector[data-presenting="true"]').waitFor()
  // Fold the menu away again: it lies over the laptop's board, where the pan starts.
  if ((await menu.getAttribute('aria-expanded')) === 'true') await menu.click()
  await projector.waitForFunction(() => {
    const drawn = (globalThis as unknown as { document: { querySelector(s: string): { dataset: { drawn?: string } } | null } })
      .document.querySelector('.projector-board')?.dataset.drawn
    return drawn !== undefined && (JSON.parse(drawn) as { map?: string }).map !== 'none'
  })
  return projector
}
