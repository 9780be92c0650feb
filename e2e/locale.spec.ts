// The start screen speaks the machine's language: Danish on a Danish machine, English on a British one.
// (The fixture gives the host the same locale as the browser, as a real machine would.)
import { expect, snap, test } from './fixtures'

test.describe('Danish machine', () => {
  test.use({ locale: 'da-DK' })
  test('the start screen is in Danish', async ({ page, shell }, testInfo) => {
    await page.goto(shell.url)
    await expect(page.getByRole('button', { name: 'Ny workshop' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Åbn…' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Åbn demo-workshop' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Seneste' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'New workshop' })).toHaveCount(0)
    await expect(page.locator('html')).toHaveAttribute('lang', 'da')
    await snap(page, testInfo, 'start')
  })
})

test.describe('British machine', () => {
  test.use({ locale: 'en-GB' })
  test('the start screen is in English', async ({ page, shell }, testInfo) => {
    await page.goto(shell.url)
    await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Open…' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Open demo workshop' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Recent' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Ny workshop' })).toHaveCount(0)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await snap(page, testInfo, 'start')
  })
})
