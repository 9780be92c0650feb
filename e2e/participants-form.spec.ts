// "Add participants" never changes what a person types (issue 10, gestures): typing the next count while the
// previous add is still being saved keeps exactly what was typed ("10" once became "110").
import { expect, test } from './fixtures'
import { newWorkshop } from './boardSupport'
import { methodPanel, openTab } from './methodSupport'

test.use({ viewport: { width: 1280, height: 720 } })

test('typing the next count fast, while the last add is being saved, keeps what was typed', async ({ page, shell }) => {
  await newWorkshop(page, shell, 'Deltagere', 'strengths-map')
  await openTab(page, 'Setup')
  const form = methodPanel(page).getByRole('form', { name: 'Add participants' })
  const count = form.getByRole('spinbutton', { name: 'How many' })
  const total = methodPanel(page).getByText(/^\d+ participants$/)
  // Saves wait at the door until the test lets them through, so the add lands exactly while the person is
  // about to type the next count (on a loaded laptop this happens by itself).
  let open: () => void = () => {}
  let gate = new Promise<void>((resolve) => (open = resolve))
  await page.route('**/api/workshop.apply', async (route) => {
    await gate
    await route.continue()
  })

  await count.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('35')
  await page.keyboard.press('Enter')
  // The next count: select what the field shows and type over it, the way people do with the keyboard.
  await page.keyboard.press('ControlOrMeta+A')
  open()
  await expect(total).toHaveText('35 participants')
  gate = Promise.resolve()
  await page.keyboard.type('10')
  await expect(count).toHaveValue('10')
  await page.keyboard.press('Enter')
  await expect(total).toHaveText('45 participants')
  const byRole = methodPanel(page).getByRole('list', { name: 'Participants by role' })
  await expect(byRole.getByRole('listitem').filter({ hasText: 'Citizen' })).toHaveText(/45/)
  await expect(count).toHaveValue('1')
})
