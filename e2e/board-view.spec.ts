// Navigating (zoom keys, fit, 100 %, zoom to selection, pan), find, the projector theme, and a reopened
// file that shows exactly what was there with undo still available and the same view.
import { expect, snap, test } from './fixtures'
import { board, newWorkshop, noteButton, notesList, readWorkshop, tools, toScreen, writeNoteAt } from './boardSupport'
import { moreTool } from './frameSupport'

const view = async (page: import('@playwright/test').Page) =>
  board(page).evaluate((el) => ({ scale: Number(el.dataset.scale), x: Number(el.dataset.x), y: Number(el.dataset.y) }))

test('zoom and pan by keys, buttons and wheel; find highlights and Enter jumps', async ({ page, shell }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await newWorkshop(page, shell, 'Navigation')
  await writeNoteAt(page, await toScreen(page, { x: 150, y: 120 }), 'Torvet')
  await writeNoteAt(page, await toScreen(page, { x: 700, y: 300 }), 'Torvedagen')
  await writeNoteAt(page, await toScreen(page, { x: 400, y: 200 }), 'Havnen')
  await board(page).focus()
  await page.keyboard.press('Escape')

  await page.keyboard.press('+')
  await expect.poll(async () => (await view(page)).scale).toBeCloseTo(1.2)
  await page.keyboard.press('-')
  await page.keyboard.press('-')
  await expect.poll(async () => (await view(page)).scale).toBeCloseTo(1 / 1.2)
  await expect(tools(page).getByRole('status', { name: 'Zoom level' }).or(tools(page).locator('output'))).toHaveText(
    '83 %',
  )
  await page.keyboard.press('1')
  await expect.poll(async () => (await view(page)).scale).toBe(1)
  await tools(page).getByRole('button', { name: 'Zoom in' }).click()
  await (await moreTool(page, 'Actual size (100 %)')).click()
  await expect.poll(async () => (await view(page)).scale).toBe(1)

  // Arrow keys pan when nothing is selected; the wheel pans, Ctrl+wheel zooms.
  let before = await view(page)
  await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await view(page)).x).toBe(before.x - 80)
  const area = (await board(page).boundingBox())!
  await page.mouse.move(area.x + 300, area.y + 200)
  before = await view(page)
  await page.mouse.wheel(0, 100)
  await expect.poll(async () => (await view(page)).y).toBe(before.y - 100)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -100)
  await page.keyboard.up('Control')
  await expect.poll(async () => (await view(page)).scale).toBeGreaterThan(1.5)
  // Space + drag pans.
  await board(page).focus()
  before = await view(page)
  await page.keyboard.down('Space')
  await page.mouse.move(area.x + 300, area.y + 200)
  await page.mouse.down()
  await page.mouse.move(area.x + 200, area.y + 150, { steps: 3 })
  await page.mouse.up()
  await page.keyboard.up('Space')
  await expect.poll(async () => (await view(page)).x).toBeCloseTo(before.x - 100, 0)

  // Shift+1 fits everything: all three notes on screen.
  await page.keyboard.press('Shift+Digit1')
  await expect.poll(async () => (await view(page)).scale).toBeLessThanOrEqual(1)
  await tools(page).getByRole('button', { name: 'Show everything' }).click()

  // Find: two notes match "torv", Enter walks between them.
  await page.keyboard.press('Control+f')
  const find = page.getByRole('search', { name: 'Find notes' })
  await expect(find.getByRole('searchbox', { name: 'Find text' })).toBeFocused()
  await page.keyboard.type('torv')
  await expect(find.getByRole('status')).toHaveText('1 of 2')
  await page.keyboard.press('Enter')
  await expect(noteButton(page, 'Torvet')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Enter')
  await expect(find.getByRole('status')).toHaveText('2 of 2')
  await expect(noteButton(page, 'Torvedagen')).toHaveAttribute('aria-pressed', 'true')
  await snap(page, testInfo, '1-find')
  await page.keyboard.press('Escape')
  await expect(find).toHaveCount(0)

  // Zoom to selection shows the selected note large.
  await (await moreTool(page, 'Zoom to selection')).click()
  await expect.poll(async () => (await view(page)).scale).toBeGreaterThan(1.5)
})

test('projector: high contrast and roles at 1280x720 and 1920x1080 on the demo workshop', async ({
  page,
  shell,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Open demo workshop' }).click()
  await expect(notesList(page).getByRole('button').first()).toBeAttached()
  expect(await notesList(page).getByRole('button').count()).toBeGreaterThan(100)
  await snap(page, testInfo, '1-demo-1280')
  await (await moreTool(page, 'High contrast')).click()
  await expect(await moreTool(page, 'High contrast')).toHaveAttribute('aria-pressed', 'true')
  await (await moreTool(page, 'Show roles')).click()
  // Zoom in on the first strength so text, marks and roles can be read.
  await notesList(page).getByRole('button').first().focus()
  await (await moreTool(page, 'Zoom to selection')).click()
  await tools(page).getByRole('button', { name: 'Zoom out' }).click()
  await tools(page).getByRole('button', { name: 'Zoom out' }).click()
  await snap(page, testInfo, '2-high-contrast-roles-1280')
  await page.setViewportSize({ width: 1920, height: 1080 })
  await tools(page).getByRole('button', { name: 'Zoom out' }).click()
  await snap(page, testInfo, '3-high-contrast-roles-1920')
  await tools(page).getByRole('button', { name: 'Show everything' }).click()
  await snap(page, testInfo, '4-demo-fit-1920')
})

test('a reopened workshop shows exactly what was there, undo still works, the view is remembered', async ({
  page,
  shell,
}, testInfo) => {
  await newWorkshop(page, shell, 'Genåbnet')
  await writeNoteAt(page, await toScreen(page, { x: 150, y: 120 }), 'Før')
  await writeNoteAt(page, await toScreen(page, { x: 500, y: 120 }), 'Efter')
  await noteButton(page, 'Efter').focus()
  await page.keyboard.press('Shift+ArrowDown')
  await board(page).focus()
  await page.keyboard.press('Escape')
  await page.keyboard.press('+')
  await page.waitForTimeout(300) // the view is remembered once it settles
  const seen = await readWorkshop(page, shell)
  const seenView = await view(page)
  await snap(page, testInfo, '1-before-close')

  await page.getByRole('button', { name: 'Close workshop' }).click()
  await page
    .getByRole('region', { name: 'Recent' })
    .getByRole('button', { name: /Genåbnet/ })
    .click()
  await expect(noteButton(page, 'Efter')).toHaveCount(1)
  const reopened = await readWorkshop(page, shell)
  expect(reopened.doc.note).toEqual(seen.doc.note)
  expect(await view(page)).toEqual(seenView)
  await snap(page, testInfo, '2-reopened')

  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  await page.getByRole('button', { name: 'Undo' }).click()
  const efter = Object.values(seen.doc.note).find((n) => n.text === 'Efter')!
  await expect
    .poll(async () => Object.values((await readWorkshop(page, shell)).doc.note).find((n) => n.text === 'Efter')!.y)
    .toBe(efter.y - 50)
})
