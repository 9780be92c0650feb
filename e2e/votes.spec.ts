// Dot voting as the evening runs it, in Danish at 1280x720 with mouse and keyboard only (issue 10): paper dots
// are held to each role's budget ("105 af 105 borgerprikker"), a second recording of a role is a visible
// correction, the results table fits the panel, a paper round says how many took part (panel, projector,
// report), near ties are called the same on the laptop and the projector, the projector splits the results by
// role, and participants are renamed and removed.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { readWorkshop } from './boardSupport'
import { expect, test, type Shell } from './fixtures'
import { fileMenu } from './frameSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

const panel = (page: Page) => page.getByRole('complementary', { name: 'Metode' })
const THEMES = ['Trafik', 'Unge', 'Natur']

/** A Danish workshop with three themes (made in the Themes tab from three quick-added ideas). */
async function workshopWithThemes(page: Page, shell: Shell, title: string) {
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Ny workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Titel' }).fill(title)
  await dialog.getByRole('button', { name: 'Opret' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const quick = panel(page).getByRole('form', { name: 'Hurtig-tilføj sedler' })
  await quick.getByRole('combobox', { name: 'Sedlernes type' }).selectOption({ label: 'Idé' })
  await quick.getByRole('textbox', { name: 'Sedler, én pr. linje' }).fill(THEMES.map((theme) => `Idé om ${theme}`).join('\n'))
  await quick.getByRole('button', { name: 'Tilføj sedler' }).click()
  await expect(quick.getByRole('status')).toHaveText('3 sedler tilføjet.')
  await tab(page, 'Temaer')
  for (const theme of THEMES) {
    await panel(page).getByRole('list', { name: 'Sedler uden tema' }).getByRole('checkbox', { name: `Idé om ${theme}` }).click()
    await panel(page).getByRole('textbox', { name: 'Navn på det nye tema (kan vente)' }).fill(theme)
    await panel(page).getByRole('button', { name: 'Lav tema af de afkrydsede sedler' }).click()
    await expect(panel(page).getByRole('list', { name: `Sedler i ${theme}` })).toBeVisible()
  }
}

async function tab(page: Page, name: string) {
  await panel(page).getByRole('tab', { name, exact: true }).click()
  await expect(panel(page).getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true')
}

/** Adds people and waits until the panel counts them (the form resets when the add has landed). */
async function addPeople(page: Page, count: number, role: string, total: number) {
  const form = panel(page).getByRole('form', { name: 'Tilføj deltagere' })
  await form.getByRole('spinbutton', { name: 'Hvor mange' }).fill(String(count))
  await form.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: role })
  await form.getByRole('button', { name: 'Tilføj deltagere' }).click()
  await expect(panel(page).getByText(`${total} deltagere`, { exact: true })).toBeVisible()
  await expect(form.getByRole('spinbutton', { name: 'Hvor mange' })).toHaveValue('1')
}

async function startRound(page: Page, title: string) {
  await tab(page, 'Afstemning')
  const start = panel(page).getByRole('form', { name: 'Ny afstemningsrunde' })
  await start.getByRole('textbox', { name: 'Rundens titel' }).fill(title)
  await start.getByRole('spinbutton', { name: 'Prikker pr. deltager' }).fill('3')
  await start.getByRole('spinbutton', { name: 'Højst prikker på én ting' }).fill('2')
  await start.getByRole('button', { name: 'Start runden' }).click()
  await expect(panel(page).getByRole('combobox', { name: 'Afstemningsrunde' })).toContainText(title)
}

/** Types a role's paper dots into the Record dots form (select the role, one number per theme). */
async function typePaper(record: Locator, role: string, dots: Record<string, number>) {
  await record.getByRole('radio', { name: 'Papirprikker for en rolle' }).check()
  await record.getByRole('combobox', { name: 'Papirprikkernes rolle' }).selectOption({ label: role })
  for (const [theme, count] of Object.entries(dots)) await record.getByRole('spinbutton', { name: `Prikker på ${theme}` }).fill(String(count))
}

interface StoredVote {
  participantId: string | null
  role: string
  count: number
}
/** The votes main holds now (the board's document type does not list them). */
const storedVotes = async (page: Page, shell: Shell): Promise<StoredVote[]> =>
  Object.values(((await readWorkshop(page, shell)).doc as unknown as { vote: Record<string, StoredVote> }).vote)

const storedDots = async (page: Page, shell: Shell, role: string) => {
  return (await storedVotes(page, shell))
    .filter((vote) => vote.role === role)
    .reduce((sum, vote) => sum + vote.count, 0)
}

test('prikker holdes inden for rollens budget, rettelser erstatter, og rummet ser deltagere, næsten lige og fordeling på roller', async ({
  page,
  shell,
}) => {
  test.setTimeout(240_000)
  await workshopWithThemes(page, shell, 'Knabstrup borgermøde')
  await tab(page, 'Opsætning')
  await addPeople(page, 35, 'Borger', 35)
  await addPeople(page, 5, 'Politiker', 40)
  await addPeople(page, 10, 'Medarbejder', 50)
  await startRound(page, 'Hvad først?')
  const record = panel(page).getByRole('form', { name: 'Registrér prikker' })

  // Bug 6: 16 dots from 5 politicians with 3 each are refused, with the budget in view and a clear sentence.
  await typePaper(record, 'Politiker', { Trafik: 6, Unge: 6, Natur: 4 })
  await expect(record.getByText('16 af 15 politikerprikker: 1 for mange')).toBeVisible()
  await record.getByRole('button', { name: 'Registrér papirprikker for Politiker' }).click()
  await expect(record.getByRole('alert')).toHaveText(
    'For mange politikerprikker: 16, men 5 politikere med 3 prikker hver har højst 15. Intet blev gemt.',
  )
  expect(await storedDots(page, shell, 'politician')).toBe(0)
  await record.getByRole('alert').scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/votes-refused-1280x720.png' })
  // … and 200 in one field (at most 2 each, so 70 for 35 citizens).
  await typePaper(record, 'Borger', { Trafik: 200 })
  await record.getByRole('button', { name: 'Registrér papirprikker for Borger' }).click()
  await expect(record.getByRole('alert')).toHaveText(
    'For mange borgerprikker på ét punkt: 200, men 35 borgere med højst 2 hver har højst 70. Intet blev gemt.',
  )
  expect(await storedDots(page, shell, 'citizen')).toBe(0)

  // Within the budget: "105 af 105 borgerprikker", recorded.
  await typePaper(record, 'Borger', { Trafik: 50, Unge: 40, Natur: 15 })
  await expect(record.getByText('105 af 105 borgerprikker', { exact: true })).toBeVisible()
  await record.getByRole('button', { name: 'Registrér papirprikker for Borger' }).click()
  await expect(record.getByRole('status')).toHaveText('105 borgerprikker registreret.')
  // A second recording of the role is a correction: it says so, starts from the recorded counts and replaces them.
  await expect(record.getByText('Borgerprikker er allerede registreret (105 i alt). At registrere igen erstatter dem.')).toBeVisible()
  await expect(record.getByRole('spinbutton', { name: 'Prikker på Trafik' })).toHaveValue('50')
  await record.getByRole('spinbutton', { name: 'Prikker på Trafik' }).fill('45')
  await expect(record.getByText('100 af 105 borgerprikker', { exact: true })).toBeVisible()
  await page.screenshot({ path: '/tmp/votes-correction-1280x720.png' })
  await record.getByRole('button', { name: 'Ret papirprikker for Borger' }).click()
  await expect(record.getByRole('status')).toHaveText('Borgerprikker rettet: 105 → 100.')
  expect(await storedDots(page, shell, 'citizen')).toBe(100)

  await typePaper(record, 'Politiker', { Trafik: 2, Unge: 6, Natur: 7 })
  await record.getByRole('button', { name: 'Registrér papirprikker for Politiker' }).click()
  await expect(record.getByRole('status')).toHaveText('15 politikerprikker registreret.')
  await typePaper(record, 'Medarbejder', { Trafik: 10, Unge: 10, Natur: 9 })
  await record.getByRole('button', { name: 'Registrér papirprikker for Medarbejder' }).click()
  await expect(record.getByRole('status')).toHaveText('29 medarbejderprikker registreret.')
  // Totals: Trafik 57, Unge 56 (a near tie), Natur 31; 144 dots from 50 people, all on paper.

  // Bug 9: a paper round took 50 people, not 0.
  await expect(panel(page).getByText('144 prikker indtil nu fra 50 deltagere', { exact: false })).toBeVisible()
  await panel(page).getByRole('button', { name: 'Vis resultatet' }).click()
  const table = panel(page).getByRole('table', { name: 'Resultat af Hvad først?' })
  await expect(table).toBeVisible()
  const rank = (theme: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: theme, exact: true }) }).getByRole('cell').first()
  await expect(rank('Trafik')).toHaveText('1 Næsten lige')
  await expect(rank('Unge')).toHaveText('1 Næsten lige')

  // Bug 8: the whole table, staff column included, is inside the 1280 px window and inside the panel.
  await table.scrollIntoViewIfNeeded()
  const staffHeader = table.getByRole('columnheader', { name: 'Medarbejder' })
  const right = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().right)
  const tableRight = await right(table)
  const staffRight = await right(staffHeader)
  const sectionRight = await right(table.locator('xpath=ancestor::section[1]'))
  console.log(`results table right edge ${tableRight.toFixed(0)} px, staff column ${staffRight.toFixed(0)} px, its section ${sectionRight.toFixed(0)} px, window 1280 px`)
  expect(staffRight).toBeLessThanOrEqual(1280)
  // Inside its own section, not only inside the window: a table wider than the panel's column is cut or scrolls.
  expect(tableRight).toBeLessThanOrEqual(Math.min(1280, sectionRight))
  await page.screenshot({ path: '/tmp/votes-voting-1280x720.png' })

  // The projector: revealed results, the same "Næsten lige", how many took part, and the split by role.
  await page.getByRole('button', { name: 'Projektor', exact: true }).click()
  await page.getByRole('button', { name: 'Præsentér', exact: true }).click()
  const popup = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Åbn projektorvindue' }).click()
  const projector = await popup
  await projector.setViewportSize({ width: 1280, height: 720 })
  await page.getByRole('combobox', { name: 'Projektoren viser' }).selectOption({ label: 'Resultat: Hvad først?' })
  const results = projector.getByRole('region', { name: 'Resultat: Hvad først?' })
  await expect(results).toBeVisible()
  await expect(results.getByText('50 deltog · 144 prikker')).toBeVisible()
  const item = (theme: string) => results.getByRole('listitem').filter({ hasText: theme })
  // Bug 15: 57 vs 56 is a near tie on the projector as on the laptop, never plain "lige".
  await expect(item('Trafik').getByText('(Næsten lige)')).toBeVisible()
  await expect(item('Unge').getByText('(Næsten lige)')).toBeVisible()
  await expect(results.getByText('(Lige)')).toHaveCount(0)
  await expect(item('Trafik')).toContainText('Borgere 45 · Politikere 2 · Medarbejdere 10')
  await expect(item('Unge')).toContainText('Borgere 40 · Politikere 6 · Medarbejdere 10')
  await expect(item('Natur')).toContainText('Borgere 15 · Politikere 7 · Medarbejdere 9')
  await projector.screenshot({ path: '/tmp/votes-projector-1280x720.png' })
  await projector.setViewportSize({ width: 1920, height: 1080 })
  await expect(results.getByText('50 deltog · 144 prikker')).toBeVisible()
  await projector.screenshot({ path: '/tmp/votes-projector-1920x1080.png' })
  await page.setViewportSize({ width: 1920, height: 1080 })
  await table.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/votes-voting-1920x1080.png' })
  await page.setViewportSize({ width: 1280, height: 720 })

  // Bug 9 in the report: "50 deltog … 144 prikker i alt".
  await (await fileMenu(page, 'Fil')).getByRole('button', { name: 'Eksportér rapport…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Eksportér rapport' })
  const pdf = join(shell.scratchDir, 'knabstrup.pdf')
  await dialog.getByRole('textbox', { name: 'Gem PDF’en som (fuld sti)' }).fill(pdf)
  await dialog.getByRole('button', { name: 'Eksportér PDF' }).click()
  await expect(dialog.getByRole('status')).toContainText('Rapporten blev gemt', { timeout: 90_000 })
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('50 deltog, 3 prikker hver, højst 2 på ét punkt. 144 prikker i alt.')
  expect(text).not.toMatch(/(^|\D)0 deltog/)
})

