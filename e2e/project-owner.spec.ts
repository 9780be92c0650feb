// A project's owner can be typed as free text when the person is not on the participants list (issue 10,
// gestures): the projector's spotlight, the PDF report and projects.csv name them; picking someone from the
// list makes the owner a participant again. Danish UI at 1280x720, real mouse and keyboard.
import { fileMenu } from './frameSupport'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, snap, test, type Shell } from './fixtures'
import { readWorkshop } from './boardSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

const OWNER = 'Jens fra vejafdelingen'
const panel = (page: Page) => page.getByRole('complementary', { name: 'Metode' })
const storedProject = async (page: Page, shell: Shell) => {
  const doc = (await readWorkshop(page, shell)).doc as unknown as {
    project: Record<string, { title: string; ownerId: string | null; ownerName: string }>
  }
  return Object.values(doc.project)[0]!
}

test('an owner who is not on the list is typed, and the projector, report and CSV name them', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(180_000)
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Ny workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Borgermøde i Egeby')
  await dialog.getByRole('combobox', { name: 'Skabelon' }).selectOption('strengths-map')
  await dialog.getByRole('button', { name: 'Opret' }).click()
  await expect(panel(page)).toBeVisible()
  const add = panel(page).getByRole('form', { name: 'Tilføj deltagere' })
  await add.getByRole('spinbutton', { name: 'Hvor mange' }).fill('3')
  await add.getByRole('button', { name: 'Tilføj deltagere' }).click()
  await expect(panel(page).getByText('3 deltagere')).toBeVisible()

  await panel(page).getByRole('tab', { name: 'Projekter' }).click()
  await panel(page).getByRole('button', { name: 'Opret tomt projekt' }).click()
  const editor = panel(page).getByRole('form', { name: /^Redigerer: / })
  await editor.getByRole('textbox', { name: 'Titel' }).fill('Trafiksikker skolevej')
  await editor.getByRole('combobox', { name: 'Tovholder' }).selectOption({ label: 'En, der ikke står på listen…' })
  await editor.getByRole('textbox', { name: 'Tovholderens navn' }).click()
  await page.keyboard.type(OWNER)
  await editor.getByRole('button', { name: /^Gem / }).click()
  await expect.poll(async () => (await storedProject(page, shell)).ownerName).toBe(OWNER)
  expect((await storedProject(page, shell)).ownerId).toBeNull()
  const saved = panel(page).getByRole('form', { name: 'Redigerer: Trafiksikker skolevej' })
  await expect(saved.getByRole('combobox', { name: 'Tovholder' })).toHaveValue(':not-listed')
  await expect(saved.getByRole('textbox', { name: 'Tovholderens navn' })).toHaveValue(OWNER)
  await snap(page, testInfo, 'owner typed by name')

  // The room: the projector's spotlight on the project names the owner.
  await page.getByRole('button', { name: 'Præsentér', exact: true }).click()
  await page.getByRole('button', { name: 'Projektor', exact: true }).click()
  const popup = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Åbn projektorvindue' }).click()
  const projector = await popup
  await page.getByRole('combobox', { name: 'Projektoren viser' }).selectOption({ label: 'Trafiksikker skolevej' })
  const spotlight = projector.getByRole('region', { name: 'Trafiksikker skolevej' })
  await expect(spotlight.getByText(OWNER, { exact: true })).toBeVisible()
  await snap(projector, testInfo, 'spotlight names the typed owner')
  await projector.close()

  // projects.csv has the name in the owner column.
  await fileMenu(page, 'Fil')
  const exportGroup = page.getByRole('group', { name: 'Eksportér data' })
  const csvFolder = join(shell.scratchDir, 'csv')
  await exportGroup.getByRole('button', { name: 'Eksportér CSV…' }).click()
  await exportGroup
    .getByRole('textbox', { name: 'Mappe til CSV-filerne (noter, prikker, projekter, aktører, forbindelser, match)' })
    .fill(csvFolder)
  await exportGroup.getByRole('button', { name: 'Eksportér', exact: true }).click()
  await expect(exportGroup.getByRole('status')).toContainText(`blev gemt i ${csvFolder}`)
  const csv = readFileSync(join(csvFolder, 'projects.csv'), 'utf8')
  expect(csv.split('\r\n').find((line) => line.includes('Trafiksikker skolevej'))).toContain(`;${OWNER};`)

  // The PDF report, with names (the owner said yes), names the owner on the project's page.
  const pdf = join(shell.scratchDir, 'rapport.pdf')
  await page.getByRole('button', { name: 'Eksportér rapport…' }).click()
  const report = page.getByRole('dialog', { name: 'Eksportér rapport' })
  await report.getByRole('checkbox', { name: 'Vis deltagernes navne (kun hvis de har sagt ja)' }).check()
  await report.getByRole('textbox', { name: 'Gem PDF’en som (fuld sti)' }).fill(pdf)
  await report.getByRole('button', { name: 'Eksportér PDF' }).click()
  await expect(report.getByRole('status')).toContainText(`Rapporten blev gemt i ${pdf}`, { timeout: 90_000 })
  await report.getByRole('button', { name: 'Luk' }).click()
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  expect(text).toContain(OWNER)

  // Picking someone from the list makes the owner a participant again; the typed name goes.
  const again = panel(page).getByRole('form', { name: 'Redigerer: Trafiksikker skolevej' })
  await again.getByRole('combobox', { name: 'Tovholder' }).selectOption({ label: 'Borger 2' })
  await expect(again.getByRole('textbox', { name: 'Tovholderens navn' })).toBeHidden()
  await again.getByRole('button', { name: /^Gem / }).click()
  await expect.poll(async () => (await storedProject(page, shell)).ownerName).toBe('')
  expect((await storedProject(page, shell)).ownerId).not.toBeNull()
})
