// Issue 14 inside one workshop, in Danish at 1280x720 with the real mouse and keyboard: a project chooses some
// of the workshop's strategy areas (Vejle's four are the starting list), the day-50 and day-100 follow-ups set
// status and progress (140 % is refused in Danish, nothing saved), and the PDF report shows "Projekter efter
// strategiområde", progress bars, the last follow-up and the dated timeline (pdftotext for the words, pdftoppm
// for the drawn bars).
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, snap, test, type Shell } from './fixtures'
import { readWorkshop } from './boardSupport'
import { fileMenu } from './frameSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

const panel = (page: Page) => page.getByRole('complementary', { name: 'Metode' })
interface Stored {
  project: Record<string, { title: string; strategyAreas: string[]; status: string }>
  projectUpdate: Record<string, { progress: number | null; status: string; text: string }>
}
const stored = async (page: Page, shell: Shell) => (await readWorkshop(page, shell)).doc as unknown as Stored

/** One PDF page drawn at 40 dpi: its width and raw RGB pixels (pdftoppm's PPM: "P6 w h 255", then bytes). */
function pagePixels(pdf: string, page: number): { width: number; pixels: Buffer } {
  const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 64 << 20,
  })
  const fields: string[] = []
  let offset = 0
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[offset]!))) offset += 1
    const start = offset
    while (!/\s/.test(String.fromCharCode(ppm[offset]!))) offset += 1
    fields.push(ppm.subarray(start, offset).toString('latin1'))
  }
  return { width: Number(fields[1]), pixels: ppm.subarray(offset + 1) }
}

/**
 * How many pixels in the band where the report draws progress bars (the right quarter of the page, where
 * headings in the same colour never reach) have the bars' colour, #1f5f5b.
 */
function barPixels({ width, pixels }: { width: number; pixels: Buffer }): number {
  let count = 0
  for (let index = 0; index + 2 < pixels.length; index += 3) {
    const x = (index / 3) % width
    if (x < width * 0.7 || x > width * 0.9) continue
    const [r, g, b] = [pixels[index]!, pixels[index + 1]!, pixels[index + 2]!]
    if (Math.abs(r - 0x1f) < 24 && Math.abs(g - 0x5f) < 24 && Math.abs(b - 0x5b) < 24) count += 1
  }
  return count
}

