// Issue 15: the who-shares-what table (Sharing tab) stays within the Method panel at 1280x720 with the long
// names real actors have ("Kalundborg Kommune, Center for Børn og Unge"): its columns wrap the names instead
// of pushing the Receives column past the panel's edge, where the room could not read it. Actors and a link
// typed in the tab with the keyboard; measured on the table's and the panel's boxes and scroll widths.
import type { Page } from '@playwright/test'
import { expect, snap, test } from './fixtures'
import { openKalundborgDemo } from './sharingSupport'

test.use({ viewport: { width: 1280, height: 720 } })

const LONG_NAMES = [
  { name: 'Kalundborg Kommune, Center for Børn og Unge', type: 'Public authority' },
  { name: 'Foreningen af Frivillige Brandmænd i Høng', type: 'Association' },
  { name: 'Produktionsskolen Vestsjælland, Afdelingen for Grøn Omstilling', type: 'School or education' },
]

const panel = (page: Page) => page.getByRole('complementary', { name: 'Method' })

async function addActor(page: Page, name: string, type: string) {
  const form = panel(page).getByRole('form', { name: 'Add actor' })
  await form.getByRole('textbox', { name: 'Actor name' }).click()
  await page.keyboard.type(name)
  await form.getByRole('combobox', { name: 'Actor type' }).selectOption({ label: type })
  await form.getByRole('textbox', { name: 'Actor name' }).press('Enter')
  await expect(form.getByRole('textbox', { name: 'Actor name' })).toHaveValue('')
}

async function addLink(page: Page, from: string, to: string, flow: string) {
  const form = panel(page).getByRole('form', { name: 'New sharing link' })
  await form.getByRole('combobox', { name: 'Gives' }).selectOption({ label: from })
  await form.getByRole('combobox', { name: 'Receives' }).selectOption({ label: to })
  await form.getByRole('combobox', { name: 'What flows' }).selectOption({ label: flow })
  await form.getByRole('button', { name: 'Add link' }).click()
}

test('the who-shares-what table keeps to the Method panel with long actor names', async ({ page, shell }, testInfo) => {
  test.setTimeout(180_000)
  await openKalundborgDemo(page, shell)
  if (!(await panel(page).isVisible())) await page.getByRole('button', { name: 'Method', exact: true }).click()
  const tab = panel(page).getByRole('tab', { name: 'Sharing', exact: true })
  await tab.click()
  await expect(tab).toHaveAttribute('aria-selected', 'true')
  for (const { name, type } of LONG_NAMES) await addActor(page, name, type)
  const [authority, firefighters, school] = LONG_NAMES.map((actor) => actor.name) as [string, string, string]
  await addLink(page, authority, firefighters, 'Premises')
  await addLink(page, school, authority, 'Knowledge and skills')
  await addLink(page, firefighters, school, 'People and labour')

  const table = panel(page).getByRole('table', { name: 'Who shares what with whom' })
  const row = table.getByRole('row', { name: new RegExp(`^${authority}`) })
  await expect(row).toContainText(firefighters)
  await row.scrollIntoViewIfNeeded()
  await snap(page, testInfo, 'who shares what with long names')

  // Nothing of the table is wider than the panel: no cell runs past its right edge, nothing to scroll sideways.
  const sizes = await table.evaluate((element) => {
    const scroller = element.closest('[role="tabpanel"]') ?? element.parentElement!
    const cells = Array.from(element.querySelectorAll('th, td')).map((cell) => cell.getBoundingClientRect().right)
    return {
      tableScroll: element.scrollWidth,
      tableClient: element.clientWidth,
      panelScroll: scroller.scrollWidth,
      panelClient: scroller.clientWidth,
      rightmostCell: Math.max(...cells),
    }
  })
  const panelBox = (await panel(page).boundingBox())!
  const tableBox = (await table.boundingBox())!
  expect(tableBox.x + tableBox.width, 'the table ends inside the panel').toBeLessThanOrEqual(panelBox.x + panelBox.width + 0.5)
  expect(sizes.rightmostCell, 'no cell runs past the panel').toBeLessThanOrEqual(panelBox.x + panelBox.width + 0.5)
  expect(sizes.tableScroll, 'the table has nothing hidden sideways').toBeLessThanOrEqual(sizes.tableClient)
  expect(sizes.panelScroll, 'the tab does not scroll sideways').toBeLessThanOrEqual(sizes.panelClient)
  // The long names are there to read, whole.
  await expect(row).toContainText(authority)
  await expect(table.getByRole('row', { name: new RegExp(`^${school}`) })).toContainText(
    `Knowledge and skills (${authority})`,
  )
})
