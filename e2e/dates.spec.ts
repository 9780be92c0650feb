// Dates in the app's language (issue 10, bug 16): in a Danish workshop the Setup's date field shows and reads
// 10.03.2027 / "1. juli 2027" (a native date field showed the browser's mm/dd/yyyy), a text that is no date
// gets a clear message and changes nothing in the file, the file keeps ISO days, and the projector writes the
// deadline as "1. juli 2027", not 2027-07-01. Danish, 1280x720, real keyboard.
import type { Page } from '@playwright/test'
import { readWorkshop } from './boardSupport'
import { expect, test } from './fixtures'
import { nyWorkshop, openProjector, projectorShot } from './projectorSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

const panel = (page: Page) => page.getByRole('complementary', { name: 'Metode' })
type Shell = Parameters<typeof readWorkshop>[1]
/** The stored records of one kind (the file's own values, ISO days). */
const stored = async <T>(page: Page, shell: Shell, kind: string): Promise<T[]> =>
  Object.values(((await readWorkshop(page, shell)).doc as unknown as Record<string, Record<string, T>>)[kind] ?? {})
const firstSessionDate = async (page: Page, shell: Shell) =>
  (await stored<{ date: string }>(page, shell, 'session'))[0]?.date ?? null

test('a Danish date is typed, shown and projected as Danes write it; a wrong one is refused with a message', async ({
  page,
  shell,
}) => {
  await nyWorkshop(page, shell, 'Knabstrup 2030')
  const details = panel(page).getByRole('form', { name: 'Workshop' })
  const date = details.getByRole('textbox', { name: 'Dato (første møde)' })
  await expect(date).toHaveAttribute('placeholder', 'dd.mm.åååå')
  await date.click()
  await page.keyboard.type('24.06.2027')
  await details.getByRole('button', { name: 'Gem workshoppens oplysninger' }).click()
  await expect.poll(() => firstSessionDate(page, shell)).toBe('2027-06-24') // the file keeps the ISO day
  await expect(date).toHaveValue('24.06.2027')
  await expect(panel(page).getByRole('textbox', { name: 'Dato for møde 1' })).toHaveValue('24.06.2027')
  await expect(panel(page).getByRole('combobox', { name: 'Nuværende møde' }).locator('option:checked')).toHaveText(
    'Kick-off · 24.06.2027',
  )

  // 31 February is no date: a message in Danish, and nothing in the file changes.
  await date.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('31.02.2027')
  await page.keyboard.press('Tab')
  await expect(details.getByRole('alert')).toHaveText(
    '“31.02.2027” er ikke en dato. Skriv den som dag.måned.år, fx 10.03.2027 eller 10. marts 2027.',
  )
  await expect(date).toHaveAttribute('aria-invalid', 'true')
  await projectorShot(page, 'dates-refused-1280')
  await details.getByRole('button', { name: 'Gem workshoppens oplysninger' }).click()
  await expect(details.getByRole('alert')).toBeVisible()
  expect(await firstSessionDate(page, shell)).toBe('2027-06-24')

  // The long form is read too, and shown back in the short one.
  await date.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('12. marts 2027')
  await page.keyboard.press('Enter')
  await expect.poll(() => firstSessionDate(page, shell)).toBe('2027-03-12')
  await expect(details.getByRole('alert')).toHaveCount(0)
  await expect(date).toHaveValue('12.03.2027')

  // A project's deadline: 100 days after the kick-off, shown the Danish way; typed as words.
  await panel(page).getByRole('tab', { name: 'Projekter' }).click()
  await panel(page).getByRole('button', { name: 'Opret tomt projekt' }).click()
  const form = panel(page).getByRole('form', { name: /^Redigerer:/ })
  await form.getByRole('textbox', { name: 'Titel' }).fill('Sikker skolevej')
  const deadline = form.getByRole('textbox', { name: 'Frist' })
  await expect(deadline).toHaveValue('20.06.2027')
  await deadline.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('1. juli 2027')
  await form.getByRole('button', { name: /^Gem / }).click()
  await expect
    .poll(async () => (await stored<{ deadline: string }>(page, shell, 'project'))[0]?.deadline)
    .toBe('2027-07-01')
  await expect(deadline).toHaveValue('01.07.2027')

  // The projector writes it as the room reads it.
  const projector = await openProjector(page)
  await page.getByRole('combobox', { name: 'Projektoren viser' }).selectOption({ label: 'Sikker skolevej' })
  const spotlight = projector.getByRole('region', { name: 'Sikker skolevej' })
  await expect(spotlight).toContainText('1. juli 2027')
  await expect(spotlight).not.toContainText(/\d{4}-\d{2}-\d{2}/)
  await projectorShot(projector, 'dates-projector-spotlight-1280')
  await projector.setViewportSize({ width: 1920, height: 1080 })
  await projectorShot(projector, 'dates-projector-spotlight-1920')
  await projectorShot(page, 'dates-laptop-1280')
})
