// Issue 10 (helper panels): the Method panel reads well at 1280x720 with the demo workshop. Before, in the
// Projects tab every "Redigér <project>" button wrapped to three lines, "13 af 13 udfyldt" broke in two, the
// follow-up table (one column per session, five sessions) ran far past the panel's right edge, and each
// session's "Gem status" button touched the next session's form; the vote results' staff column was cut.
// Now: every tab's content fits the panel's width, the project buttons and counts are one line, and the
// follow-up forms stand apart. Controls are found by their accessible names, which keep the project's and the
// session's name even where the visible text is short.
import type { Locator } from '@playwright/test'
import { expect, snap, test } from './fixtures'
import { openDemoWithMethodPanel } from './methodSupport'

test.use({ locale: 'da-DK' })

const TABS = ['Opsætning', 'Dagsorden og ur', 'Temaer', 'Afstemning', 'Projekter', 'Deling', 'Rummet'] as const


/** How much wider the tab's content is than the panel shows (0 = it fits). */
const horizontalOverflow = (tabpanel: Locator) =>
  tabpanel.evaluate((element) => element.scrollWidth - element.clientWidth)

/** How many lines of text an element shows. */
const lines = (locator: Locator) =>
  locator.evaluate((element) => {
    const style = getComputedStyle(element)
    const content =
      element.getBoundingClientRect().height -
      parseFloat(style.paddingTop) -
      parseFloat(style.paddingBottom) -
      parseFloat(style.borderTopWidth) -
      parseFloat(style.borderBottomWidth)
    return Math.round(content / parseFloat(style.lineHeight === 'normal' ? style.fontSize : style.lineHeight))
  })

test('every Method panel tab fits the panel at 1280x720; the Projects tab reads on one line per control', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  const panel = await openDemoWithMethodPanel(page, shell.url)

  for (const name of TABS) {
    await panel.getByRole('tab', { name, exact: true }).click()
    const tabpanel = panel.getByRole('tabpanel', { name })
    await expect(tabpanel).toBeVisible()
    expect(await horizontalOverflow(tabpanel), `${name}: nothing is wider than the panel`).toBeLessThanOrEqual(0)
  }

  // Voting: the staff column is inside the panel and keeps its full name.
  await panel.getByRole('tab', { name: 'Afstemning', exact: true }).click()
  const results = panel.getByRole('table', { name: /^Resultat af/ })
  const staff = results.getByRole('columnheader', { name: 'Medarbejder' })
  await expect(staff).toBeVisible()
  const right = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().right)
  expect(await right(staff)).toBeLessThanOrEqual(await right(panel.getByRole('tabpanel', { name: 'Afstemning' })))

  // Projects: each project's edit button and its count are one line.
  await panel.getByRole('tab', { name: 'Projekter', exact: true }).click()
  const list = panel.getByRole('list', { name: 'Alle handleprojekter' })
  const items = list.getByRole('listitem')
  await expect(items).toHaveCount(6)
  for (const item of await items.all()) {
    const title = (await item.locator('strong').innerText()).trim()
    const edit = item.getByRole('button', { name: `Redigér ${title}`, exact: true })
    await expect(edit).toBeVisible()
    expect(await lines(edit), `"Redigér ${title}" is one line high`).toBe(1)
    expect(await lines(item.locator('span', { hasText: /^\d+ af \d+ udfyldt$/ })), `${title}: the count is one line`).toBe(1)
  }
  await snap(page, testInfo, 'projects-1280')

  // Editing a project: one follow-up form per session, each "Gem status" clear of the next form.
  const first = (await items.first().locator('strong').innerText()).trim()
  await list.getByRole('button', { name: `Redigér ${first}`, exact: true }).click()
  const forms = panel.getByRole('form', { name: /^Status ved / })
  await expect(forms).toHaveCount(5)
  const boxes = []
  for (const form of await forms.all()) {
    const save = form.getByRole('button', { name: /^Gem status for / })
    expect(await lines(save), 'the save button is one line').toBe(1)
    boxes.push({ save: (await save.boundingBox())!, form: (await form.boundingBox())! })
  }
  for (let index = 1; index < boxes.length; index++) {
    const gap = boxes[index]!.form.y - (boxes[index - 1]!.save.y + boxes[index - 1]!.save.height)
    expect(gap, `form ${index + 1} starts clear of the save button above`).toBeGreaterThanOrEqual(8)
  }
  expect(await horizontalOverflow(panel.getByRole('tabpanel', { name: 'Projekter' }))).toBeLessThanOrEqual(0)

  // The follow-up table: a row per project, its sessions' statuses inside the panel.
  const followUp = panel.getByRole('table', { name: 'Opfølgning' })
  await followUp.scrollIntoViewIfNeeded()
  await expect(followUp.getByRole('columnheader', { name: 'Status pr. møde' })).toBeVisible()
  await expect(followUp.getByRole('row', { name: new RegExp(first) })).toContainText('Dag 100')
  await snap(page, testInfo, 'follow-up-1280')

  // Wide screen: still nothing wider than the panel.
  await page.setViewportSize({ width: 1920, height: 1080 })
  for (const name of TABS) {
    await panel.getByRole('tab', { name, exact: true }).click()
    expect(await horizontalOverflow(panel.getByRole('tabpanel', { name })), `${name} at 1920`).toBeLessThanOrEqual(0)
  }
})
