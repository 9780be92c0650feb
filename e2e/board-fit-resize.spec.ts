// "Show everything" keeps everything in view when the window changes size (a laptop plugged into the
// projector at another resolution, a window made smaller), until the facilitator moves the view by hand.
// Read from the view the board publishes (data-scale/x/y) and what it says it drew (data-drawn), not pixels.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { board, drawnOn, newWorkshop, readWorkshop, tools } from './boardSupport'

interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

const view = (page: Page) =>
  board(page).evaluate((el) => ({ scale: Number(el.dataset.scale), x: Number(el.dataset.x), y: Number(el.dataset.y) }))

/** The template's areas (with their titles above them) on screen, relative to the board element. */
async function contentOnScreen(page: Page, content: Bounds): Promise<Bounds> {
  const { scale, x, y } = await view(page)
  return {
    x: x + content.x * scale,
    y: y + content.y * scale,
    width: content.width * scale,
    height: content.height * scale,
  }
}

/** Everything inside the board, and filling it along one side (fitted, not merely small). */
async function expectFitted(page: Page, content: Bounds): Promise<void> {
  await expect
    .poll(async () => {
      const area = (await board(page).boundingBox())!
      const shown = await contentOnScreen(page, content)
      const inside =
        shown.x >= -1 &&
        shown.y >= -1 &&
        shown.x + shown.width <= area.width + 1 &&
        shown.y + shown.height <= area.height + 1
      const fills = shown.width >= area.width * 0.85 || shown.height >= area.height * 0.85
      return inside && fills
    })
    .toBe(true)
}

test('Show everything keeps everything in view through window resizes until the view is moved by hand', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await newWorkshop(page, shell, 'Fit on resize', 'strengths-map')
  const { doc } = await readWorkshop(page, shell)
  const zones = Object.values(doc.zone)
  // The areas with their titles above them (40 px title, 10 px gap), as Show everything fits a fresh board.
  const left = Math.min(...zones.map((z) => z.x))
  const top = Math.min(...zones.map((z) => z.y - 50))
  const right = Math.max(...zones.map((z) => z.x + z.width))
  const bottom = Math.max(...zones.map((z) => z.y + z.height))
  const content = { x: left, y: top, width: right - left, height: bottom - top }
  const titles = (await drawnOn(board(page))).zones

  await tools(page).getByRole('button', { name: 'Show everything' }).click()
  await expectFitted(page, content)
  const small = await view(page)

  await page.setViewportSize({ width: 1920, height: 1080 })
  await expectFitted(page, content)
  expect((await view(page)).scale).toBeGreaterThan(small.scale)

  await page.setViewportSize({ width: 1280, height: 720 })
  await expectFitted(page, content)
  await expect.poll(async () => (await view(page)).scale).toBeCloseTo(small.scale, 5)
  // Every area's title is drawn, so the room can read them all.
  await expect.poll(async () => (await drawnOn(board(page))).zones.sort()).toEqual([...titles].sort())

  // Panned by hand (middle button): the view is the facilitator's now, and a resize leaves it alone.
  const area = (await board(page).boundingBox())!
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2)
  await page.mouse.down({ button: 'middle' })
  await page.mouse.move(area.x + area.width / 2 + 120, area.y + area.height / 2 + 40, { steps: 4 })
  await page.mouse.up({ button: 'middle' })
  const moved = await view(page)
  expect(moved.x).toBeCloseTo(small.x + 120, 0)
  const canvasWidth = () => board(page).evaluate((el) => el.querySelector('canvas')?.clientWidth ?? 0)
  const before = await canvasWidth()
  await page.setViewportSize({ width: 1920, height: 1080 })
  // Once the canvas has followed the new size, the view is where the facilitator left it.
  await expect.poll(canvasWidth).toBeGreaterThan(before)
  expect(await view(page)).toEqual(moved)
})
