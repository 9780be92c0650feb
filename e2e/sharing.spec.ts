// Issue 15 end to end, in Danish at 1280x720 with the real mouse and keyboard: a small symbiosis map made from
// the Symbiosekort template (actors typed in the Deling tab, a typed sharing link), the links filtered by type
// in the board's key (checked on the board's own pixels), who-shares-what read in the tab; then a small
// needs-and-offers market: a need said by an actor, an offer, the suggestion with its reason, match -> agreed ->
// project (the actor's name becomes the project's owner), and the PDF report read back with pdftotext and the
// board page looked at with pdftoppm.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { FLOW_STYLE } from '../src/shared/model/sharingStyle'
import { readWorkshop } from './boardSupport'
import { fileMenu } from './frameSupport'
import { expect, snap, test } from './fixtures'
import { colourPixels } from './sharingSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

const panel = (page: Page) => page.getByRole('complementary', { name: 'Metode' })
const boardRegion = (page: Page) => page.getByRole('region', { name: 'Tavle' })

/** Types an actor into the Deling tab's form with the keyboard (Enter submits). */
async function addActor(page: Page, name: string, type: string) {
  const form = panel(page).getByRole('form', { name: 'Tilføj aktør' })
  await form.getByRole('textbox', { name: 'Aktørens navn' }).click()
  await page.keyboard.type(name)
  await form.getByRole('combobox', { name: 'Aktørtype' }).selectOption({ label: type })
  await form.getByRole('textbox', { name: 'Aktørens navn' }).press('Enter')
  await expect(panel(page).getByText(`Aktøren ${name} er tilføjet.`)).toBeVisible()
}