test('strategy areas and follow-up with progress: editor, refusal in Danish, and the report', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(240_000)
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Ny workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Robusthed i Vejle')
  await dialog.getByRole('combobox', { name: 'Skabelon' }).selectOption('action-projects')
  await dialog.getByRole('button', { name: 'Opret' }).click()
  await expect(panel(page)).toBeVisible()

  // Two later gatherings: day 50 and day 100.
  const sessions = panel(page).getByRole('form', { name: 'Tilføj møde' })
  for (const [title, date] of [
    ['Dag 50', '30.07.2026'],
    ['Dag 100', '18.09.2026'],
  ] as const) {
    await sessions.getByRole('textbox', { name: 'Mødets titel' }).fill(title)
    await sessions.getByLabel('Mødets dato').fill(date)
    await sessions.getByRole('button', { name: 'Tilføj møde' }).click()
    await expect(
      panel(page)
        .getByRole('textbox', { name: /^Titel på møde/ })
        .last(),
    ).toHaveValue(title)
    // The form empties itself as the session is sent (e2e/sessions-form.spec.ts: typing meanwhile is kept).
    await expect(sessions.getByRole('textbox', { name: 'Mødets titel' })).toHaveValue('')
  }

  await panel(page).getByRole('tab', { name: 'Projekter' }).click()
  await panel(page).getByRole('button', { name: 'Opret tomt projekt' }).click()
  const editor = panel(page).getByRole('form', { name: /^Redigerer: / })
  await editor.getByRole('textbox', { name: 'Titel' }).fill('Delebiler i Vejle')
  const areas = editor.getByRole('group', { name: 'Strategiområder' })
  // Vejle's four areas are the starting list of a new workshop.
  await expect(areas.getByRole('checkbox')).toHaveCount(4)
  for (const name of ['Samskabelse', 'Klima', 'Social sammenhængskraft', 'Ny teknologi']) {
    await expect(areas.getByRole('checkbox', { name })).not.toBeChecked()
  }
  await areas.getByRole('checkbox', { name: 'Ny teknologi' }).click()
  await areas.getByRole('checkbox', { name: 'Klima' }).click()
  await editor.getByRole('button', { name: /^Gem / }).click()
  await expect
    .poll(async () => Object.values((await stored(page, shell)).project)[0]?.strategyAreas)
    .toEqual(['Klima', 'Ny teknologi'])
  await snap(page, testInfo, 'strategy areas chosen')

  // Day 50: 140 % is refused with a Danish message, and nothing is saved.
  const day50 = panel(page).getByRole('form', { name: 'Status ved Dag 50' })
  await day50.getByRole('combobox', { name: 'Status ved Dag 50' }).selectOption({ label: 'I gang' })
  const progress50 = day50.getByRole('spinbutton', { name: 'Fremdrift i % ved Dag 50' })
  await progress50.click()
  await page.keyboard.type('140')
  await day50.getByRole('textbox', { name: 'Hvad skete der frem til Dag 50' }).fill('Tre biler er lånt ud')
  await day50.getByRole('button', { name: 'Gem status for Dag 50' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'Fremdrift er et helt tal fra 0 til 100 %, ikke “140”' }),
  ).toBeVisible()
  expect(Object.keys((await stored(page, shell)).projectUpdate)).toEqual([])
  await snap(page, testInfo, 'progress 140 refused')

  await progress50.fill('')
  await progress50.click()
  await page.keyboard.type('40')
  await day50.getByRole('button', { name: 'Gem status for Dag 50' }).click()
  await expect
    .poll(async () => Object.values((await stored(page, shell)).projectUpdate).map((u) => u.progress))
    .toEqual([40])

  const day100 = panel(page).getByRole('form', { name: 'Status ved Dag 100' })
  await day100.getByRole('combobox', { name: 'Status ved Dag 100' }).selectOption({ label: 'Færdig' })
  await day100.getByRole('spinbutton', { name: 'Fremdrift i % ved Dag 100' }).fill('100')
  await day100.getByRole('textbox', { name: 'Hvad skete der frem til Dag 100' }).fill('Delebilerne kører fast')
  await day100.getByRole('button', { name: 'Gem status for Dag 100' }).click()
  await expect.poll(async () => Object.values((await stored(page, shell)).project)[0]?.status).toBe('done')
  const table = panel(page).getByRole('table', { name: 'Opfølgning' })
  await expect(table.getByRole('row', { name: /Delebiler i Vejle/ })).toContainText('I gang · 40 %')
  await expect(table.getByRole('row', { name: /Delebiler i Vejle/ })).toContainText('Færdig · 100 %')
  await table.scrollIntoViewIfNeeded()
  await snap(page, testInfo, 'follow-up timeline')

  // The report: projects by strategy area, progress, last follow-up, the timeline.
  const pdf = join(shell.scratchDir, 'rapport.pdf')
  await fileMenu(page, 'Fil')
  await page.getByRole('button', { name: 'Eksportér rapport…' }).click()
  const report = page.getByRole('dialog', { name: 'Eksportér rapport' })
  await report.getByRole('textbox', { name: 'Gem PDF’en som (fuld sti)' }).fill(pdf)
  await report.getByRole('button', { name: 'Eksportér PDF' }).click()
  await expect(report.getByRole('status')).toContainText(`Rapporten blev gemt i ${pdf}`, { timeout: 90_000 })
  await report.getByRole('button', { name: 'Luk' }).click()

  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f')
  const byArea = pages.findIndex((text) => text.includes('Projekter efter strategiområde'))
  expect(byArea).toBeGreaterThan(0)
  const areaPage = pages[byArea]!.replace(/\s+/g, ' ')
  expect(areaPage).toMatch(/Samskabelse \(0\) Ingen handleprojekter endnu\./)
  expect(areaPage).toMatch(/Klima \(1\) Delebiler i Vejle FÆRDIG 100 %/)
  expect(areaPage).toMatch(/Ny teknologi \(1\) Delebiler i Vejle FÆRDIG 100 %/)
  const projectPage = pages
    .find((text) => text.includes('Delebiler i Vejle') && text.includes('OPFØLGNING'))!
    .replace(/\s+/g, ' ')
  expect(projectPage).toContain('FREMDRIFT 100 % Seneste opfølgning: 18. september 2026')
  expect(projectPage).toMatch(/Dag 50 · 30\. juli 2026 I GANG · fremdrift 40 % Tre biler er lånt ud/)
  expect(projectPage).toMatch(/Dag 100 · 18\. september 2026 FÆRDIG · fremdrift 100 % Delebilerne kører fast/)
  // The bars are drawn: the strategy-area page carries two full progress bars in their colour where a page
  // without projects (the last one, all notes) has none.
  const areaBars = barPixels(pagePixels(pdf, byArea + 1))
  expect(areaBars).toBeGreaterThan(2 * 20)
  const lastPage = pages.filter((text) => text.trim() !== '').length
  expect(barPixels(pagePixels(pdf, lastPage))).toBe(0)
})