test('deltagere kan omdøbes og fjernes; deres prikker bliver som papirprikker eller fjernes, som facilitatoren vælger', async ({
  page,
  shell,
}) => {
  test.setTimeout(180_000)
  await workshopWithThemes(page, shell, 'Egeby')
  await tab(page, 'Opsætning')
  await addPeople(page, 5, 'Politiker', 5)
  await startRound(page, 'Runde 1')
  const record = panel(page).getByRole('form', { name: 'Registrér prikker' })
  await typePaper(record, 'Politiker', { Trafik: 6 })
  await record.getByRole('button', { name: 'Registrér papirprikker for Politiker' }).click()
  await expect(record.getByRole('status')).toHaveText('6 politikerprikker registreret.')

  // Rename "Politiker 2" with the keyboard; the name shows wherever people are chosen.
  await tab(page, 'Opsætning')
  await panel(page).getByText('Omdøb eller fjern deltagere (5)').click()
  const people = panel(page).getByRole('list', { name: 'Alle deltagere' })
  const name = people.getByRole('textbox', { name: 'Navn på Politiker 2' })
  await name.click()
  await page.keyboard.type('Mette Berg')
  await page.keyboard.press('Enter')
  await expect(panel(page).getByRole('list', { name: 'Deltagere med navn' })).toHaveText('Mette Berg (Politiker)')

  // Mette places her own three dots.
  await tab(page, 'Afstemning')
  await record.getByRole('radio', { name: 'Én deltager' }).check()
  await record.getByRole('combobox', { name: 'Deltager' }).selectOption({ label: 'Mette Berg (Politiker)' })
  await record.getByRole('spinbutton', { name: 'Prikker på Unge' }).fill('2')
  await record.getByRole('spinbutton', { name: 'Prikker på Natur' }).fill('1')
  await record.getByRole('button', { name: 'Registrér prikker' }).click()
  await expect(record.getByText('0 af 3 prikker tilbage')).toBeVisible()

  // Removing her asks what becomes of her dots; keep them as the politicians' paper dots.
  await tab(page, 'Opsætning')
  await panel(page).getByText('Omdøb eller fjern deltagere (5)').click()
  await people.getByRole('button', { name: 'Fjern Mette Berg (Politiker)' }).click()
  const ask = panel(page).getByRole('alertdialog', { name: 'Fjern Mette Berg (Politiker)?' })
  await expect(ask).toHaveText(/Mette Berg \(Politiker\) har sat 3 prikker\. Hvad skal der ske med dem\?/)
  await ask.getByRole('button', { name: 'Behold dem som politikerprikker på papir' }).click()
  await expect(people.locator('..').getByRole('status')).toHaveText('Mette Berg (Politiker) er fjernet. Fortryd henter personen tilbage.')
  await expect(panel(page).getByText('4 deltagere', { exact: true })).toBeVisible()
  {
    const votes = await storedVotes(page, shell)
    expect(votes.every((vote) => vote.participantId === null && vote.role === 'politician')).toBe(true)
    expect(votes.reduce((sum, vote) => sum + vote.count, 0)).toBe(9)
  }
  // One person fewer (3 × 3 = 9) still holds the 9 dots; one more would not, and is refused with the reason.
  await people.getByRole('button', { name: 'Fjern Politiker 4' }).click()
  await expect(panel(page).getByText('3 deltagere', { exact: true })).toBeVisible()
  await people.getByRole('button', { name: 'Fjern Politiker 1' }).click()
  await expect(panel(page).getByRole('alert')).toHaveText(
    'Deltageren kan ikke fjernes: så ville der være 9 politikerprikker i en runde, hvor 2 politikere højst har 6. Ret papirprikkerne først, eller fjern også deltagerens prikker.',
  )
  await expect(panel(page).getByText('3 deltagere', { exact: true })).toBeVisible()
  // Undo brings the last removed person back.
  await page.getByRole('button', { name: 'Fortryd' }).click()
  await expect(panel(page).getByText('4 deltagere', { exact: true })).toBeVisible()
})