test('a symbiosis map and a needs-and-offers market, from the tab to the board and the report', async ({ page, shell }, testInfo) => {
  test.setTimeout(240_000)
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Ny workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Symbiose i Fjordby')
  await dialog.getByRole('combobox', { name: 'Skabelon' }).selectOption({ label: 'Symbiosekort' })
  await dialog.getByRole('button', { name: 'Opret' }).click()
  await expect(panel(page)).toBeVisible()

  const tab = panel(page).getByRole('tab', { name: 'Deling', exact: true })
  await tab.click()
  await expect(tab).toHaveAttribute('aria-selected', 'true')
  await addActor(page, 'Fjordens Bioraffinaderi', 'Virksomhed')
  await addActor(page, 'Forsyningen', 'Offentlig myndighed')
  await addActor(page, 'Egnsmuseet', 'Institution')

  // The board lists the actors as cards (keyboard and screen readers reach them like notes).
  const actors = page.getByRole('list', { name: 'Aktører', exact: true })
  await expect(actors.getByRole('button', { name: /^Virksomhed: Fjordens Bioraffinaderi/ })).toBeAttached()

  // A typed link: energy and water, both ways, with a label.
  const link = panel(page).getByRole('form', { name: 'Ny delingsforbindelse' })
  await link.getByRole('combobox', { name: 'Giver' }).selectOption({ label: 'Fjordens Bioraffinaderi' })
  await link.getByRole('combobox', { name: 'Modtager' }).selectOption({ label: 'Forsyningen' })
  await link.getByRole('combobox', { name: 'Hvad deles' }).selectOption({ label: 'Energi og vand' })
  await link.getByRole('checkbox', { name: 'Begge veje' }).check()
  await link.getByRole('textbox', { name: 'Tekst (valgfri)' }).fill('overskudsvarme')
  await link.getByRole('button', { name: 'Tilføj forbindelse' }).click()
  await expect(panel(page).getByText('Forbindelse tilføjet: Fjordens Bioraffinaderi → Forsyningen (Energi og vand).')).toBeVisible()

  // Who shares what with whom, and the opportunity.
  const table = panel(page).getByRole('table', { name: 'Hvem deler hvad med hvem' })
  await expect(table.getByRole('row', { name: /^Forsyningen/ })).toContainText('Energi og vand (Fjordens Bioraffinaderi)')
  await expect(panel(page).getByRole('region', { name: 'Aktører uden forbindelser (muligheder)' })).toContainText('Egnsmuseet')

  // The room sees the link in its colour; the key hides and shows its type.
  await page.getByRole('button', { name: 'Vis alt' }).click()
  const energy = FLOW_STYLE.energy.colour
  await expect.poll(() => colourPixels(boardRegion(page), energy), { message: 'the energy link is drawn' }).toBeGreaterThan(20)
  await page.getByText('Delingsforbindelser', { exact: true }).click()
  const key = page.getByRole('list', { name: 'Vis forbindelser' })
  const energyToggle = key.getByRole('button', { name: /^Energi og vand/ })
  await expect(energyToggle).toHaveAttribute('aria-pressed', 'true')
  await snap(page, testInfo, 'symbiosis map with its key')
  await energyToggle.click()
  await expect(energyToggle).toHaveAttribute('aria-pressed', 'false')
  await expect.poll(() => colourPixels(boardRegion(page), energy), { message: 'the energy link is hidden' }).toBeLessThan(5)
  await key.getByRole('button', { name: 'Alle typer' }).click()
  await expect(energyToggle).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(() => colourPixels(boardRegion(page), energy)).toBeGreaterThan(20)

  // The market: a need said by an actor, an offer by another; the suggestion says why.
  const need = panel(page).getByRole('form', { name: 'Tilføj behov' })
  await need.getByRole('textbox', { name: 'Behov' }).click()
  await page.keyboard.type('Lokaler til et værksted for unge')
  await need.getByRole('combobox', { name: 'Hvem' }).selectOption({ label: 'Egnsmuseet' })
  await need.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Lokaler' })
  await need.getByRole('button', { name: 'Tilføj behov' }).click()
  const offer = panel(page).getByRole('form', { name: 'Tilføj tilbud' })
  await offer.getByRole('textbox', { name: 'Tilbud' }).click()
  await page.keyboard.type('Værkstedet står tomt om aftenen')
  await offer.getByRole('combobox', { name: 'Hvem' }).selectOption({ label: 'Forsyningen' })
  await offer.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Lokaler' })
  await offer.getByRole('combobox', { name: 'Udveksling' }).selectOption({ label: 'Byttes' })
  await offer.getByRole('button', { name: 'Tilføj tilbud' }).click()

  const matchButton = panel(page).getByRole('button', { name: 'Match til Lokaler til et værksted for unge' })
  await matchButton.click()
  await expect(matchButton).toHaveAttribute('aria-expanded', 'true')
  const accept = panel(page).getByRole('button', { name: 'Match med Værkstedet står tomt om aftenen' })
  await expect(accept.locator('xpath=..')).toContainText('Forsyningen — begge: lokaler; ord: værksted')
  await snap(page, testInfo, 'the suggestion and its reason')
  await accept.click()
  const status = panel(page).getByRole('combobox', {
    name: 'Status for matchet Lokaler til et værksted for unge ↔ Værkstedet står tomt om aftenen',
  })
  await expect(status).toHaveValue('proposed')
  await expect(panel(page).getByRole('button', { name: 'Lav projekt' })).toHaveCount(0)
  await status.selectOption({ label: 'Aftalt' })
  await panel(page).getByRole('button', { name: 'Lav projekt' }).click()
  await expect(panel(page).getByText('Projekt lavet: Lokaler til et værksted for unge')).toBeVisible()

  // The need's owner is an actor: the project names it as its owner (typed name), the offer as resource.
  const { doc } = await readWorkshop(page, shell)
  const project = Object.values((doc as unknown as { project: Record<string, { title: string; ownerId: string | null; ownerName: string; resourcesOffered: string }> }).project)[0]!
  expect(project).toMatchObject({ ownerId: null, ownerName: 'Egnsmuseet', resourcesOffered: 'Værkstedet står tomt om aftenen (Forsyningen)' })
  await panel(page).getByRole('tab', { name: 'Projekter', exact: true }).click()
  await panel(page).getByRole('button', { name: 'Redigér Lokaler til et værksted for unge' }).click()
  const editor = panel(page).getByRole('form', { name: 'Redigerer: Lokaler til et værksted for unge' })
  await expect(editor.getByRole('textbox', { name: 'Tovholderens navn' })).toHaveValue('Egnsmuseet')

  // The report: both sections, and the board page shows the link.
  const pdf = join(shell.scratchDir, 'symbiose.pdf')
  await (await fileMenu(page, 'Fil')).getByRole('button', { name: 'Eksportér rapport…' }).click()
  const report = page.getByRole('dialog', { name: 'Eksportér rapport' })
  await expect(report.getByRole('checkbox', { name: 'Hvem deler hvad med hvem' })).toBeChecked()
  await expect(report.getByRole('checkbox', { name: 'Behov og tilbud' })).toBeChecked()
  await report.getByRole('textbox', { name: 'Gem PDF’en som (fuld sti)' }).fill(pdf)
  await report.getByRole('button', { name: 'Eksportér PDF' }).click()
  await expect(report.getByRole('status')).toContainText(`Rapporten blev gemt i ${pdf}`, { timeout: 90_000 })
  await report.getByRole('button', { name: 'Luk' }).click()
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Hvem deler hvad med hvem 3 aktører, 1 delingsforbindelser.')
  expect(text).toContain('Aktører uden forbindelser (muligheder)')
  expect(text).toContain('Energi og vand: Forsyningen (overskudsvarme)')
  expect(text).toContain('Behov og tilbud 1 behov, 1 tilbud, 1 match.')
  expect(text).toContain('Lokaler til et værksted for unge')
  // The board page carries the key to the link types under its picture.
  const boardPage = execFileSync('pdftotext', ['-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' })
  expect(boardPage).toContain('Tavlen')
  expect(boardPage).toContain('Delingsforbindelser:')
  expect(boardPage).toContain('Energi og vand')

  // The board page (page 2, after the title page) as a picture: the energy link's orange is in it.
  const ppm = execFileSync('pdftoppm', ['-r', '100', '-f', '2', '-l', '2', pdf], { maxBuffer: 64 * 1024 * 1024 })
  const [, width, height] = ppm.subarray(0, 40).toString('latin1').split(/\s+/).map(Number)
  const rgb = ppm.subarray(ppm.length - width! * height! * 3)
  const target = [1, 3, 5].map((i) => parseInt(energy.slice(i, i + 2), 16))
  // Only the picture's part of the page (the key below it has a small orange mark of its own).
  let orange = 0
  for (let y = Math.round(height! * 0.15); y < height! * 0.6; y++)
    for (let x = 0; x < width!; x++) {
      const at = (y * width! + x) * 3
      if (target.every((value, c) => Math.abs(rgb[at + c]! - value) <= 24)) orange++
    }
  expect(orange, 'the energy link drawn on the board page').toBeGreaterThan(20)
})
