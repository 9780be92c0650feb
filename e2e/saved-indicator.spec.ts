// The quiet "Gemt" in the top bar (issue 10): after an edit it says the workshop is saved, its name and tooltip
// carry the file's full path, and a click shows the path with a Copy button that puts it on the clipboard.
import { existsSync } from 'node:fs'
import { expect, snap, test } from './fixtures'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

test('after an edit the top bar says Gemt and shows where the file is; Kopiér sti copies the path', async ({
  page,
  context,
  shell,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shell.origin })
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Ny workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Gemt-prøven')
  await dialog.getByRole('button', { name: 'Opret' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Gemt-prøven' })).toBeVisible()

  // An edit: a note written on the board.
  await page.getByRole('toolbar', { name: 'Værktøjer til tavlen' }).getByRole('button', { name: 'Ny seddel' }).click()
  await page.getByRole('textbox', { name: 'Sedlens tekst' }).fill('Skolen')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('list', { name: 'Sedler', exact: true }).getByRole('button')).toHaveCount(1)

  const saved = page.getByRole('banner').getByRole('button', { name: /^Gemt i / })
  await expect(saved).toHaveText(/Gemt/)
  const name = (await saved.getAttribute('aria-label'))!
  const path = name.replace(/^Gemt i /, '')
  expect(path.startsWith(shell.workshopsDir), `${path} is in the workshops folder`).toBe(true)
  expect(path.endsWith('.handlekraft')).toBe(true)
  expect(existsSync(path)).toBe(true)
  await expect(saved).toHaveAttribute('title', name)

  await saved.click()
  const place = page.getByRole('group', { name: 'Hvor workshoppen er gemt' })
  await expect(place.getByRole('textbox', { name: 'Hvor workshoppen er gemt' })).toHaveValue(path)
  await place.getByRole('button', { name: 'Kopiér sti' }).click()
  await expect(place.getByRole('status')).toHaveText('Stien er kopieret.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(path)
  await snap(page, testInfo, 'path-shown-1280')
  await page.keyboard.press('Escape')
  await expect(place).toBeHidden()
})
