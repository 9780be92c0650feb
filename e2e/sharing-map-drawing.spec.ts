// Issue 15's big maps: the laptop board keeps the symbiosis map (actor cards, sharing links) as a bitmap between
// frames, so a pan does not redraw every link (board/sharingBitmap.ts). What the room must not notice: on the
// Kalundborg demo at 1280x720, every flow type is drawn in its own colour; after a pan with the real mouse the
// map is shown from its bitmap and looks exactly as the map drawn live at the same view; the key's filter
// reaches the bitmap; and a zoom gesture ends with the map drawn crisp again. Read from the board's own pixels
// and from what the board says it drew (data-drawn's `map`).
import type { Locator, Page } from '@playwright/test'
import { FLOW_TYPES, type FlowType } from '../src/shared/model/records'
import { FLOW_STYLE } from '../src/shared/model/sharingStyle'
import { board } from './boardSupport'
import { expect, snap, test } from './fixtures'
import { colourPixels, drawnOn, openKalundborgDemo } from './sharingSupport'

test.use({ viewport: { width: 1280, height: 720 } })

/** How the board put the sharing map on its canvas in its last drawing. */
const mapDrawn = async (page: Page) => (await drawnOn(board(page))).map

/**
 * Escape twice on the board: closes a note editor if one opened, then clears the selection. Needed before
 * counting energy's orange: the selection outline is amber, within the counter's reach. Two fresh-clone CI runs
 * under load ended a middle-button pan with a note selected at the pan's start point (not reproduced locally;
 * see the session notes), which this spec does not set out to test.
 */
async function deselect(page: Page): Promise<void> {
  await board(page).press('Escape')
  await board(page).press('Escape')
}

/** Keeps a copy of the board's drawing (its first canvas) under `name`, in the page. */
function keepPicture(page: Page, name: string): Promise<void> {
  return board(page).evaluate((element, key) => {
    const canvas = element.querySelector('canvas')!
    const pictures = ((window as unknown as { __pictures?: Record<string, ImageData> }).__pictures ??= {})
    pictures[key] = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
  }, name)
}

/** Of two kept pictures, the share of pixels that differ by more than 16 in a channel. */
function pictureDifference(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([first, second]) => {
      const pictures = (window as unknown as { __pictures: Record<string, ImageData> }).__pictures
      const x = pictures[first]!.data
      const y = pictures[second]!.data
      if (x.length !== y.length) return 1
      let differ = 0
      for (let i = 0; i < x.length; i += 4) if ([0, 1, 2, 3].some((c) => Math.abs(x[i + c]! - y[i + c]!) > 16)) differ++
      return differ / (x.length / 4)
    },
    [a, b] as const,
  )
}

/** The key's toggle for a flow type (the key is opened first). */
async function flowToggle(page: Page, flow: FlowType): Promise<Locator> {
  const key = page.getByRole('list', { name: 'Show links' })
  if (!(await key.isVisible())) await page.getByText('Sharing links', { exact: true }).click()
  const names: Record<FlowType, RegExp> = {
    premises: /^Premises/,
    labour: /^People and labour/,
    knowledge: /^Knowledge/,
    materials: /^Materials/,
    energy: /^Energy/,
    equipment: /^Equipment/,
    money: /^Money/,
    other: /^Other/,
  }
  return key.getByRole('button', { name: names[flow] })
}

/**
 * Pans with the middle button and keeps it held: the gesture is still under way (the map shown from its bitmap)
 * until the returned release is called. Once released the board settles and may draw the map live again at once,
 * so what the pan shows is checked while the button is down (on a quiet machine the settle comes before a poll).
 * Every step moves by whole pixels, as a mouse does: a bitmap made at a frame half a pixel off (Playwright's own
 * steps would give 7.5 px) is blitted to the nearest pixel, which differs from the live drawing by up to half a
 * pixel (that is the pan's trade-off; the board is drawn live and exact once the pan ends).
 */
async function panHeld(page: Page, dx: number, dy: number): Promise<() => Promise<void>> {
  const area = (await board(page).boundingBox())!
  const start = { x: Math.round(area.x + area.width / 2), y: Math.round(area.y + area.height / 2) }
  await page.mouse.move(start.x, start.y)
  await page.mouse.down({ button: 'middle' })
  const steps = 6
  for (let step = 1; step <= steps; step++)
    await page.mouse.move(start.x + Math.round((dx * step) / steps), start.y + Math.round((dy * step) / steps))
  return () => page.mouse.up({ button: 'middle' })
}

/**
 * Idle callbacks wait until `runIdle` lets them run: a machine too busy to be idle (the map's bitmap for the next
 * gesture is made in idle time).
 */
const holdIdleCallbacks = (page: Page) =>
  page.addInitScript(() => {
    const waiting: Array<() => void> = []
    const w = window as unknown as { requestIdleCallback: unknown; cancelIdleCallback: unknown; __runIdle: () => void }
    w.requestIdleCallback = (run: (deadline: IdleDeadline) => void) =>
      waiting.push(() => run({ didTimeout: false, timeRemaining: () => 50 } as IdleDeadline))
    w.cancelIdleCallback = (handle: number) => {
      waiting[handle - 1] = () => undefined
    }
    w.__runIdle = () => waiting.splice(0).forEach((run) => run())
  })
const runIdle = (page: Page) => page.evaluate(() => (window as unknown as { __runIdle: () => void }).__runIdle())

