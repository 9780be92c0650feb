// Zones and connectors: a zone carries its notes when moved and can be resized; a note dropped into a
// category zone takes that category when it is a strength (ideas keep theirs); arrows between notes follow them, carry a label, and go when an end goes.
import { expect, snap, test } from './fixtures'
import {
  areasList,
  board,
  centreOf,
  dragFromTo,
  linesList,
  newWorkshop,
  noteButton,
  notesByText,
  readWorkshop,
  tools,
  toScreen,
  writeNoteAt,
} from './boardSupport'
import { moreTool } from './frameSupport'

test('zones: a strength dropped into a category zone takes its category; a moved zone carries its notes; resize', async ({
  page,
  shell,
}, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await newWorkshop(page, shell, 'Styrkekort', 'strengths-map')
  await expect(areasList(page).getByRole('button', { name: 'People' })).toHaveCount(1)
  const { doc } = await readWorkshop(page, shell)
  const people = doc.zone['zone-people']!
  const places = doc.zone['zone-places']!

  // Write a note outside the zones (below the whole map is the "Ideas" zone without category; use the left margin).
  await writeNoteAt(
    page,
    await centreOf(page, { x: people.x + 100, y: people.y + 30, width: 180, height: 120 }),
    'Bageren',
  )
  let notes = await notesByText(page, shell)
  // Written inside People by double-click: a strength of People from the start.
  expect(notes['Bageren']).toMatchObject({ kind: 'strength', categoryId: 'people' })
  // Drag it into Places: the strength is re-sorted as a place.
  await dragFromTo(page, await centreOf(page, notes['Bageren']!), await centreOf(page, places))
  await expect.poll(async () => (await notesByText(page, shell))['Bageren']!.categoryId).toBe('places')
  await expect(noteButton(page, 'Bageren')).toHaveAccessibleName(/Places\)$/)
  await snap(page, testInfo, '1-dropped-into-places')

  // Select the Places zone by its title and move it: the note travels along, in one undo step.
  notes = await notesByText(page, shell)
  const title = await toScreen(page, { x: places.x + 60, y: places.y - 30 })
  const scale = Number(await board(page).getAttribute('data-scale'))
  await dragFromTo(page, title, { x: title.x, y: title.y + 100 * scale })
  await expect
    .poll(async () => (await readWorkshop(page, shell)).doc.zone['zone-places']!.y)
    .toBeCloseTo(places.y + 100, -1)
  const afterZone = (await readWorkshop(page, shell)).doc.zone['zone-places']!
  const carried = (await notesByText(page, shell))['Bageren']!
  expect(carried.y - notes['Bageren']!.y).toBe(afterZone.y - places.y)
  expect(carried.categoryId).toBe('places')
  await expect(areasList(page).getByRole('button', { name: 'Places' })).toHaveAttribute('aria-pressed', 'true')

  // Resize by the corner handle.
  const corner = await toScreen(page, { x: afterZone.x + afterZone.width - 2, y: afterZone.y + afterZone.height - 2 })
  await dragFromTo(page, corner, { x: corner.x + 200 * scale, y: corner.y + 100 * scale })
  await expect
    .poll(async () => (await readWorkshop(page, shell)).doc.zone['zone-places']!.width)
    .toBeGreaterThan(places.width + 150)
  await snap(page, testInfo, '2-zone-moved-and-resized')

  // A new area from the toolbar, renamed by Enter on its list entry.
  await tools(page).getByRole('button', { name: 'New area' }).click()
  await areasList(page).getByRole('button', { name: 'New area' }).focus()
  await page.keyboard.press('Enter')
  const field = page.getByRole('textbox', { name: 'Area title' })
  await field.fill('Bylivet')
  await field.press('Enter')
  await expect(areasList(page).getByRole('button', { name: 'Bylivet' })).toHaveCount(1)
})

test('connectors: connect two notes, label, follow a moved end, deleted with an end', async ({
  page,
  shell,
}, testInfo) => {
  await newWorkshop(page, shell, 'Forbindelser')
  await writeNoteAt(page, await toScreen(page, { x: 150, y: 120 }), 'Skolen')
  await writeNoteAt(page, await toScreen(page, { x: 600, y: 200 }), 'Hallen')
  const notes = await notesByText(page, shell)
  await page.mouse.click(...(Object.values(await centreOf(page, notes['Skolen']!)) as [number, number]))
  await page.keyboard.down('Shift')
  await page.mouse.click(...(Object.values(await centreOf(page, notes['Hallen']!)) as [number, number]))
  await page.keyboard.up('Shift')
  await (await moreTool(page, 'Connect selected')).click()
  const line = linesList(page).getByRole('button', { name: 'Skolen to Hallen' })
  await expect(line).toHaveCount(1)

  await line.focus()
  await page.keyboard.press('Enter')
  await page.getByRole('textbox', { name: 'Line label' }).fill('deler lokaler')
  await page.keyboard.press('Enter')
  await expect(linesList(page).getByRole('button', { name: 'Skolen to Hallen: deler lokaler' })).toHaveCount(1)

  // Move one end with the keyboard: the line stays (it follows on the board), undo is one step.
  await noteButton(page, 'Hallen').focus()
  await page.keyboard.press('Shift+ArrowDown')
  await expect.poll(async () => (await notesByText(page, shell))['Hallen']!.y).toBe(notes['Hallen']!.y + 50)
  await snap(page, testInfo, '1-labelled-line')

  await page.keyboard.press('Delete')
  await expect(noteButton(page, 'Hallen')).toHaveCount(0)
  await expect(linesList(page).getByRole('button')).toHaveCount(0)
  expect(Object.keys((await readWorkshop(page, shell)).doc.connector)).toHaveLength(0)
  // Undo brings back the note and its line together.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(linesList(page).getByRole('button', { name: 'Skolen to Hallen: deler lokaler' })).toHaveCount(1)
})
