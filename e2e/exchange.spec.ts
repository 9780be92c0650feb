// Data exports and import from the UI (browser shell, path fields): export the demo as JSON and CSV, import
// the JSON back from the start screen into a new workshop, and see a refused import explained with nothing written.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EXCHANGE_SCHEMA_VERSION } from '../src/shared/exchange/exchangeSchema'
import { expect, snap, test } from './fixtures'
import { fileMenu } from './frameSupport'

test('export JSON and CSV, import the JSON back; a bad JSON is refused and nothing is written', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Open demo workshop' }).click()
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toContainText('Kildebæk')
  const title = (await heading.textContent())!.trim()

  await fileMenu(page)
  const exportGroup = page.getByRole('group', { name: 'Export data' })
  const jsonPath = join(shell.scratchDir, 'demo.json')
  await exportGroup.getByRole('button', { name: 'Export JSON…' }).click()
  await exportGroup.getByRole('textbox', { name: 'Path for the JSON file' }).fill(jsonPath)
  await snap(page, testInfo, '1-export-json-form')
  await exportGroup.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(exportGroup.getByRole('status')).toContainText(`The workshop was exported to ${jsonPath}`)
  const json = JSON.parse(readFileSync(jsonPath, 'utf8'))
  expect(json).toMatchObject({ format: 'handlekraft-workshop', schemaVersion: EXCHANGE_SCHEMA_VERSION })
  expect(json.records.notes.length).toBeGreaterThan(100)

  // Exporting again to the same path is refused until the facilitator says "replace".
  await exportGroup.getByRole('button', { name: 'Export JSON…' }).click()
  await exportGroup.getByRole('textbox', { name: 'Path for the JSON file' }).fill(jsonPath)
  await exportGroup.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(exportGroup.getByRole('alert')).toContainText('already exists')
  await exportGroup.getByRole('button', { name: 'Replace and export' }).click()
  await expect(exportGroup.getByRole('status')).toContainText('The workshop was exported')

  const csvFolder = join(shell.scratchDir, 'csv')
  await exportGroup.getByRole('button', { name: 'Export CSV…' }).click()
  await exportGroup
    .getByRole('textbox', { name: 'Folder for the CSV files (notes, votes, projects, actors, links, matches)' })
    .fill(csvFolder)
  await exportGroup.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(exportGroup.getByRole('status')).toContainText(`were saved in ${csvFolder}`)
  expect(readdirSync(csvFolder).sort()).toEqual([
    'actors.csv',
    'links.csv',
    'matches.csv',
    'notes.csv',
    'projects.csv',
    'votes.csv',
  ])
  const notes = readFileSync(join(csvFolder, 'notes.csv'), 'utf8')
  expect(notes.startsWith('\uFEFFID;Kind;Text;')).toBe(true)
  await snap(page, testInfo, '2-exported')
  // The confirmation stays until the facilitator closes it, as a person would before closing the workshop.
  await exportGroup.getByRole('button', { name: 'Close', exact: true }).click()
  await expect(exportGroup.getByRole('status')).toHaveCount(0)

  await page.getByRole('button', { name: 'Close workshop' }).click()
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()

  // A JSON from a newer Handlekraft: refused with the reason, no new workshop file.
  const newer = join(shell.scratchDir, 'newer.json')
  const newerVersion = (json.schemaVersion as number) + 1
  writeFileSync(newer, JSON.stringify({ ...json, schemaVersion: newerVersion }))
  const workshopsBefore = readdirSync(shell.workshopsDir).sort()
  await page.getByRole('button', { name: 'Import JSON…' }).click()
  await page.getByRole('textbox', { name: 'Path to the JSON file' }).fill(newer)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText(`made by a newer Handlekraft (format version ${newerVersion}`)
  await expect(page.getByRole('alert')).toContainText('Nothing was written.')
  expect(readdirSync(shell.workshopsDir).sort()).toEqual(workshopsBefore)
  await snap(page, testInfo, '3-refused-import')

  // The good JSON: a new workshop file at the chosen path, opened.
  const imported = join(shell.scratchDir, 'imported.handlekraft')
  await page.getByRole('textbox', { name: 'Path to the JSON file' }).fill(jsonPath)
  await page.getByRole('textbox', { name: 'Path for the new workshop file (optional)' }).fill(imported)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await snap(page, testInfo, '4-imported')
  expect(readdirSync(shell.scratchDir)).toContain('imported.handlekraft')

  // Export the imported workshop: the same bytes as the first export.
  const again = join(shell.scratchDir, 'again.json')
  await fileMenu(page)
  const group = page.getByRole('group', { name: 'Export data' })
  await group.getByRole('button', { name: 'Export JSON…' }).click()
  await group.getByRole('textbox', { name: 'Path for the JSON file' }).fill(again)
  await group.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(group.getByRole('status')).toContainText('The workshop was exported')
  expect(readFileSync(again, 'utf8')).toBe(readFileSync(jsonPath, 'utf8'))
})
