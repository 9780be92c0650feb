// A facilitator's first evening: make a workshop, see it, close it, find it again under Recent, and the
// file on disk really holds it.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { expect, snap, test } from './fixtures'

test('create a workshop, close it, reopen it from Recent; the file holds the title', async ({
  page,
  shell,
}, testInfo) => {
  const title = 'Borgermøde i Skals'
  await page.goto(shell.url)
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()
  await snap(page, testInfo, '1-start')

  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title)
  await snap(page, testInfo, '2-new-workshop-dialog')
  await dialog.getByRole('button', { name: 'Create' }).click()

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await snap(page, testInfo, '3-created')

  await page.getByRole('button', { name: 'Close workshop' }).click()
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()
  const recentEntry = page.getByRole('region', { name: 'Recent' }).getByRole('button', { name: new RegExp(title) })
  await expect(recentEntry).toBeVisible()
  await snap(page, testInfo, '4-closed-recent')

  await recentEntry.click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await snap(page, testInfo, '5-reopened')

  // Close again so the file is released, then read it as any SQLite tool would.
  await page.getByRole('button', { name: 'Close workshop' }).click()
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()
  const files = readdirSync(shell.workshopsDir).filter((name) => name.endsWith('.handlekraft'))
  expect(files).toHaveLength(1)
  const db = new Database(join(shell.workshopsDir, files[0]!), { readonly: true, fileMustExist: true })
  try {
    expect(db.prepare('SELECT title FROM workshop').all()).toEqual([{ title }])
  } finally {
    db.close()
  }
})
