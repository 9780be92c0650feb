// Where things land on the board, at 1280×720 as on a village-hall projector (issue 10, bugs 1 and 3): six
// themes made from the Method panel's checklist become tidy blocks whose outlines and labels cover nothing,
// and project cards made from themes line up in the "Action projects" area instead of piling up at 0,0
// under the notes. Checked on the stored board AND on the drawn one: a click on each theme's label and on
// each card's centre selects exactly that theme or card in the board's accessible lists, so each is drawn
// there with nothing on top of it.
import type { Page } from '@playwright/test'
import { expect, snap, test } from './fixtures'
import { board, newWorkshop, readWorkshop, toScreen } from './boardSupport'
import { methodPanel, openTab, quickAdd } from './methodSupport'
import { cardBox, outlineAround, themeFootprint } from '../src/shared/layout/obstacles'
import { overlappingPairs, type Box } from './boxSupport'

const THEMES = ['Traffic', "Children's life", 'Neighbours', 'Leisure', 'Newcomers', 'Village story']
const IDEAS = THEMES.flatMap((_, t) => [1, 2, 3, 4].map((n) => `Idea ${t + 1}.${n}`))
const themesList = (page: Page) => page.getByRole('list', { name: 'Themes on the board' })
const projectsList = (page: Page) => page.getByRole('list', { name: 'Projects on the board' })

interface Placed extends Box {
  id: string
  themeId: string | null
  text: string
}

test('layout: themes from the panel are tidy blocks, project cards line up in the projects area (1280×720)', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  await newWorkshop(page, shell, 'Knabstrup', 'strengths-map')
  const panel = methodPanel(page)
  const methodButton = page.getByRole('button', { name: 'Method', exact: true })
  if ((await methodButton.getAttribute('aria-expanded')) !== 'true') await methodButton.click()
  await expect(panel).toBeVisible()

  // Strengths in People first (the cards used to land under them), then the ideas, through Quick add.
  await openTab(page, 'Setup')
  await quickAdd(page, ['Retired carpenters', 'Ida the storyteller', 'Young football coaches'], 'Strength', 'People')
  await quickAdd(page, IDEAS, 'Idea')

  // Six themes from the checklist. Each takes every sixth idea, so its notes start spread over the area.
  await openTab(page, 'Themes')
  for (const [t, theme] of THEMES.entries()) {
    const checklist = panel.getByRole('list', { name: 'Notes without a theme' })
    for (const n of [1, 2, 3, 4])
      await checklist.getByRole('checkbox', { name: `Idea ${t + 1}.${n}`, exact: true }).check()
    await panel.getByRole('textbox', { name: 'Name of the new theme (can wait)' }).fill(theme)
    await panel.getByRole('button', { name: 'Make theme from checked notes' }).click()
    await expect(themesList(page).getByRole('button', { name: `${theme} (4 notes)` })).toHaveCount(1)
  }

  // Two projects from themes.
  await openTab(page, 'Projects')
  for (const theme of THEMES.slice(0, 2)) {
    await panel.getByRole('combobox', { name: 'From theme' }).selectOption({ label: theme })
    await panel.getByRole('button', { name: 'Create project from theme' }).click()
    await expect(projectsList(page).getByRole('button', { name: new RegExp(`^${theme}: `) })).toHaveCount(1)
  }

  // The stored board: every theme's outline with its label room, every card and every other note apart.
  const { doc } = (await readWorkshop(page, shell)) as unknown as {
    doc: {
      note: Record<string, Placed>
      zone: Record<string, Box>
      theme: Record<string, { id: string; name: string }>
      project: Record<string, { id: string; title: string; x: number; y: number }>
    }
  }
  const notes = Object.values(doc.note)
  const themes = Object.values(doc.theme)
  const projects = Object.values(doc.project)
  expect(projects).toHaveLength(2)
  const outlines = new Map(
    themes.map((theme) => [theme.name, outlineAround(notes.filter((n) => n.themeId === theme.id))!]),
  )
  const things = [
    ...[...outlines].map(([name, outline]) => ({ name: `theme ${name}`, box: themeFootprint(outline.box) })),
    ...notes.filter((n) => !n.themeId).map((n) => ({ name: `note ${n.text}`, box: n as Box })),
    ...projects.map((p) => ({ name: `card ${p.title}`, box: cardBox(p) })),
  ]
  expect(overlappingPairs(things)).toEqual([])
  const area = doc.zone['zone-projects']!
  const cards = projects.map(cardBox).sort((a, b) => a.x - b.x)
  for (const card of cards) {
    expect(card.x).toBeGreaterThanOrEqual(area.x)
    expect(card.y).toBeGreaterThanOrEqual(area.y)
    expect(card.x + card.width).toBeLessThanOrEqual(area.x + area.width)
    expect(card.y + card.height).toBeLessThanOrEqual(area.y + area.height)
  }
  expect(cards[0]!.y).toBe(cards[1]!.y) // in order, side by side

  // The drawn board, fitted to show everything: a click on each card and each theme label hits exactly it.
  await board(page).focus()
  await page.keyboard.press('0')
  await expect(board(page)).toHaveAttribute('data-scale', /\d/)
  await snap(page, testInfo, '1-six-themes-two-projects-1280')
  for (const project of projects) {
    const at = await toScreen(page, { x: project.x + 210, y: project.y + 120 })
    await page.mouse.click(at.x, at.y)
    await expect(projectsList(page).getByRole('button', { name: new RegExp(`^${project.title}: `) })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  }
  for (const [name, outline] of outlines) {
    const at = await toScreen(page, { x: outline.label.x + 40, y: outline.label.y + outline.label.height / 2 })
    await page.mouse.click(at.x, at.y)
    await expect(themesList(page).getByRole('button', { name: `${name} (4 notes)` })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    for (const other of THEMES.filter((theme) => theme !== name))
      await expect(themesList(page).getByRole('button', { name: `${other} (4 notes)` })).toHaveAttribute(
        'aria-pressed',
        'false',
      )
  }

  await page.setViewportSize({ width: 1920, height: 1080 })
  await expect.poll(async () => (await board(page).boundingBox())!.width).toBeGreaterThan(900)
  await board(page).focus()
  await page.keyboard.press('0')
  await snap(page, testInfo, '2-six-themes-two-projects-1920')
})