/** Hides and shows a flow type: the map is drawn live again at the same view. */
async function redrawLive(page: Page): Promise<void> {
  const energy = await flowToggle(page, 'energy')
  await energy.click()
  await expect(energy).toHaveAttribute('aria-pressed', 'false')
  await energy.click()
  await expect(energy).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(() => mapDrawn(page)).toBe('live')
  await page.getByText('Sharing links', { exact: true }).click() // folds the key away again
  await expect(page.getByRole('list', { name: 'Show links' })).toBeHidden()
}

test('the Kalundborg map: flow colours, a pan shown from the bitmap as crisp as drawn live, the filter, a zoom', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(180_000)
  await openKalundborgDemo(page, shell)
  await page.getByRole('button', { name: 'Show everything' }).click()
  await expect.poll(() => mapDrawn(page)).toBeDefined()

  // Every flow type of the demo, in its own colour (its lines and marks).
  for (const flow of FLOW_TYPES)
    await expect
      .poll(() => colourPixels(board(page), FLOW_STYLE[flow].colour), { message: `${flow} links are drawn` })
      .toBeGreaterThan(20)

  // A pan with the middle button: the map comes from its bitmap, and looks as the map drawn live there.
  const release = await panHeld(page, 120, 45)
  await expect.poll(() => mapDrawn(page), { message: 'during a pan the map is shown from its bitmap' }).toBe('bitmap')
  await keepPicture(page, 'from bitmap')
  await snap(page, testInfo, 'kalundborg map during a pan')
  await release()
  await redrawLive(page)
  await keepPicture(page, 'live')
  // 0.5 %: a full suite run saw 0.2 % (antialiasing at the bitmap's edge); a bitmap off by a pixel differs by 2.5 %.
  expect(await pictureDifference(page, 'from bitmap', 'live'), 'share of pixels that differ').toBeLessThan(0.005)

  // The filter reaches the bitmap: energy hidden, then a pan. Nothing selected first: the selection outline is
  // amber, within the colour counter's reach of energy's orange. (A CI run under load found a note selected at
  // the pan's start point after the middle-button pan, the view not moved: not reproduced here; see the notes.)
  await deselect(page)
  await (await flowToggle(page, 'energy')).click()
  await expect.poll(() => colourPixels(board(page), FLOW_STYLE.energy.colour)).toBeLessThan(5)
  const releaseAgain = await panHeld(page, -80, 30)
  await expect.poll(() => mapDrawn(page)).toBe('bitmap')
  expect(await colourPixels(board(page), FLOW_STYLE.energy.colour), 'energy stays hidden in a pan').toBeLessThan(5)
  expect(await colourPixels(board(page), FLOW_STYLE.materials.colour)).toBeGreaterThan(20)
  await releaseAgain()
  await deselect(page)
  expect(await colourPixels(board(page), FLOW_STYLE.energy.colour), 'energy stays hidden after a pan').toBeLessThan(5)
  await page.getByRole('list', { name: 'Show links' }).getByRole('button', { name: 'All types' }).click()
  await expect.poll(() => colourPixels(board(page), FLOW_STYLE.energy.colour)).toBeGreaterThan(20)

  // A zoom with Ctrl + wheel ends with the map drawn crisp (live) at the new zoom, labels readable.
  const area = (await board(page).boundingBox())!
  await page.mouse.move(area.x + area.width * 0.45, area.y + area.height * 0.45)
  await page.keyboard.down('Control')
  for (let notch = 0; notch < 4; notch++) await page.mouse.wheel(0, -30)
  await page.keyboard.up('Control')
  await expect.poll(() => mapDrawn(page), { message: 'the map is drawn crisp once the wheel pauses' }).toBe('live')
  for (const flow of ['energy', 'knowledge', 'materials'] as const)
    await expect
      .poll(() => colourPixels(board(page), FLOW_STYLE[flow].colour), { message: `${flow} links at the zoomed-in view` })
      .toBeGreaterThan(20)
  await snap(page, testInfo, 'kalundborg map zoomed in')
})

// Found while chasing a CI failure: after a zoom, the old bitmap was kept until idle time, so a pan started before
// then showed it scaled from the old zoom (soft; 7 % of the pixels differed from the map drawn live).
test('a pan right after a zoom, before the page was idle, shows the map as crisp as drawn live', async ({
  page,
  shell,
}) => {
  test.setTimeout(180_000)
  await holdIdleCallbacks(page)
  await openKalundborgDemo(page, shell)
  await expect.poll(() => mapDrawn(page)).toBe('live')
  const scaleAtOpen = await board(page).getAttribute('data-scale')
  await runIdle(page) // the bitmap for the next gesture, at this zoom
  // Zoom in a little with Ctrl + wheel, then pan at once, before the page has been idle again.
  const area = (await board(page).boundingBox())!
  const crispBefore = await board(page).getAttribute('data-crisp-at')
  await page.mouse.move(area.x + area.width * 0.45, area.y + area.height * 0.45)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -30)
  await page.keyboard.up('Control')
  await expect(board(page)).not.toHaveAttribute('data-scale', scaleAtOpen!)
  // The wheel has paused: the board is drawn crisp at the new zoom, the map live.
  await expect(board(page)).not.toHaveAttribute('data-crisp-at', crispBefore!)
  await expect.poll(() => mapDrawn(page)).toBe('live')
  const release = await panHeld(page, 120, 45)
  await expect.poll(() => mapDrawn(page)).toBe('bitmap')
  await keepPicture(page, 'from bitmap')
  await release()
  await runIdle(page)
  await redrawLive(page)
  await keepPicture(page, 'live')
  expect(await pictureDifference(page, 'from bitmap', 'live'), 'share of pixels that differ').toBeLessThan(0.005)
})
