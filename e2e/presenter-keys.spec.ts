// Presenter keys as presentation software has them (issue 10), Danish UI at 1280x720 with the real keyboard:
// B blanks the projector and B again brings it back; a clicker's Page Down / Page Up step through the
// phases wherever the focus is; the arrow keys move the selected note on the board and step through the
// phases only from the presenter controls, never both at once; Escape deselects and never stops presenting.
import type { Page } from '@playwright/test'
import { readWorkshop } from './boardSupport'
import { expect, test } from './fixtures'
import { midtAf, nyWorkshop, openProjector, projectorShot, tavle as board } from './projectorSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

const noteButton = (page: Page) =>
  page.getByRole('list', { name: 'Sedler', exact: true }).getByRole('button', { name: /^Kirkekoret/ })

test('B blanks the projector; Page Down/Up and the arrows from the presenter controls step the phases; the arrows on the board move the note only', async ({
  page,
  shell,
}) => {
  await nyWorkshop(page, shell, 'Egeby mødes')
  // One note, written on the board left of the template's areas.
  const boardBox = (await board(page).boundingBox())!
  await page.mouse.dblclick(boardBox.x + 90, boardBox.y + 150)
  await expect(page.getByRole('textbox', { name: 'Sedlens tekst' })).toBeFocused()
  await page.keyboard.type('Kirkekoret')
  await page.keyboard.press('Escape')
  await expect(noteButton(page)).toHaveCount(1)

  const projector = await openProjector(page)
  const phase = projector.getByRole('heading', { level: 1 })
  const first = (await phase.textContent())!
  const noteX = async () => Object.values((await readWorkshop(page, shell)).doc.note)[0]!.x

  // The arrows on the board move the selected note and leave the phase alone — also with the focus on no
  // control at all (after a click on the top bar's empty part), where they once stepped the phase instead.
  const { doc } = await readWorkshop(page, shell)
  const note = Object.values(doc.note)[0]!
  const at = await midtAf(page, note)
  await page.mouse.click(at.x, at.y)
  await expect(noteButton(page)).toHaveAttribute('aria-pressed', 'true')
  const x0 = await noteX()
  await page.keyboard.press('ArrowRight')
  await expect.poll(noteX).toBeGreaterThan(x0)
  const x1 = await noteX()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs in the page
  await page.evaluate(() => (globalThis as any).document.activeElement?.blur())
  await page.keyboard.press('ArrowRight')
  await expect.poll(noteX).toBeGreaterThan(x1)
  await expect(phase).toHaveText(first)

  // Escape deselects on the board and does not stop presenting.
  await page.keyboard.press('Escape')
  await expect(noteButton(page)).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByRole('button', { name: 'Stop præsentation' })).toBeVisible()
  await expect(projector.locator('.projector')).toHaveAttribute('data-presenting', 'true')

  // From the presenter controls the arrows step the phase, and the board does not move (nothing selected
  // now, so the board would pan: its view stays put).
  await noteButton(page).focus() // select the note again …
  await expect(noteButton(page)).toHaveAttribute('aria-pressed', 'true')
  const x2 = await noteX()
  const view = await board(page).getAttribute('data-x')
  await page.getByRole('button', { name: 'Stop præsentation' }).focus() // … and go to the presenter controls
  await page.keyboard.press('ArrowRight')
  await expect(phase).not.toHaveText(first)
  const second = (await phase.textContent())!
  await page.keyboard.press('ArrowLeft')
  await expect(phase).toHaveText(first)
  expect(await noteX()).toBe(x2)
  expect(await board(page).getAttribute('data-x')).toBe(view)

  // A clicker's Page Down / Page Up step wherever the focus is: here on the board.
  await page.mouse.click(boardBox.x + 90, boardBox.y + boardBox.height - 90)
  await page.keyboard.press('PageDown')
  await expect(phase).toHaveText(second)
  await page.keyboard.press('PageUp')
  await expect(phase).toHaveText(first)

  // B blanks the projector: black, nothing else; the laptop shows the way back; B again returns.
  await page.keyboard.press('b')
  const blanked = projector.getByRole('img', { name: 'Projektoren viser sort skærm' })
  await expect(blanked).toBeVisible()
  await expect(projector.getByRole('timer')).toHaveCount(0)
  await expect(projector.getByRole('img', { name: 'Tavlen, som salen ser den' })).toHaveCount(0)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs in the page
  expect(await blanked.evaluate((element) => (globalThis as any).getComputedStyle(element).backgroundColor)).toBe(
    'rgb(0, 0, 0)',
  )
  await projectorShot(projector, 'projector-blank-1280')
  const blankButton = page.getByRole('button', { name: 'Sort skærm på projektoren' })
  await expect(blankButton).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('button', { name: 'Stop præsentation' })).toBeVisible()
  await page.keyboard.press('B')
  await expect(blanked).toHaveCount(0)
  await expect(projector.getByRole('img', { name: 'Tavlen, som salen ser den' })).toBeVisible()
  await expect(phase).toHaveText(first)

  // The button does the same with the mouse.
  await blankButton.click()
  await expect(blanked).toBeVisible()
  await blankButton.click()
  await expect(blanked).toHaveCount(0)

  // While typing, B is a letter: the projector stays on.
  await noteButton(page).focus()
  await page.keyboard.press('Enter')
  const field = page.getByRole('textbox', { name: 'Sedlens tekst' })
  await expect(field).toBeFocused()
  await page.keyboard.press('End')
  await page.keyboard.type(' bas')
  await page.keyboard.press('Escape')
  await expect(noteButton(page)).toHaveAccessibleName(/^Kirkekoret bas/)
  await expect(projector.getByRole('img', { name: 'Tavlen, som salen ser den' })).toBeVisible()
  await expect(blanked).toHaveCount(0)
})
