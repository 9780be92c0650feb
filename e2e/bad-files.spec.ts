// Opening something that is not a workshop: the facilitator reads why, in their language, and the file
// is left exactly as it was (same bytes, nothing written beside it).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { da } from '../src/shared/i18n/da'
import { en } from '../src/shared/i18n/en'
import { expect, snap, test, type Shell } from './fixtures'

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

const BAD_FILES: Array<{ name: string; code: keyof typeof en.errors; make: (path: string) => void }> = [
  { name: 'empty.handlekraft', code: 'empty-file', make: (path) => writeFileSync(path, '') },
  {
    name: 'notes.handlekraft',
    code: 'not-sqlite',
    make: (path) => writeFileSync(path, 'Indkøbsliste: kaffe, kage, post-its\n'.repeat(40)),
  },
  {
    name: 'other-program.handlekraft',
    code: 'foreign-file',
    make: (path) => {
      const db = new Database(path)
      db.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('Ane', '12345678')")
      db.close()
    },
  },
]

async function openByPath(page: import('@playwright/test').Page, path: string) {
  await page.getByRole('button', { name: 'Open…' }).click()
  const field = page.getByRole('textbox', { name: 'Path to workshop file' })
  await field.fill(path)
  await page.getByRole('button', { name: 'Open', exact: true }).click()
}

/** The sentence the UI shows: the catalog's message for the code, then the file's name. */
function expectedAlert(catalog: typeof en, code: keyof typeof en.errors, fileName: string): string {
  return `${catalog.errors[code]} ${catalog.errorFile.replace('{{file}}', fileName)}`
}

function listing(shell: Shell): string[] {
  return readdirSync(shell.scratchDir).sort()
}

for (const bad of BAD_FILES) {
  test(`opening ${bad.name} shows "${bad.code}" and leaves the file untouched`, async ({ page, shell }, testInfo) => {
    const path = join(shell.scratchDir, bad.name)
    bad.make(path)
    const before = { hash: sha256(path), files: listing(shell) }

    await page.goto(shell.url)
    await openByPath(page, path)
    await expect(page.getByRole('alert')).toHaveText(expectedAlert(en, bad.code, bad.name))
    await snap(page, testInfo, 'alert')

    expect(sha256(path)).toBe(before.hash)
    expect(listing(shell)).toEqual(before.files)
    // Still on the start screen: nothing was opened.
    await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()
  })
}

test.describe('on a Danish machine', () => {
  test.use({ locale: 'da-DK' })
  test('the refusal is in Danish', async ({ page, shell }, testInfo) => {
    const path = join(shell.scratchDir, 'tom.handlekraft')
    writeFileSync(path, '')
    await page.goto(shell.url)
    await page.getByRole('button', { name: 'Åbn…' }).click()
    await page.getByRole('textbox', { name: 'Sti til workshopfil' }).fill(path)
    await page.getByRole('button', { name: 'Åbn', exact: true }).click()
    await expect(page.getByRole('alert')).toHaveText(expectedAlert(da, 'empty-file', 'tom.handlekraft'))
    await snap(page, testInfo, 'alert')
    expect(readFileSync(path).length).toBe(0)
  })
})
