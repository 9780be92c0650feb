// "Add session" never loses what a person types (issue 10): the form used to empty itself when the save
// landed, so the next session's title typed while the last one was being saved was wiped.
import { expect, test } from './fixtures'
import { newWorkshop } from './boardSupport'
import { methodPanel, openTab } from './methodSupport'

test.use({ viewport: { width: 1280, height: 720 } })

test('typing the next session while the last one is being saved keeps what was typed', async ({ page, shell }) => {
  await newWorkshop(page, shell, 'Møder', 'strengths-map')
  await openTab(page, 'Setup')
  const form = methodPanel(page).getByRole('form', { name: 'Add session' })
  const title = form.getByRole('textbox', { name: 'Session title' })
  // Saves wait at the door until the test lets them through, so the add lands exactly while the person is
  // typing the next title (on a loaded laptop this happens by itself).
  let open: () => void = () => {}
  const gate = new Promise<void>((resolve) => (open = resolve))
  await page.route('**/api/workshop.apply', async (route) => {
    await gate
    await route.continue()
  })

  await title.click()
  await page.keyboard.type('Dag 50')
  await form.getByLabel('Session date').fill('24/06/2027')
  await form.getByRole('button', { name: 'Add session' }).click()
  await title.click()
  await page.keyboard.type('Dag 100')
  open()
  await expect(
    methodPanel(page)
      .getByRole('textbox', { name: /^Title of session/ })
      .last(),
  ).toHaveValue('Dag 50')
  await expect(title).toHaveValue('Dag 100')
  await form.getByLabel('Session date').fill('02/09/2027')
  await form.getByRole('button', { name: 'Add session' }).click()
  await expect(
    methodPanel(page)
      .getByRole('textbox', { name: /^Title of session/ })
      .last(),
  ).toHaveValue('Dag 100')
  await expect(title).toHaveValue('')
})
