// Zooming by key and button counts every press (issue 10, gestures): the zoom-out key works while focus is in
// the board's (visually hidden) items list, and rapid clicks on "Zoom out" ("Zoom ud") each take one step.
import { expect, test } from './fixtures'
import { board, newWorkshop, noteButton, tools, toScreen, writeNoteAt } from './boardSupport'
import { moreTool } from './frameSupport'

test.use({ viewport: { width: 1280, height: 720 } })

const scaleOf = async (page: import('@playwright/test').Page) => Number(await board(page).getAttribute('data-scale'))
const zoomOut = (page: import('@playwright/test').Page) => tools(page).getByRole('button', { name: 'Zoom out' })

test('the zoom keys work with focus on a note in the board items list', async ({ page, shell }) => {
  await newWorkshop(page, shell, 'Zoomtaster')
  await writeNoteAt(page, await toScreen(page, { x: 200, y: 150 }), 'Skolen')
  await (await moreTool(page, 'Actual size (100 %)')).click()
  await expect.poll(() => scaleOf(page)).toBe(1)
  // Tab into the hidden list: focus lands on the note's button, as a keyboard user reaches it.
  await noteButton(page, 'Skolen').focus()
  await expect(noteButton(page, 'Skolen')).toBeFocused()
  await page.keyboard.press('-')
  await expect.poll(() => scaleOf(page)).toBeCloseTo(1 / 1.2)
  await page.keyboard.press('+')
  await page.keyboard.press('+')
  await expect.poll(() => scaleOf(page)).toBeCloseTo(1.2)
})

test('each rapid click on "Zoom out" takes one step', async ({ page, shell }) => {
  await newWorkshop(page, shell, 'Zoomknap')
  await (await moreTool(page, 'Actual size (100 %)')).click()
  await expect.poll(() => scaleOf(page)).toBe(1)
  const button = zoomOut(page)
  const box = (await button.boundingBox())!
  // Five real clicks, as fast as a hand: no waiting for the board in between.
  for (let i = 0; i < 5; i++) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await expect.poll(() => scaleOf(page)).toBeCloseTo(1 / 1.2 ** 5, 4)
})

test('the zoom buttons stay where they are whatever the zoom level reads', async ({ page, shell }) => {
  // The view tools sit in the board's lower right corner, aligned to the right: a read-out that grew from
  // "47 %" to "116 %" pushed "Zoom out" sideways under a hand clicking it quickly.
  await newWorkshop(page, shell, 'Zoomknapper')
  const readout = tools(page).locator('output')
  const placeOf = async () => {
    const box = (await zoomOut(page).boundingBox())!
    return { x: Math.round(box.x), width: Math.round(box.width) }
  }
  const places = new Set<string>()
  for (const [press, shown] of [
    ['1', '100 %'],
    ['-', '83 %'],
    ['-', '69 %'],
    ['1', '100 %'],
    ['+', '120 %'],
  ] as const) {
    await board(page).focus()
    await page.keyboard.press(press)
    await expect(readout).toHaveText(shown)
    places.add(JSON.stringify(await placeOf()))
  }
  for (let i = 0; i < 10; i++) await page.keyboard.press('+')
  await expect(readout).toHaveText('400 %')
  places.add(JSON.stringify(await placeOf()))
  for (let i = 0; i < 30; i++) await page.keyboard.press('-')
  await expect(readout).toHaveText('5 %')
  places.add(JSON.stringify(await placeOf()))
  expect([...places]).toHaveLength(1)
})
