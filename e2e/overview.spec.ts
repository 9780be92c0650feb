// Issue 14 from the UI: a coordinator points Handlekraft at the Holbæk demo folder (the browser shell's path
// form), sees 18 workshops and the unreadable files with their reasons, filters by strategy area, exports the
// overview PDF (which names every area and every project) and opens one workshop from its row.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Overview } from '../src/shared/overview/buildOverview'
import { expect, ROOT, snap, test } from './fixtures'

test('overview of the Holbæk demo folder: rows, refusals, filter, PDF, open a workshop', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(240_000)
  const folder = join(shell.scratchDir, 'holbaek')
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, ['bin/handlekraft.js', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_GB.UTF-8' },
    })
  cli('demo', folder, '--scenario', 'holbaek')

  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Overview of workshops…' }).click()
  await page.getByRole('textbox', { name: 'Folder or workshop files (one path per line)' }).fill(folder)
  await page.getByRole('checkbox', { name: 'Include sub-folders' }).check()
  await page.getByRole('button', { name: 'Read workshops' }).click()

  const table = page.getByRole('table', { name: 'Workshops' })
  await expect(table.locator('tbody tr')).toHaveCount(18, { timeout: 60_000 })
  await expect(table.locator('tfoot')).toContainText('All areas')
  const refused = page.getByRole('region', { name: 'Files that could not be read (3)' })
  await expect(refused).toContainText('skadet.handlekraft: The workshop file is damaged')
  await expect(refused).toContainText(
    'fra-nyere-version.handlekraft: This workshop was made with a newer version of Handlekraft',
  )
  await expect(refused).toContainText('ikke-en-workshop.handlekraft: This file is not a Handlekraft workshop.')
  await snap(page, testInfo, '1-overview')
  // Dates as the app's language writes them (day first), not ISO.
  await expect(page.getByText(/^Overdue and due as of \d{2}\/\d{2}\/\d{4}$/)).toBeVisible()
  await expect(table.locator('tbody tr').first()).not.toContainText(/\d{4}-\d{2}-\d{2}/)
  // Once read, the chooser folds to one line so the table starts on the first screen (1280×720).
  const paths = page.getByRole('textbox', { name: 'Folder or workshop files (one path per line)' })
  await expect(paths).toBeHidden()
  expect((await table.boundingBox())!.y).toBeLessThan(720)
  await page.getByText('Read other workshops…').click()
  await expect(paths).toBeVisible()
  await page.getByText('Read other workshops…').click()
  await expect(paths).toBeHidden()

  // Filter by strategy area: only workshops with a project in "Ny teknologi" stay.
  const json = JSON.parse(cli('overview', folder, '--json')) as Overview
  const withTechnology = json.files.filter(
    (entry) => entry.ok && entry.area.projects.some((p) => p.strategyAreas.includes('Ny teknologi')),
  )
  expect(withTechnology.length).toBeGreaterThan(0)
  expect(withTechnology.length).toBeLessThan(18)
  await page.getByRole('combobox', { name: 'Strategy area' }).selectOption('Ny teknologi')
  await expect(table.locator('tbody tr')).toHaveCount(withTechnology.length)
  await page.getByRole('tab', { name: 'Projects across areas' }).click()
  await expect(page.getByRole('heading', { name: 'Every action project' })).toBeVisible()
  await snap(page, testInfo, '2-projects-filtered')
  await page.getByRole('combobox', { name: 'Strategy area' }).selectOption('')
  await page.getByRole('tab', { name: 'Workshops' }).click()

  // Export the overview PDF: every area's name and every project's title are in it.
  const out = join(shell.scratchDir, 'Holbæk overblik.pdf')
  await page.getByRole('button', { name: 'Export overview as PDF…' }).click()
  await page.getByRole('textbox', { name: 'Save the PDF as' }).fill(out)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: `Saved ${out}` })).toBeVisible({ timeout: 90_000 })
  const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  for (const entry of json.files) {
    if (!entry.ok) continue
    expect(text).toContain(entry.area.place)
    for (const project of entry.area.projects) expect(text).toContain(project.title)
  }

  // Open one workshop from its row: the board shows it.
  await page.getByRole('button', { name: 'Open Tølløse' }).click()
  await expect(page.getByRole('region', { name: 'Board' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText('Lokalforum Tølløse: styrker og 100-dages handling').first()).toBeVisible()
})
