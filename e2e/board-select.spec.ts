// Selecting and moving: click, Shift-click, rubber-band, drag (one undo step), duplicate, copy/cut/paste
// (also into another workshop), pasted lines become a grid of notes, tidy up.
import { expect, snap, test } from './fixtures'
import {
  board,
  centreOf,
  dragFromTo,
  newWorkshop,
  noteButton,
  notesByText,
  notesList,
  readWorkshop,
  toScreen,
  writeNoteAt,
} from './boardSupport'
import { moreTool } from './frameSupport'

test('select by click, Shift-click and rubber-band; a drag is one undo step', async ({ page, shell }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await newWorkshop(page, shell, 'Valg')
  for (const [text, at] of [
    ['Anna', { x: 150, y: 120 }],
    ['Bo', { x: 400, y: 120 }],
    ['Cecilie', { x: 650, y: 120 }],
  ] as const) {
    await writeNoteAt(page, await toScreen(page, at), text)
  }
  const notes = await notesByText(page, shell)
  const pressed = notesList(page).getByRole('button', { pressed: true })

  await page.mouse.click(...xy(await centreOf(page, notes['Anna']!)))
  await expect(pressed).toHaveCount(1)
  await expect(noteButton(page, 'Anna')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.down('Shift')
  await page.mouse.click(...xy(await centreOf(page, notes['Bo']!)))
  await page.keyboard.up('Shift')
  await expect(pressed).toHaveCount(2)

  // Rubber-band from empty board around Bo and Cecilie.
  await dragFromTo(page, await toScreen(page, { x: 280, y: 20 }), await toScreen(page, { x: 800, y: 260 }))
  await expect(pressed).toHaveCount(2)
  await expect(noteButton(page, 'Bo')).toHaveAttribute('aria-pressed', 'true')
  await expect(noteButton(page, 'Cecilie')).toHaveAttribute('aria-pressed', 'true')
  await snap(page, testInfo, '1-rubber-band-selection')

  // Drag the two by Bo: both move by the same amount, in one command.
  const from = await centreOf(page, notes['Bo']!)
  await dragFromTo(page, from, { x: from.x + 100, y: from.y + 200 })
  await expect.poll(async () => (await notesByText(page, shell))['Bo']!.y).toBe(notes['Bo']!.y + 200)
  let moved = await notesByText(page, shell)
  expect(moved['Bo']!.x).toBe(notes['Bo']!.x + 100)
  expect(moved['Cecilie']).toMatchObject({ x: notes['Cecilie']!.x + 100, y: notes['Cecilie']!.y + 200 })
  expect(moved['Anna']).toMatchObject({ x: notes['Anna']!.x, y: notes['Anna']!.y })
  await snap(page, testInfo, '2-after-drag')

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(async () => (await notesByText(page, shell))['Bo']!.y).toBe(notes['Bo']!.y)
  moved = await notesByText(page, shell)
  expect(moved['Cecilie']).toMatchObject({ x: notes['Cecilie']!.x, y: notes['Cecilie']!.y })
})

test('duplicate, copy and paste, cut, pasted lines and tidy up', async ({ page, shell }, testInfo) => {
  await newWorkshop(page, shell, 'Kopier')
  await writeNoteAt(page, await toScreen(page, { x: 200, y: 150 }), 'Kirken')
  await noteButton(page, 'Kirken').focus()
  await page.keyboard.press('Control+d')
  await expect(noteButton(page, 'Kirken')).toHaveCount(2)
  // Copy and paste: a third one, selected after pasting.
  await page.keyboard.press('Control+c')
  await page.keyboard.press('Control+v')
  await expect(noteButton(page, 'Kirken')).toHaveCount(3)
  // Cut removes it; paste brings it back.
  await page.keyboard.press('Control+x')
  await expect(noteButton(page, 'Kirken')).toHaveCount(2)
  await page.keyboard.press('Control+v')
  await expect(noteButton(page, 'Kirken')).toHaveCount(3)

  // Tidy up the three churches (stacked by duplicate and paste) into a grid: rubber-band them first.
  await page.keyboard.press('Escape')
  await dragFromTo(page, await toScreen(page, { x: 60, y: 40 }), await toScreen(page, { x: 400, y: 330 }))
  await expect(notesList(page).getByRole('button', { pressed: true })).toHaveCount(3)
  await (await moreTool(page, 'Tidy up')).click()
  await expect
    .poll(async () => {
      const now = Object.values((await readWorkshop(page, shell)).doc.note).filter((n) => n.text === 'Kirken')
      return [new Set(now.map((n) => n.y)).size, new Set(now.map((n) => n.x)).size]
    })
    .toEqual([2, 2])
  await snap(page, testInfo, '2-tidied')

  // Plain text with several lines (from a mail or a document) becomes one note per line in a grid.
  await board(page).focus()
  await page.evaluate((text) => {
    // Runs in the page; the e2e tsconfig has no DOM types, so the few used here are spelled out.
    const page = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void }
      ClipboardEvent: new (type: string, init: object) => unknown
      document: { querySelector(selector: string): { dispatchEvent(event: unknown): void } }
    }
    const data = new page.DataTransfer()
    data.setData('text/plain', text)
    page.document
      .querySelector('.board')
      .dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
  }, 'Spejderne\n\n- Brugsen\nBiblioteket\nMalergruppen\n')
  await expect(notesList(page).getByRole('button')).toHaveCount(7)
  const pasted = await notesByText(page, shell)
  // Four lines: a 2 x 2 grid, rows and columns aligned.
  expect(pasted['Spejderne']!.y).toBe(pasted['Brugsen']!.y)
  expect(pasted['Biblioteket']!.x).toBe(pasted['Spejderne']!.x)
  expect(pasted['Biblioteket']!.y).toBeGreaterThan(pasted['Spejderne']!.y)
  expect(pasted['Malergruppen']!.x).toBe(pasted['Brugsen']!.x)
  await snap(page, testInfo, '3-pasted-lines')
})

test('copy in one workshop, paste into another', async ({ page, shell }) => {
  await newWorkshop(page, shell, 'Kilde')
  await writeNoteAt(page, await toScreen(page, { x: 200, y: 150 }), 'Idrætsforeningen')
  await noteButton(page, 'Idrætsforeningen').focus()
  await page.keyboard.press('Control+c')
  await page.getByRole('button', { name: 'Close workshop' }).click()
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Mål')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mål' })).toBeVisible()
  await board(page).focus()
  await page.keyboard.press('Control+v')
  await expect(noteButton(page, 'Idrætsforeningen')).toHaveCount(1)
  const { path } = await readWorkshop(page, shell)
  expect(path).toMatch(/Mål/)
})

function xy(point: { x: number; y: number }): [number, number] {
  return [point.x, point.y]
}
