// Issue 10 (the evening, 1280x720 in Danish): long values were cut inside the Method panel's fields — the demo's
// session titles ("Kick-off: hvad er stærkt i Kildebæk?"), theme names ("Trygge veje og transport"), the voting
// round ("Hvilke temaer skal vi arbejde videre med? · Vist"), Quick add's category select ("Ingen kategori"), and
// the label "Farve på den nye kategori" broke over two lines. Each is found by role and name with the demo's own
// realistic Danish values, and must show its whole value.
import type { Locator, Page } from '@playwright/test'
import { expect, snap, test } from './fixtures'

test.use({ locale: 'da-DK' })

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Metode' })

/** Pixels of a text field's value that are cut off (0 = the whole value shows). */
const cutOff = (field: Locator) => field.evaluate((element) => element.scrollWidth - element.clientWidth)

/**
 * Pixels of a select's chosen option that do not fit. A closed select never scrolls (scrollWidth says nothing), so
 * the option's text is measured in the select's font against the room its box has: its width less padding and
 * the arrow (24 px), times the lines its box is tall (a select that wraps its value shows it over two lines).
 */
const selectCutOff = (select: Locator) =>
  select.evaluate((element) => {
    const field = element as HTMLSelectElement
    const style = getComputedStyle(field)
    const context = document.createElement('canvas').getContext('2d')!
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    const text = field.selectedOptions[0]?.text ?? ''
    const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24
    const lineHeight = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight)
    const contentHeight = field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
    const lines = Math.max(1, Math.floor((contentHeight + 1) / lineHeight))
    return Math.ceil(context.measureText(text).width - room * lines)
  })

/** How many lines of text a label's own words take (its field excluded). */
const textLines = (label: Locator) =>
  label.evaluate((element) => {
    const range = document.createRange()
    const words = Array.from(element.childNodes).find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!
    range.selectNodeContents(words)
    const tops = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)))
    return tops.size
  })

test('long Danish values show whole in the Method panel at 1280x720', async ({ page, shell }, testInfo) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Åbn demo-workshop' }).click()
  const method = page.getByRole('button', { name: 'Metode', exact: true })
  await expect(method).toBeVisible()
  if ((await method.getAttribute('aria-expanded')) !== 'true') await method.click()
  const panel = panelOf(page)

  // Setup: every session's title, and the new session's title with a long Danish suggestion typed in.
  await panel.getByRole('tab', { name: 'Opsætning', exact: true }).click()
  const setup = panel.getByRole('tabpanel', { name: 'Opsætning' })
  for (let number = 1; number <= 5; number++) {
    const title = setup.getByRole('textbox', { name: `Titel på møde ${number}`, exact: true })
    expect.soft(await cutOff(title), `${await title.inputValue()}: whole`).toBeLessThanOrEqual(0)
  }
  await expect(setup.getByRole('textbox', { name: 'Titel på møde 1', exact: true })).toHaveValue(
    'Kick-off: hvad er stærkt i Kildebæk?',
  )
  const newSession = setup.getByRole('form', { name: 'Tilføj møde' }).getByRole('textbox', { name: 'Mødets titel' })
  await newSession.fill('Dag 150: opfølgning med lokalforum')
  expect.soft(await cutOff(newSession)).toBeLessThanOrEqual(0)
  await newSession.fill('')

  // Categories: the colour label reads on one line.
  const addCategory = setup.getByRole('form', { name: 'Tilføj kategori' })
  await addCategory.scrollIntoViewIfNeeded()
  expect.soft(await textLines(addCategory.locator('label', { hasText: 'Farve på den nye kategori' }))).toBe(1)
  await snap(page, testInfo, 'setup-categories-1280')

  // Quick add: the category select shows its whole choice, for the longest category name too.
  const quickAdd = setup.getByRole('form', { name: 'Hurtig-tilføj sedler' })
  const category = quickAdd.getByRole('combobox', { name: 'Sedlernes kategori' })
  await quickAdd.scrollIntoViewIfNeeded()
  await quickAdd.getByRole('combobox', { name: 'Sedlernes type' }).selectOption({ label: 'Styrke' })
  expect.soft(await selectCutOff(category), 'Ingen kategori').toBeLessThanOrEqual(0)
  await category.selectOption({ label: 'Institutioner' })
  expect.soft(await selectCutOff(category), 'Institutioner').toBeLessThanOrEqual(0)
  expect.soft(await textLines(quickAdd.locator('label', { hasText: 'Sedlernes kategori' }))).toBe(1)
  await snap(page, testInfo, 'quick-add-1280')

  // Themes: each theme's name field shows the whole name.
  await panel.getByRole('tab', { name: 'Temaer', exact: true }).click()
  const themes = panel.getByRole('tabpanel', { name: 'Temaer' })
  for (const name of ['Trygge veje og transport', 'Naboskab og fællesskab', 'Landsbyens historie']) {
    const field = themes.getByRole('textbox', { name: `Navn på temaet ${name}`, exact: true })
    await expect(field).toHaveValue(name)
    expect.soft(await cutOff(field), name).toBeLessThanOrEqual(0)
  }
  await themes.getByRole('textbox', { name: 'Navn på temaet Trygge veje og transport' }).scrollIntoViewIfNeeded()
  await snap(page, testInfo, 'themes-1280')

  // Voting: the chosen round's whole name and status.
  await panel.getByRole('tab', { name: 'Afstemning', exact: true }).click()
  const round = panel.getByRole('tabpanel', { name: 'Afstemning' }).getByRole('combobox', { name: 'Afstemningsrunde' })
  await expect(round).toHaveValue(/.+/)
  expect(await round.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.text)).toBe(
    'Hvilke temaer skal vi arbejde videre med? · Vist',
  )
  expect.soft(await selectCutOff(round)).toBeLessThanOrEqual(0)
  await round.scrollIntoViewIfNeeded()
  await snap(page, testInfo, 'voting-1280')
})
