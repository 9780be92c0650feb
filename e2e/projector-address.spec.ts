// The projector address works when typed (issue 10, bug 16): the Projektor menu shows (unfolded) an address that opens
// the projector in a browser the button did not open — a fresh browser context with no cookie, as a browser
// window on the projector's screen would be. The address carries a one-time entry code (never the session
// token): it lets in the first browser that brings it, which then stays in on reload; the same address in
// another browser is refused; "Ny projektoradresse" gives a fresh one. Danish, 1280x720.
import type { Browser, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { nyWorkshop, projectorShot } from './projectorSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

async function freshBrowserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })
  return context.newPage()
}

test('the address the Projektor menu shows opens the projector in a fresh browser, once', async ({ page, shell, browser }) => {
  await nyWorkshop(page, shell, 'Knabstrup 2030')
  await page.getByRole('button', { name: 'Præsentér', exact: true }).click()
  await page.getByRole('button', { name: 'Projektor', exact: true }).click()
  await page.getByText('Projektoradresse til en anden browser…').click() // folded in the panel (rarely needed)
  const field = page.getByRole('textbox', { name: 'Projektoradresse' })
  await expect(field).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/\?code=/)
  await projectorShot(page, 'projector-address-menu-1280')
  const address = await field.inputValue()
  expect(address.startsWith(`${shell.origin}/?code=`)).toBe(true)
  expect(address).toContain('view=projector')
  expect(address).not.toContain(shell.token) // a one-time code only, never the lasting secret

  // Typed into a browser that was not opened by the button: the projector, presenting.
  const typed = await freshBrowserPage(browser)
  await typed.goto(address)
  const boardOnProjector = typed.getByRole('img', { name: 'Tavlen, som salen ser den' })
  await expect(boardOnProjector).toBeVisible()
  await expect(typed.locator('.projector')).toHaveAttribute('data-presenting', 'true')
  await expect(typed.getByRole('heading', { level: 1 })).toHaveText('Kortlæg styrker')
  expect(typed.url()).not.toContain('code=') // taken out of the address bar at once
  await projectorShot(typed, 'projector-address-typed-1280')
  await typed.setViewportSize({ width: 1920, height: 1080 })
  await projectorShot(typed, 'projector-address-typed-1920')
  // It follows the facilitator: B on the laptop blanks it too; a reload keeps it in.
  await page.getByRole('region', { name: 'Tavle' }).click({ position: { x: 60, y: 60 } })
  await page.keyboard.press('b')
  await expect(typed.getByRole('img', { name: 'Projektoren viser sort skærm' })).toBeVisible()
  await page.keyboard.press('b')
  await typed.reload()
  await expect(boardOnProjector).toBeVisible()

  // The same address in yet another browser is refused: the code was spent.
  const late = await freshBrowserPage(browser)
  const refused = await late.goto(address)
  expect(refused?.status()).toBe(401)
  await expect(late.locator('body')).toContainText('allerede brugt')

  // A new address works for a new browser.
  await page.getByRole('button', { name: 'Ny projektoradresse' }).click()
  await expect(field).not.toHaveValue(address)
  const second = await freshBrowserPage(browser)
  await second.goto(await field.inputValue())
  await expect(second.getByRole('img', { name: 'Tavlen, som salen ser den' })).toBeVisible()
})
