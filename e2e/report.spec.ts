// Issue 5 from the UI: open the demo, "Export report…", choose sections and paper, export; the PDF lands
// where the dialog said, with the workshop's title and its projects in it. A missing folder is explained.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, snap, test } from './fixtures'
import { fileMenu } from './frameSupport'

test('export the demo workshop as a PDF report and a PNG of the board from the dialog', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Open demo workshop' }).click()
  await (await fileMenu(page)).getByRole('button', { name: 'Export report…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  await expect(dialog).toBeVisible()

  // A folder that does not exist: refused with a reason, nothing written.
  const missing = join(shell.scratchDir, 'nowhere', 'report.pdf')
  await dialog.getByRole('textbox', { name: 'Save the PDF as (full path)' }).fill(missing)
  await dialog.getByRole('button', { name: 'Export PDF' }).click()
  await expect(dialog.getByRole('alert')).toContainText('The folder does not exist. Choose another folder.')

  const out = join(shell.scratchDir, 'Kildebæk report.pdf')
  await dialog.getByRole('checkbox', { name: 'All notes' }).uncheck()
  await dialog.getByRole('combobox', { name: 'Paper size' }).selectOption('Letter')
  await dialog.getByRole('textbox', { name: 'Save the PDF as (full path)' }).fill(out)
  await snap(page, testInfo, '1-dialog')
  await dialog.getByRole('button', { name: 'Export PDF' }).click()
  await expect(dialog.getByRole('status')).toContainText(`The report was saved to ${out}`, { timeout: 60_000 })
  await snap(page, testInfo, '2-done')

  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
  expect(text).toContain('Kildebæk 2030')
  expect(text).toContain('A safe route to school on the main street')
  expect(text).toContain('Themes and priorities')
  expect(text).not.toContain('Every note on the board')
  expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:.*letter/)

  const png = join(shell.scratchDir, 'board.png')
  await dialog.getByRole('textbox', { name: 'Save the picture as (full path)' }).fill(png)
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('1')
  await dialog.getByRole('button', { name: 'Export PNG' }).click()
  await expect(dialog.getByRole('status')).toContainText(`The picture was saved to ${png}`, { timeout: 60_000 })
  expect(existsSync(png)).toBe(true)
  expect(readdirSync(shell.scratchDir).filter((name) => name.endsWith('.part'))).toEqual([])
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})
