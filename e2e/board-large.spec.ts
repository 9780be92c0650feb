// A long notes list (over 300 notes) is windowed in the DOM (editor/listWindow.ts): keyboard and screen
// reader users must still reach every note. Tab walks past the window's edge one note at a time, each
// rendered item tells its true position, and a note found by Find far down the list is there by name.
import { expect, snap, test } from './fixtures'
import { board, newWorkshop, noteButton, notesList } from './boardSupport'

const COUNT = 400
const label = (i: number) => `Linje ${String(i).padStart(3, '0')}`

test('a board of 400 notes: the notes list is windowed, Tab walks all, found notes are reachable', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(60_000)
  await newWorkshop(page, shell, 'Mange noter')
  await board(page).focus()
  const lines = Array.from({ length: COUNT }, (_, i) => label(i + 1)).join('\n')
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
  }, lines)

  // Every item carries the list's true size; far fewer than 400 are in the DOM.
  const items = notesList(page).getByRole('listitem')
  await expect(items.first()).toHaveAttribute('aria-setsize', String(COUNT))
  await expect(items.last()).toHaveAttribute('aria-posinset', String(COUNT))
  // The paste selects all 400 notes: the selected ones are kept up to a cap, still well under 400.
  await page.keyboard.press('Escape')
  await expect(notesList(page).getByRole('button', { pressed: true })).toHaveCount(0)
  expect(await items.count()).toBeLessThan(100)

  // Tab from the board enters at the first note and walks past the window's edge, one note per press.
  await board(page).focus()
  await page.keyboard.press('Tab')
  const focusedItem = notesList(page).locator('li:has(button:focus)')
  await expect(focusedItem).toHaveAttribute('aria-posinset', '1')
  for (let i = 0; i < 60; i++) await page.keyboard.press('Tab')
  await expect(focusedItem).toHaveAttribute('aria-posinset', '61')
  await expect(notesList(page).getByRole('button', { pressed: true })).toHaveCount(1)
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab')
  await expect(focusedItem).toHaveAttribute('aria-posinset', '58')
  await snap(page, testInfo, 'tabbed')

  // A note far down the list is not in the DOM until Find matches it; then it is, by name.
  await expect(noteButton(page, label(350))).toHaveCount(0)
  await page.keyboard.press('Control+f')
  const find = page.getByRole('search', { name: 'Find notes' })
  await find.getByRole('searchbox', { name: 'Find text' }).fill(label(350))
  await expect(noteButton(page, label(350))).toHaveCount(1)
  await noteButton(page, label(350)).focus()
  await expect(noteButton(page, label(350))).toHaveAttribute('aria-pressed', 'true')
})
