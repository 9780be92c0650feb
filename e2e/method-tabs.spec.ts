// Issue 10 (evening helper, item 2): the Method panel's six tabs wrapped to two rows at 1280x720 ("Dagsorden og
// ur" pushed Afstemning, Projekter and Deling onto a second row, taking board height and hiding which row was
// which). Now they are one row at 1280x720 and at 1920x1080: where the panel is narrow the chosen tab shows its
// drawing and name and the others their drawing (name on hover); where it is wide every tab shows both. Every tab
// keeps its full accessible name, works with the mouse and the arrow keys, and no visible name is cut.
import type { Locator, Page } from '@playwright/test'
import { expect, snap, test } from './fixtures'
import { openDemoWithMethodPanel } from './methodSupport'

test.use({ locale: 'da-DK' })

// Rummet (issue 13, the room) came after Deling: the row holds seven.
const TABS = ['Opsætning', 'Dagsorden og ur', 'Temaer', 'Afstemning', 'Projekter', 'Deling', 'Rummet'] as const
const VISIBLE = ['Opsætning', 'Dagsorden', 'Temaer', 'Afstemning', 'Projekter', 'Deling', 'Rummet'] as const

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Metode' })

/** What the tab shows as text, whether that text is cut, and its size in CSS pixels. */
const shownLabel = (tab: Locator) =>
  tab.evaluate((element) => {
    const label = element.querySelector<HTMLElement>('.method-tab-label') ?? (element as HTMLElement)
    const box = label.getBoundingClientRect()
    const clipped = getComputedStyle(label).clipPath !== 'none' || box.width < 2
    return {
      text: clipped ? '' : label.innerText.trim(),
      cut: label.scrollWidth > label.clientWidth + 1 || element.scrollWidth > element.clientWidth + 1,
      fontPx: parseFloat(getComputedStyle(label).fontSize),
    }
  })

async function expectOneRow(page: Page) {
  const boxes = await Promise.all(
    TABS.map(async (name) => (await panelOf(page).getByRole('tab', { name, exact: true }).boundingBox())!),
  )
  const panel = (await panelOf(page).boundingBox())!
  for (const [index, box] of boxes.entries()) {
    expect(Math.abs(box.y - boxes[0]!.y), `${TABS[index]} is on the first row`).toBeLessThan(2)
    expect(box.x + box.width, `${TABS[index]} ends inside the panel`).toBeLessThanOrEqual(panel.x + panel.width + 1)
  }
  const row = (await panelOf(page).getByRole('tablist').boundingBox())!
  expect(row.height, 'the tab row is one row high').toBeLessThan(boxes[0]!.height * 1.5)
}

test('the Method panel’s seven tabs fit one readable row at 1280x720 and 1920x1080', async ({
  page,
  shell,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openDemoWithMethodPanel(page, shell.url)

  await expectOneRow(page)
  // Every tab by its full name and the mouse: it is chosen, its name shows in full, large enough to read.
  for (const [index, name] of TABS.entries()) {
    const tab = panelOf(page).getByRole('tab', { name, exact: true })
    await expect(tab).toHaveAttribute('title', name)
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
    const label = await shownLabel(tab)
    expect(label).toEqual({ text: VISIBLE[index], cut: false, fontPx: expect.any(Number) })
    expect(label.fontPx, `${name} is drawn large enough to read`).toBeGreaterThanOrEqual(14)
    await expectOneRow(page)
  }
  await snap(page, testInfo, 'rummet-1280')

  // The arrow keys walk the tabs (and wrap), as a tab list does.
  await page.keyboard.press('ArrowRight')
  await expect(panelOf(page).getByRole('tab', { name: 'Opsætning', exact: true })).toBeFocused()
  await expect(panelOf(page).getByRole('tab', { name: 'Opsætning', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await page.keyboard.press('ArrowRight')
  await expect(panelOf(page).getByRole('tab', { name: 'Dagsorden og ur', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(panelOf(page).getByRole('button', { name: 'Start uret' })).toBeVisible()
  await snap(page, testInfo, 'dagsorden-1280')

  // Wide: every tab shows its name under its drawing, none cut, still one row.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await expectOneRow(page)
  for (const [index, name] of TABS.entries()) {
    const label = await shownLabel(panelOf(page).getByRole('tab', { name, exact: true }))
    expect(label.text, `${name} shows its name at 1920x1080`).toBe(VISIBLE[index])
    expect(label.cut).toBe(false)
    expect(label.fontPx).toBeGreaterThanOrEqual(13)
  }
  await snap(page, testInfo, 'dagsorden-1920')
})
