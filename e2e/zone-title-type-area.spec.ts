// Issue 10 (helper panels, item 2): in a Symbiosis map workshop the actor-type areas store no title; they show
// their type's name ("Firm"). A double-click in one opened the area-title editor EMPTY. Now the editor starts
// with the name the area shows; Enter on it unchanged changes nothing (the area keeps following its type's
// name), and a typed name is stored and drawn.
import { areasList, board, newWorkshop, readWorkshop, toScreen, tools } from './boardSupport'
import { expect, test } from './fixtures'

test('the title editor of an actor-type area starts with the name the area shows', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await newWorkshop(page, shell, 'Local symbiosis', 'symbiosis-map')
  await tools(page).getByRole('button', { name: 'Show everything' }).click()
  const before = await readWorkshop(page, shell)
  const firm = before.doc.zone['zone-actors-firm']!
  expect(firm.title).toBe('')
  await expect(areasList(page).getByRole('button', { name: /^Firm/ })).toHaveCount(1)

  // On the area's title, above its frame (ZONE_TITLE: 40 high, 10 above the frame), near its left end.
  const centre = await toScreen(page, { x: firm.x + 40, y: firm.y - 30 })
  await page.mouse.dblclick(centre.x, centre.y)
  const field = page.getByRole('textbox', { name: 'Area title' })
  await expect(field).toBeFocused()
  await expect(field).toHaveValue('Firm')

  // Unchanged: nothing is written, nothing to undo.
  await page.keyboard.press('Enter')
  await expect(field).toHaveCount(0)
  const after = await readWorkshop(page, shell)
  expect(after.doc.zone['zone-actors-firm']!.title).toBe('')
  expect(after.canUndo).toBe(before.canUndo)

  // A new name is stored and shown.
  await page.mouse.dblclick(centre.x, centre.y)
  await expect(field).toHaveValue('Firm')
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Firms in town')
  await page.keyboard.press('Enter')
  await expect(areasList(page).getByRole('button', { name: /^Firms in town/ })).toHaveCount(1)
  expect((await readWorkshop(page, shell)).doc.zone['zone-actors-firm']!.title).toBe('Firms in town')
  await expect(board(page)).toBeVisible()
})
