// Notes on the board: made by double-click, the N key and the toolbar, typed into at once, edited in a
// text field over the note; Danish letters, emoji and long words; kind, category and colour; legend.
import { expect, snap, test } from './fixtures'
import {
  board,
  newWorkshop,
  noteButton,
  notesByText,
  notesList,
  readWorkshop,
  tools,
  writeNoteAt,
} from './boardSupport'
import { notePicker } from './frameSupport'

test('notes: create three ways, type at once, edit over the note, kind/category/colour, legend', async ({
  page,
  shell,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await newWorkshop(page, shell, 'Sedler')
  const area = (await board(page).boundingBox())!

  // 1. Double-click on empty board: the text field appears right there and takes typing at once.
  await writeNoteAt(page, { x: area.x + 200, y: area.y + 150 }, 'Æblehaven ved skolen 🍎')

  // 2. The N key, with focus on the board.
  await board(page).focus()
  await page.keyboard.press('n')
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeFocused()
  await page.keyboard.type('Foreningslivet er stærkt')
  await page.keyboard.press('Escape')
  await expect(noteButton(page, 'Foreningslivet er stærkt')).toHaveCount(1)

  // 3. The toolbar; a long word and several lines must fit the note.
  await tools(page).getByRole('button', { name: 'New note' }).click()
  await page.keyboard.type('Fællesskabsfølelsesforstærkningsprojektet\nmed mange ord der skal ombrydes pænt i sedlen')
  await snap(page, testInfo, '1-typing-in-the-overlay')
  await page.keyboard.press('Escape')
  await expect(notesList(page).getByRole('button')).toHaveCount(3)

  const notes = await notesByText(page, shell)
  const apple = notes['Æblehaven ved skolen 🍎']!
  // The note was placed where the double-click was (centred on it), at zoom 1.
  const scale = Number(await board(page).getAttribute('data-scale'))
  expect(scale).toBe(1)

  // Editing an existing note: Enter on its list entry opens the field with its text; a click outside ends it.
  await noteButton(page, 'Æblehaven').focus()
  await page.keyboard.press('Enter')
  const field = page.getByRole('textbox', { name: 'Note text' })
  await expect(field).toHaveValue('Æblehaven ved skolen 🍎')
  const fieldBox = (await field.boundingBox())!
  const boardView = await board(page).evaluate((el) => ({ x: Number(el.dataset.x), y: Number(el.dataset.y) }))
  // The field sits exactly over the note (within a pixel or two of rounding).
  expect(Math.abs(fieldBox.x - (area.x + boardView.x + apple.x))).toBeLessThan(3)
  expect(Math.abs(fieldBox.width - apple.width)).toBeLessThan(3)
  await page.keyboard.press('End')
  await page.keyboard.type(' og æbler')
  await page.mouse.click(area.x + area.width - 60, area.y + area.height - 60)
  await expect(noteButton(page, 'Æblehaven ved skolen 🍎 og æbler')).toHaveCount(1)

  // Kind, category and colour of the selected note; the list entry says the kind and category.
  await noteButton(page, 'Æblehaven').focus()
  await (await notePicker(page, 'Kind')).selectOption('strength')
  await (await notePicker(page, 'Category')).selectOption('places')
  await expect(noteButton(page, 'Æblehaven')).toHaveAccessibleName(/\(Strength, Places\)$/)
  await (await notePicker(page, 'Colour')).selectOption('green')
  await expect
    .poll(async () => (await notesByText(page, shell))['Æblehaven ved skolen 🍎 og æbler']?.color)
    .toBe('#d3f2c4')

  await page.getByText('Legend', { exact: true }).click()
  const legend = page.getByRole('list', { name: 'Legend' })
  await expect(legend.getByText('Strength')).toBeVisible()
  await expect(legend.getByText('Places')).toBeVisible()
  await snap(page, testInfo, '2-notes-kinds-legend-1280')
  await page.setViewportSize({ width: 1920, height: 1080 })
  await snap(page, testInfo, '3-notes-1920')

  // An empty new note is not made at all.
  await board(page).focus()
  await page.keyboard.press('n')
  await page.keyboard.press('Escape')
  await expect(notesList(page).getByRole('button')).toHaveCount(3)
  expect((await readWorkshop(page, shell)).canUndo).toBe(true)
})

test('keyboard only: Tab walks the notes, Enter edits, arrows move, Delete deletes', async ({
  page,
  shell,
}, testInfo) => {
  await newWorkshop(page, shell, 'Tastatur')
  await board(page).focus()
  for (const text of ['Første', 'Anden']) {
    await page.keyboard.press('n')
    await page.keyboard.type(text)
    await page.keyboard.press('Escape')
    await expect(noteButton(page, text)).toHaveCount(1)
  }
  // Both were made in the middle of the view; put the second one below the first with arrows (one step each).
  await noteButton(page, 'Anden').focus()
  await expect(noteButton(page, 'Anden')).toHaveAttribute('aria-pressed', 'true')
  const before = (await notesByText(page, shell))['Anden']!
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await notesByText(page, shell))['Anden']!.y).toBe(before.y + 150)
  expect((await notesByText(page, shell))['Anden']!.x).toBe(before.x + 10)

  // Tab from the board reaches the notes in reading order; focusing selects.
  await board(page).focus()
  await page.keyboard.press('Tab')
  await expect(noteButton(page, 'Første')).toBeFocused()
  await expect(noteButton(page, 'Første')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Tab')
  await expect(noteButton(page, 'Anden')).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(noteButton(page, 'Første')).toBeFocused()

  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeFocused()
  await page.keyboard.type('!')
  await page.keyboard.press('Escape')
  await expect(noteButton(page, 'Første!')).toBeFocused()
  await snap(page, testInfo, 'keyboard-selected')

  await page.keyboard.press('Delete')
  await expect(noteButton(page, 'Første!')).toHaveCount(0)
  await expect(notesList(page).getByRole('button')).toHaveCount(1)
})
