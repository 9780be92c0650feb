// The Method panel in Danish: the panel folds away (the board gets the room), the agenda is edited and
// reordered, the facilitator's timer runs, pauses, gains a minute and glows softly at zero; categories are
// renamed and recoloured; timer clicks stay out of Undo.
import { expect, snap, test } from './fixtures'
import { readWorkshop } from './boardSupport'

test.use({ locale: 'da-DK' })

test('dagsorden og ur på dansk: faser, ur med blødt signal ved nul, kategorier, panelet kan foldes væk', async ({ page, shell }, testInfo) => {
  await page.setViewportSize({ width: 1600, height: 1000 })
  await page.clock.install()
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Ny workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Borgermøde i Egeby')
  await dialog.getByRole('combobox', { name: 'Skabelon' }).selectOption('strengths-map')
  await dialog.getByRole('button', { name: 'Opret' }).click()
  const panel = page.getByRole('complementary', { name: 'Metode' })
  await expect(panel).toBeVisible()

  // Fold the panel away: the board grows; fold it back.
  const toggle = page.getByRole('button', { name: 'Metode', exact: true })
  const widthWith = (await page.getByRole('region', { name: 'Tavle' }).boundingBox())!.width
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(panel).toBeHidden()
  await expect.poll(async () => (await page.getByRole('region', { name: 'Tavle' }).boundingBox())!.width).toBeGreaterThan(widthWith + 200)
  await toggle.click()
  await expect(panel).toBeVisible()

  // Categories: rename one and add a seventh.
  const categories = panel.getByRole('list', { name: 'Ressourcekategorier' })
  const economy = categories.getByRole('textbox', { name: 'Navn på Økonomi' })
  await economy.fill('Erhverv og handel')
  await economy.press('Enter')
  await expect(categories.getByRole('textbox', { name: 'Navn på Erhverv og handel' })).toBeVisible()
  const add = panel.getByRole('form', { name: 'Tilføj kategori' })
  await add.getByRole('textbox', { name: 'Ny kategori' }).fill('Natur')
  await add.getByRole('button', { name: 'Tilføj kategori' }).click()
  await expect(categories.getByRole('listitem')).toHaveCount(7)

  // The agenda: six phases of the method in Danish, 110 minutes in all.
  await panel.getByRole('tab', { name: 'Dagsorden og ur' }).click()
  const phases = panel.getByRole('list', { name: 'Faser' })
  await expect(phases.getByRole('listitem')).toHaveCount(6)
  await expect(panel.getByText('I alt: 110 min')).toBeVisible()
  await expect(phases.getByRole('listitem').first()).toHaveAttribute('aria-current', 'step')
  await phases.getByRole('spinbutton', { name: 'Minutter til Drøm' }).fill('1')
  await phases.getByRole('spinbutton', { name: 'Minutter til Drøm' }).press('Enter')
  await expect(panel.getByText('I alt: 96 min')).toBeVisible()
  await phases.getByRole('button', { name: 'Flyt Drøm op' }).click()
  await expect(phases.getByRole('listitem').nth(0).getByRole('textbox')).toHaveValue('Drøm')
  // The current phase moved down with its "Nu" mark.
  await expect(phases.getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'step')
  await expect(phases.getByRole('listitem').nth(1)).toContainText('Nu')
  const form = panel.getByRole('form', { name: 'Tilføj fase' })
  await form.getByRole('textbox', { name: 'Ny fase' }).fill('Kaffepause')
  await form.getByRole('spinbutton', { name: 'Minutter til den nye fase' }).fill('15')
  await form.getByRole('button', { name: 'Tilføj fase' }).click()
  await expect(phases.getByRole('listitem')).toHaveCount(7)
  await expect(panel.getByText('I alt: 111 min')).toBeVisible()

  // Start Drøm (1 minute): the timer shows 1:00, runs, pauses, +1 minute, and at zero a soft signal.
  await phases.getByRole('button', { name: 'Start Drøm' }).click()
  const clock = panel.getByRole('timer', { name: 'Ur for Drøm' })
  await expect(clock).toHaveText('1:00')
  await panel.getByRole('textbox', { name: 'Private noter til Drøm' }).fill('Husk stilhed de første 5 minutter')
  await panel.getByRole('textbox', { name: 'Private noter til Drøm' }).blur()
  const undoBefore = (await readWorkshop(page, shell)).canUndo
  await panel.getByRole('button', { name: 'Start uret' }).click()
  await expect(panel.getByRole('button', { name: 'Sæt uret på pause' })).toBeVisible()
  await page.clock.fastForward(20_000)
  await expect(clock).toHaveText(/^0:(4\d|39)$/)
  await panel.getByRole('button', { name: '+1 minut' }).click()
  await expect(clock).toHaveText(/^1:(4\d|39)$/)
  await page.clock.fastForward(110_000)
  await expect(clock).toHaveText(/^-0:\d\d$/)
  await expect(panel.getByRole('status').filter({ hasText: 'Tiden er gået' })).toBeVisible()
  await snap(page, testInfo, '1-timer-time-up')
  await panel.getByRole('button', { name: 'Nulstil uret' }).click()
  await expect(clock).toHaveText('1:00')
  await expect(panel.getByText('Tiden er gået')).toHaveCount(0)
  // Timer clicks are not edits: Undo still undoes the private note, not the timer.
  expect((await readWorkshop(page, shell)).canUndo).toBe(undoBefore)
  const { doc } = await readWorkshop(page, shell)
  expect(Object.values((doc as unknown as { phase: Record<string, { facilitatorNotes: string }> }).phase).some((p) => p.facilitatorNotes.startsWith('Husk stilhed'))).toBe(true)
  await snap(page, testInfo, '2-agenda')
})
