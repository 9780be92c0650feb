// Issue 10 (evening helper, item 1): a new workshop went silently to ~/Handlekraft. The New workshop dialog
// now shows the folder the file is saved in (the workshops folder) and takes another one (browser shell: typed,
// as the other path forms; Electron: the system's folder dialog). A folder that is not there is refused with a
// message in Danish, the dialog stays open with what was typed, and no file or folder is made. Danish, 1280x720.
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, snap, test } from './fixtures'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

test('the New workshop dialog shows where the file goes and saves it in the folder the facilitator chooses', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Ny workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'Ny workshop' })
  const folder = dialog.getByRole('textbox', { name: 'Gemmes i mappen' })
  await expect(folder).toHaveValue(shell.workshopsDir)
  await expect(folder).toHaveAccessibleDescription(
    'Workshoppen er én fil. Den oprettes her og gemmes efter hver ændring.',
  )
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Knabstrup 2030')
  // The whole dialog, its Opret button too, is on a 1280x720 screen.
  await expect(dialog.getByRole('button', { name: 'Opret' })).toBeInViewport({ ratio: 1 })
  await snap(page, testInfo, 'default-folder')

  // A folder that is not there: a message, nothing made, the dialog keeps what was typed.
  const missing = join(shell.scratchDir, 'Lokalforum', 'findes ikke')
  await folder.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(missing)
  await dialog.getByRole('button', { name: 'Opret' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Mappen findes ikke. Vælg en anden mappe. Mappe: findes ikke')
  await expect(dialog.getByRole('button', { name: 'Opret' })).toBeInViewport({ ratio: 1 })
  await snap(page, testInfo, 'missing-folder')
  expect(existsSync(join(shell.scratchDir, 'Lokalforum'))).toBe(false)
  expect(readdirSync(shell.workshopsDir)).toEqual([])
  await expect(dialog.getByRole('textbox', { name: 'Titel' })).toHaveValue('Knabstrup 2030')

  // The folder of the local forum: the workshop is made there, named after its title, and opens.
  const chosen = join(shell.scratchDir, 'Lokalforum Knabstrup')
  mkdirSync(chosen)
  await folder.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(chosen)
  await dialog.getByRole('button', { name: 'Opret' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Knabstrup 2030' })).toBeVisible()
  const file = join(chosen, 'Knabstrup 2030.handlekraft')
  expect(existsSync(file)).toBe(true)
  expect(readdirSync(shell.workshopsDir)).toEqual([])
  // The quiet saved indicator names that place.
  await expect(page.getByRole('banner').getByRole('button', { name: `Gemt i ${file}` })).toBeVisible()
  await snap(page, testInfo, 'made-in-folder')
})
